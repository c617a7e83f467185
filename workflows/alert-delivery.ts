import { ActivityFailure, log, proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { ALERT_ACTIVITY } from './activity-options';

type Activities = ReturnType<typeof createActivities>;
const outbound = proxyActivities<Activities>(ALERT_ACTIVITY);

/**
 * Delivers a stored alert to its channel; returns whether it was delivered. When delivery fails
 * for good, the failure is logged and the alert stays stored and undelivered (GET /api/alerts
 * lists it, and the next run that raises it tries again): the workflow's own findings stand.
 */
export async function deliverAlertOrLog(alertId: number): Promise<boolean> {
  try {
    return (await outbound.deliverAlert({ alertId })).status === 'delivered';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    log.warn('alert delivery failed', { alertId, error: error.message });
    return false;
  }
}
