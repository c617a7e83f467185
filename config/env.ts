import type { Duration } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
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
/** A Temporal-style duration such as `24 hours` or `7 days`. */
const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => {
      try {
        return msToNumber(value as Duration) > 0;
      } catch {
        return false;
      }
    }, 'expected a duration such as "24 hours" or "7 days"');
/** A cron expression Temporal Schedules accept: 5 to 7 fields, or a shorthand such as `@daily`. */
const cron = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    // An empty variable (as .env.example leaves it) means the default.
    .transform((value) => value || fallback)
    .refine(
      (value) =>
        /^@(yearly|annually|monthly|weekly|daily|hourly)$/.test(value) ||
        /^[\w*/,?#-]+(\s+[\w*/,?#-]+){4,6}$/.test(value),
      'expected a cron expression such as "0 3 * * MON"',
    );
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
  /** Conversations a worker keeps in memory (about 1.7 MB each); unset: what its heap allows. */
  WORKER_MAX_CACHED_WORKFLOWS: optionalString
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().min(10).max(100_000).optional()),

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
  MODEL_STEPS: z.enum(['auto', 'local', 'remote']).default('auto'),
  /** false: a worker does not run the offline router and memory extractor over samples at start. */
  OFFLINE_WARMUP: bool(true),

  CONVERSATION_IDLE_TIMEOUT: z.string().default('14 days'),
  CONVERSATION_HISTORY_EVENTS: intIn(100, 50_000, 2_000),
  ROLLOUT_SHARE: shareIn(100),
  GENERALIST_SHARE: shareIn(0),
  QA_MAX_ROUNDS: intIn(0, 5, 2),
  AUTONOMOUS_MODE: bool(false),
  /** Categories where a frustrated customer goes to a human even when the AI could answer. */
  RISKY_CATEGORIES: z
    .string()
    .default('subscription_cancel,refund_request,billing_payment,damaged_item')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  /** Per-category auto-send thresholds overriding the taxonomy's, as JSON: {"gratitude":0.6}. */
  CATEGORY_THRESHOLDS: z
    .string()
    .default('{}')
    .transform((value, ctx) => {
      try {
        return z.record(z.string(), z.number().min(0).max(1)).parse(JSON.parse(value));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object of category to 0..1' });
        return z.NEVER;
      }
    }),
  /** Pinecone as the knowledge store (with its hosted reranker); the local Postgres store otherwise. */
  PINECONE_API_KEY: optionalString,
  PINECONE_INDEX: z.string().default('kesher-knowledge'),
  PINECONE_CONTROLLER_URL: optionalUrl,
  /** Model steps an agent may take in one turn (each step may call tools). */
  AGENT_MAX_STEPS: intIn(1, 10, 4),
  /** The company's calendar day comes from this time zone. */
  BUSINESS_TIMEZONE: z.string().default('Asia/Jerusalem'),
  /**
   * Pins "today" (YYYY-MM-DD), or `real` for the real date. Empty: the real date with DATABASE_URL,
   * and the demo data's day (2026-11-23) on the embedded database, so the demo's dates hold.
   */
  KESHER_TODAY: optionalString.pipe(
    z
      .string()
      .regex(/^(?:\d{4}-\d{2}-\d{2}|real)$/, 'expected YYYY-MM-DD or real')
      .optional(),
  ),

  /** Bearer token of the operator API (/api/...); unset: only localhost may call it, and never in production. */
  ADMIN_API_TOKEN: optionalString,
  /** Correction-pattern and other alerts are POSTed here as JSON when set. */
  ALERT_WEBHOOK_URL: optionalUrl,
  /** Else alerts become a private note in this Chatwoot conversation (both ids needed). */
  ALERT_CHATWOOT_ACCOUNT_ID: optionalString
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().positive().optional()),
  ALERT_CHATWOOT_CONVERSATION_ID: optionalString
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().positive().optional()),
  /**
   * The SMTP server that emails a sender's verification code (`smtp://user:pass@host:587`,
   * `smtps://…:465`); unset: emails stay in the local mailbox (`GET /api/mail`).
   */
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'expected smtp://… or smtps://…')
      .optional(),
  ),
  /** The sender of those emails. */
  MAIL_FROM: z.string().trim().min(3).default('Lev Haolam Support <support@levhaolam.example>'),
  /** A long conversation's customer memory is refreshed every this many turns (and on resolve). */
  MEMORY_EVERY_N_TURNS: intIn(1, 1000, 10),
  /** The golden JSONL dataset the daily evaluation runs (relative to the working directory). */
  GOLDEN_DATASET: optionalString.transform((value) => value ?? 'fixtures/golden-dev.jsonl'),
  /** false: the worker creates no learning schedules (existing ones are left as they are). */
  SCHEDULES_ENABLED: bool(true),
  /** Cron expressions (in BUSINESS_TIMEZONE) of the weekly eval learning, weekly correction learning and daily golden evaluation. */
  SCHEDULE_EVAL_LEARNING_CRON: cron('0 3 * * MON'),
  SCHEDULE_CORRECTION_LEARNING_CRON: cron('0 4 * * MON'),
  SCHEDULE_GOLDEN_EVAL_CRON: cron('0 2 * * *'),

  /** Master secret of the per-conversation tokens in the widget and form links; unset: generated once and kept in KESHER_DATA_DIR. */
  WIDGET_TOKEN_SECRET: optionalString.pipe(z.string().min(16, 'use at least 16 characters').optional()),
  /** How long a widget or form-link token stays valid. */
  WIDGET_TOKEN_TTL: duration('7 days'),
  /** How long a proposed change waits for the customer's confirmation before it expires. */
  ACTION_TIMEOUT: duration('24 hours'),
  /** Confirmations accepted per conversation and client address in each CONFIRM_RATE_WINDOW. */
  CONFIRM_RATE_LIMIT: intIn(1, 10_000, 10),
  CONFIRM_RATE_WINDOW: duration('1 minute'),
  /** Largest accepted photo upload, in bytes. */
  UPLOAD_MAX_BYTES: intIn(1024, 100 * 1024 * 1024, 8 * 1024 * 1024),
  /** S3-compatible object store for uploads; unset bucket: files go under KESHER_DATA_DIR/uploads. */
  S3_BUCKET: optionalString,
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: optionalUrl,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: bool(false),
  /** Google Address Validation; unset: the local rules (required fields, postal-code formats). */
  GOOGLE_ADDRESS_VALIDATION_KEY: optionalString,
  GOOGLE_ADDRESS_VALIDATION_BASE_URL: z.url().default('https://addressvalidation.googleapis.com'),
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
