import type { AppConfig } from '../../config/config';
import { resolveTokenSecret } from '../../config/token-secret';

/** How the widget's conversation tokens are signed and how long new ones last. */
export interface WidgetTokenSettings {
  secret: string;
  ttlSeconds: number;
}

/**
 * The token settings from configuration. The secret is WIDGET_TOKEN_SECRET, or the one generated
 * on first start in the data directory, the same one the worker's validators derive keys from.
 */
export function widgetTokenSettings(config: AppConfig): WidgetTokenSettings {
  return {
    secret: resolveTokenSecret({ configured: config.widget.tokenSecret, dataDir: config.dataDir }),
    ttlSeconds: config.widget.tokenTtlSeconds,
  };
}
