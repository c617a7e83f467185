import type { Alert } from '../../../schema/tables';

/** The JSON body POSTed to the alert webhook. */
export interface AlertWebhookBody {
  source: 'kesher';
  alert: {
    id: number;
    kind: string;
    category: string | null;
    severity: string;
    message: string;
    details: Record<string, unknown>;
    createdAt: string;
  };
}

/** The alert as the webhook receives it. */
export function alertWebhookBody(alert: Alert): AlertWebhookBody {
  return {
    source: 'kesher',
    alert: {
      id: alert.id,
      kind: alert.kind,
      category: alert.category,
      severity: alert.severity,
      message: alert.message,
      details: alert.details,
      createdAt: alert.created_at.toISOString(),
    },
  };
}

const SEVERITY_MARK: Readonly<Record<string, string>> = { info: 'ℹ️', warning: '⚠️', critical: '🚨' };

/** The alert as a Chatwoot private note an operator reads. */
export function alertNote(alert: Alert): string {
  const details = alert.details as {
    correctionIds?: unknown;
    specificIssue?: unknown;
    classification?: unknown;
  };
  const lines = [
    `${SEVERITY_MARK[alert.severity] ?? ''} Kesher alert (${alert.kind}${alert.category ? `, ${alert.category}` : ''})`.trim(),
    alert.message,
    typeof details.classification === 'string' ? `Class: ${details.classification}` : null,
    typeof details.specificIssue === 'string' ? `Issue: ${details.specificIssue}` : null,
    Array.isArray(details.correctionIds) ? `Corrections: ${details.correctionIds.join(', ')}` : null,
  ];
  return lines.filter((line) => line !== null).join('\n');
}
