import { proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { ALERT_ACTIVITY } from './activity-options';
import { orLogFailure } from './logged-failure';

type Activities = ReturnType<typeof createActivities>;
const outbound = proxyActivities<Activities>(ALERT_ACTIVITY);

/**
 * Delivers a stored alert to its channel; returns whether it was delivered. When delivery fails
 * for good, the failure is logged and the alert stays stored and undelivered (GET /api/alerts
 * lists it, and the next run that raises it tries again): the workflow's own findings stand.
 */
export async function deliverAlertOrLog(alertId: number): Promise<boolean> {
  const result = await orLogFailure('alert delivery failed', { alertId }, () =>
    outbound.deliverAlert({ alertId }),
  );
  return result?.status === 'delivered';
}
