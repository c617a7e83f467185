import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());
const intIn = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const shareIn = (fallback: number) => z.coerce.number().min(0).max(100).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes'].includes(value));
/** `provider:model`, e.g. `openai:gpt-4.1-mini`, `anthropic:claude-sonnet-4-5`, `offline:kesher-offline-1`. */
const modelRef = z.string().regex(/^(openai|anthropic|offline):[\w.:/-]+$/, 'expected provider:model');
const optionalModelRef = optionalString.pipe(modelRef.optional());

/**
 * The raw environment, as documented in `.env.example`. Every variable has a default that lets
 * `npm start` run on a machine with no keys and no external services.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: intIn(0, 65535, 3000),
  PUBLIC_URL: optionalUrl,
  KESHER_DATA_DIR: z.string().default('.data'),
  BODY_LIMIT: z.string().default('1mb'),

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
      .optional(),
  ),

  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('kesher-conversations'),
  TEMPORAL_CLI: optionalString,
  TEMPORAL_DEV_PORT: intIn(1, 65535, 7233),
  TEMPORAL_UI_PORT: intIn(1, 65535, 8233),

  CHATWOOT_BASE_URL: optionalUrl,
  CHATWOOT_API_TOKEN: optionalString,
  CHATWOOT_WEBHOOK_SECRET: optionalString,
  CHATWOOT_WEBHOOK_MAX_AGE_S: intIn(1, 86_400, 300),
  CHATWOOT_BOT_NAME: z.string().default('Kesher'),
  /** JSON map from specialist (or `human`) to a Chatwoot team id, e.g. {"billing":2,"shipping":3}. */
  CHATWOOT_TEAM_IDS: z
    .string()
    .default('{}')
    .transform((text, ctx) => {
      try {
        return z.record(z.string(), z.number().int().positive()).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object of team ids, e.g. {"billing":2}' });
        return z.NEVER;
      }
    }),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl,
  LLM_FALLBACK: modelRef.default('offline:kesher-offline-1'),
  LLM_ROUTER: optionalModelRef,
  LLM_SPECIALIST: optionalModelRef,
  LLM_QA: optionalModelRef,
  LLM_SUMMARIZER: optionalModelRef,
  LLM_CORRECTION_CLASSIFIER: optionalModelRef,
  LLM_PATTERN_ANALYST: optionalModelRef,
  LLM_TIMEOUT_MS: intIn(1000, 600_000, 60_000),
  LLM_ATTEMPTS_PER_PROVIDER: intIn(1, 10, 3),

  CONVERSATION_IDLE_TIMEOUT: z.string().default('14 days'),
  CONVERSATION_HISTORY_EVENTS: intIn(100, 50_000, 2_000),
  ROLLOUT_SHARE: shareIn(100),
  GENERALIST_SHARE: shareIn(0),
  QA_MAX_ROUNDS: intIn(0, 5, 2),
  AUTONOMOUS_MODE: bool(false),
});

export type Env = z.infer<typeof envSchema>;

/** Raised when the environment does not parse; lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment, collecting every problem instead of stopping at the first. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(issues);
}
