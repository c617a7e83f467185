import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ProductArea } from '../../schema/tables';

/** Thrown when an article's front matter is missing or invalid. */
export class ArticleFormatError extends Error {
  override readonly name = 'ArticleFormatError';
  constructor(
    readonly sourcePath: string,
    message: string,
  ) {
    super(`${sourcePath}: ${message}`);
  }
}

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d+$/),
  title: z.string().min(1),
  product_area: z.enum(['shipping', 'subscription', 'billing', 'quality', 'product', 'general']),
  language: z.string().regex(/^[a-z]{2}$/),
  updated_at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** A knowledge-base article as read from its markdown file. */
export interface ParsedArticle {
  id: string;
  title: string;
  productArea: ProductArea;
  language: string;
  /** `YYYY-MM-DD`. */
  updatedAt: string;
  /** Markdown after the front matter. */
  body: string;
  sourcePath: string;
  /** sha256 of the whole file, so re-ingesting unchanged files can be skipped. */
  contentHash: string;
}

/**
 * Reads the flat `key: value` front matter the knowledge base uses. A full YAML parser would be a
 * dependency for five scalar keys; anything nested is rejected rather than misread.
 */
export function parseFrontMatter(
  source: string,
  sourcePath: string,
): { data: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ArticleFormatError(sourcePath, 'missing front matter');
  const data: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!pair?.[1]) throw new ArticleFormatError(sourcePath, `unsupported front matter line "${line}"`);
    data[pair[1]] = unquote((pair[2] ?? '').trim());
  }
  return { data, body: source.slice(match[0].length) };
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value;
}

/** Parses one article file's text. */
export function parseArticle(source: string, sourcePath: string): ParsedArticle {
  const { data, body } = parseFrontMatter(source, sourcePath);
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ArticleFormatError(sourcePath, `invalid front matter (${problems.join('; ')})`);
  }
  const meta = parsed.data;
  return {
    id: meta.id,
    title: meta.title,
    productArea: meta.product_area,
    language: meta.language,
    updatedAt: meta.updated_at,
    body: body.trim(),
    sourcePath,
    contentHash: createHash('sha256').update(source).digest('hex'),
  };
}
