import path from 'node:path';
import type { Duration } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
import { parseEnv, type Env } from './env';

/** The roles that call a model; each names its provider and model in configuration. */
export const LLM_ROLES = [
  'router',
  'specialist',
  'qa',
  'summarizer',
  'correction_classifier',
  'pattern_analyst',
] as const;
export type LlmRole = (typeof LLM_ROLES)[number];

export interface ModelRef {
  provider: 'openai' | 'anthropic' | 'offline';
  model: string;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  http: { port: number; publicUrl: string; bodyLimit: string };
  dataDir: string;
  database: { url: string | undefined; embeddedDir: string };
  temporal: {
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    cli: string | undefined;
    devPort: number;
    uiPort: number;
    /** Workflows a worker keeps cached; undefined lets the SDK size the cache from the heap limit. */
    maxCachedWorkflows: number | undefined;
  };
  chatwoot: {
    baseUrl: string | undefined;
    apiToken: string | undefined;
    webhookSecret: string | undefined;
    webhookMaxAgeSeconds: number;
    botName: string;
    teamIds: Record<string, number>;
  };
  llm: {
    openai: { apiKey: string | undefined; baseUrl: string | undefined };
    anthropic: { apiKey: string | undefined; baseUrl: string | undefined };
    roles: Record<LlmRole, ModelRef>;
    fallback: ModelRef;
    timeoutMs: number;
    attemptsPerProvider: number;
    /**
     * Where a turn's model steps (router, specialist, QA) run: `local` as local activities in the
     * worker that runs the workflow, `remote` as regular activities on the task queue. Resolved
     * from `MODEL_STEPS`; `auto` is local exactly when those roles all use the offline model.
     */
    modelSteps: ModelStepPlacement;
    /**
     * Whether a worker runs the offline router and memory extractor over sample messages before it
     * takes work (when a role or the fallback is offline), so its first customers do not wait
     * seconds while their patterns compile.
     */
    offlineWarmUp: boolean;
  };
  conversation: {
    idleTimeout: string;
    historyEventLimit: number;
    rolloutShare: number;
    generalistShare: number;
    qaMaxRounds: number;
    autonomousMode: boolean;
    riskyCategories: string[];
    categoryThresholds: Record<string, number>;
    agentMaxSteps: number;
  };
  knowledge: {
    pinecone: { apiKey: string; indexName: string; controllerHostUrl: string | undefined } | null;
  };
  /** The company's calendar: policies and dates are decided on this day. */
  calendar: { timeZone: string; today: string | undefined };
  /** The operator API (`/api/...`): its bearer token; unset = localhost only, outside production. */
  admin: { apiToken: string | undefined };
  /** Customer memory and correction alerts. */
  learning: {
    memoryEveryNTurns: number;
    alertWebhookUrl: string | undefined;
    /** The Chatwoot conversation alerts are posted to as private notes, when no webhook is set. */
    alertChatwoot: { accountId: number; conversationId: number } | undefined;
    /** The golden JSONL dataset of the daily evaluation (absolute path). */
    goldenDataset: string;
  };
  /** The Temporal Schedules of the learning jobs (workers/schedules.ts), in the calendar's time zone. */
  schedules: {
    /** false: the worker creates or updates none. */
    enabled: boolean;
    evalLearningCron: string;
    correctionLearningCron: string;
    goldenEvalCron: string;
  };
  /** The widget and form links: signed conversation tokens, photo uploads, address validation. */
  widget: {
    /** Unset: generated on first start and kept in the data directory (`config/token-secret.ts`). */
    tokenSecret: string | undefined;
    tokenTtlSeconds: number;
    uploadMaxBytes: number;
    /** The S3-compatible upload store; null = local disk under the data directory. */
    s3: {
      bucket: string;
      region: string;
      endpoint: string | undefined;
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
    } | null;
    /** Google Address Validation; null = the local rules only. */
    googleAddressValidation: { apiKey: string; baseUrl: string } | null;
  };
  /** Email: the codes that verify a sender who writes from an address no account has. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Write actions waiting for the customer's confirmation. */
  actions: {
    /** How long a pending action waits (a Temporal duration, e.g. `24 hours`). */
    timeout: string;
    confirmRateLimit: { limit: number; windowMs: number };
  };
}

