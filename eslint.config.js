// @ts-check
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Node built-ins and network/database clients that must never be imported by workflow code. */
const workflowBannedImports = [
  'fs',
  'path',
  'http',
  'https',
  'net',
  'crypto',
  'child_process',
  'os',
  'stream',
  'worker_threads',
  'pg',
  'kysely',
  'express',
  'openai',
  '@anthropic-ai/sdk',
  '@pinecone-database/pinecone',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  'pino',
];
// zod stays allowed: it is pure and deterministic, and update validators check arguments with it.

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.data/**',
      '.cache/**',
      'widget/dist/**',
      'fixtures/**',
      'test-artifacts/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    // import-x would otherwise parse bundled dependency code (PGlite) looking for cycles.
    settings: { 'import-x/ignore': ['node_modules'] },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test()/describe() return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'no-console': 'off',
    },
  },
  {
    // Tests mutate raw JSON fixtures into malformed shapes on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: workflowBannedImports.map((name) => ({
            name,
            message: 'Workflows only orchestrate: no I/O or SDK clients.',
          })),
          patterns: [
            { group: ['node:*'], message: 'Workflows must not import Node built-ins.' },
            {
              group: ['../activities/*', '../activities/**'],
              allowTypeImports: true,
              message: 'Workflows may only `import type` activities.',
            },
          ],
        },
      ],
    },
  },
);
