import pino, { type Logger } from 'pino';
import type { AppConfig } from './config';

/** Paths that may carry secrets; pino replaces their values in every log line. */
const REDACT = [
  'config.chatwoot.apiToken',
  'config.chatwoot.webhookSecret',
  'config.llm.openai.apiKey',
  'config.llm.anthropic.apiKey',
  'headers.api_access_token',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-chatwoot-signature"]',
];

/** One structured logger per process. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, name = 'kesher'): Logger {
  return pino({ name, level: config.logLevel, redact: { paths: REDACT, censor: '[redacted]' } });
}