function parseModelRef(value: string): ModelRef {
  const at = value.indexOf(':');
  return { provider: value.slice(0, at) as ModelRef['provider'], model: value.slice(at + 1) };
}

export type ModelStepPlacement = 'local' | 'remote';

/**
 * The offline model answers in the worker's own CPU within milliseconds, so a task-queue round trip
 * would cost more than the step; a provider across the network takes seconds and is better a
 * regular activity: its timeouts are the server's, and a slow call holds no workflow task.
 */
function modelStepPlacement(
  setting: Env['MODEL_STEPS'],
  roles: Record<LlmRole, ModelRef>,
): ModelStepPlacement {
  if (setting !== 'auto') return setting;
  const turnRoles: LlmRole[] = ['router', 'specialist', 'qa'];
  return turnRoles.every((role) => roles[role].provider === 'offline') ? 'local' : 'remote';
}

/** The default model for a role: a configured provider if a key is present, else offline. */
function defaultRoleModel(env: Env): string {
  if (env.OPENAI_API_KEY) return 'openai:gpt-4.1-mini';
  if (env.ANTHROPIC_API_KEY) return 'anthropic:claude-sonnet-4-6';
  return 'offline:kesher-offline-1';
}

/** Builds the typed configuration from a parsed environment. */
export function buildConfig(env: Env): AppConfig {
  const roleDefault = defaultRoleModel(env);
  const roleEnv: Record<LlmRole, string | undefined> = {
    router: env.LLM_ROUTER,
    specialist: env.LLM_SPECIALIST,
    qa: env.LLM_QA,
    summarizer: env.LLM_SUMMARIZER,
    correction_classifier: env.LLM_CORRECTION_CLASSIFIER,
    pattern_analyst: env.LLM_PATTERN_ANALYST,
  };
  const roles = Object.fromEntries(
    LLM_ROLES.map((role) => [role, parseModelRef(roleEnv[role] ?? roleDefault)]),
  ) as Record<LlmRole, ModelRef>;
  const dataDir = path.resolve(env.KESHER_DATA_DIR);
  return {
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    http: {
      port: env.PORT,
      publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      bodyLimit: env.BODY_LIMIT,
    },
    dataDir,
    database: { url: env.DATABASE_URL, embeddedDir: path.join(dataDir, 'pglite') },
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      cli: env.TEMPORAL_CLI,
      devPort: env.TEMPORAL_DEV_PORT,
      uiPort: env.TEMPORAL_UI_PORT,
      maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
    },
    chatwoot: {
      baseUrl: env.CHATWOOT_BASE_URL?.replace(/\/+$/, ''),
      apiToken: env.CHATWOOT_API_TOKEN,
      webhookSecret: env.CHATWOOT_WEBHOOK_SECRET,
      webhookMaxAgeSeconds: env.CHATWOOT_WEBHOOK_MAX_AGE_S,
      botName: env.CHATWOOT_BOT_NAME,
      teamIds: env.CHATWOOT_TEAM_IDS,
    },
    llm: {
      openai: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL },
      anthropic: { apiKey: env.ANTHROPIC_API_KEY, baseUrl: env.ANTHROPIC_BASE_URL },
      roles,
      fallback: parseModelRef(env.LLM_FALLBACK),
      timeoutMs: env.LLM_TIMEOUT_MS,
      attemptsPerProvider: env.LLM_ATTEMPTS_PER_PROVIDER,
      modelSteps: modelStepPlacement(env.MODEL_STEPS, roles),
      offlineWarmUp: env.OFFLINE_WARMUP,
    },
    conversation: {
      idleTimeout: env.CONVERSATION_IDLE_TIMEOUT,
      historyEventLimit: env.CONVERSATION_HISTORY_EVENTS,
      rolloutShare: env.ROLLOUT_SHARE,
      generalistShare: env.GENERALIST_SHARE,
      qaMaxRounds: env.QA_MAX_ROUNDS,
      autonomousMode: env.AUTONOMOUS_MODE,
      riskyCategories: env.RISKY_CATEGORIES,
      categoryThresholds: env.CATEGORY_THRESHOLDS,
      agentMaxSteps: env.AGENT_MAX_STEPS,
    },
    knowledge: {
      pinecone: env.PINECONE_API_KEY
        ? {
            apiKey: env.PINECONE_API_KEY,
            indexName: env.PINECONE_INDEX,
            controllerHostUrl: env.PINECONE_CONTROLLER_URL,
          }
        : null,
    },
    calendar: { timeZone: env.BUSINESS_TIMEZONE, today: pinnedDay(env) },
    admin: { apiToken: env.ADMIN_API_TOKEN },
    learning: {
      memoryEveryNTurns: env.MEMORY_EVERY_N_TURNS,
      alertWebhookUrl: env.ALERT_WEBHOOK_URL,
      alertChatwoot:
        env.ALERT_CHATWOOT_ACCOUNT_ID && env.ALERT_CHATWOOT_CONVERSATION_ID
          ? { accountId: env.ALERT_CHATWOOT_ACCOUNT_ID, conversationId: env.ALERT_CHATWOOT_CONVERSATION_ID }
          : undefined,
      goldenDataset: path.resolve(env.GOLDEN_DATASET),
    },
    schedules: {
      enabled: env.SCHEDULES_ENABLED,
      evalLearningCron: env.SCHEDULE_EVAL_LEARNING_CRON,
      correctionLearningCron: env.SCHEDULE_CORRECTION_LEARNING_CRON,
      goldenEvalCron: env.SCHEDULE_GOLDEN_EVAL_CRON,
    },
    widget: {
      tokenSecret: env.WIDGET_TOKEN_SECRET,
      tokenTtlSeconds: Math.round(msToNumber(env.WIDGET_TOKEN_TTL as Duration) / 1000),
      uploadMaxBytes: env.UPLOAD_MAX_BYTES,
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            region: env.S3_REGION,
            endpoint: env.S3_ENDPOINT,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          }
        : null,
      googleAddressValidation: env.GOOGLE_ADDRESS_VALIDATION_KEY
        ? {
            apiKey: env.GOOGLE_ADDRESS_VALIDATION_KEY,
            baseUrl: env.GOOGLE_ADDRESS_VALIDATION_BASE_URL.replace(/\/+$/, ''),
          }
        : null,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    actions: {
      timeout: env.ACTION_TIMEOUT,
      confirmRateLimit: {
        limit: env.CONFIRM_RATE_LIMIT,
        windowMs: msToNumber(env.CONFIRM_RATE_WINDOW as Duration),
      },
    },
  };
}

/** The day the demo data (`fixtures/commerce-seed.json`, `meta.today`) describes. */
export const DEMO_DATA_DAY = '2026-11-23';

/**
 * The pinned calendar day, or undefined for the real date. The embedded database holds the demo
 * data, whose orders, deadlines and golden answers are dated from its day; a real database runs on
 * the real date unless KESHER_TODAY pins one.
 */
function pinnedDay(env: Env): string | undefined {
  if (env.KESHER_TODAY === 'real') return undefined;
  return env.KESHER_TODAY ?? (env.DATABASE_URL ? undefined : DEMO_DATA_DAY);
}

/** Parses `source` (default: the process environment) once; throws `ConfigError` naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  return buildConfig(parseEnv(source));
}
