import { proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import type {
  CorrectionOutcome,
  CorrectionTrigger,
} from '../activities/learning/corrections/correction-types';
import { DATABASE_ACTIVITY, LLM_ACTIVITY } from './activity-options';
import { deliverAlertOrLog } from './alert-delivery';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);

/** The workflow id of the correction check of one Chatwoot message: the same message is checked once. */
export function correctionWorkflowId(chatwootMessageId: number): string {
  return `correction-${chatwootMessageId}`;
}

/**
 * Learns from one human message or draft edit in Chatwoot: capture the (AI text, human text) pair
 * if the event is a correction, classify it, check whether it completes a pattern (3+ of a kind in
 * 7 days), and deliver any alert that raised. Each step is an activity.
 */
export async function correctionWorkflow(trigger: CorrectionTrigger): Promise<CorrectionOutcome> {
  const capture = await store.captureCorrection(trigger);
  if (capture.status !== 'captured') return { capture, classification: null, alertIds: [], delivered: [] };

  const classification = await model.classifyCorrection({
    correctionId: capture.correctionId,
    correctionCase: capture.correctionCase,
  });
  const { alertIds } = await store.checkCorrectionPatterns({ correctionId: capture.correctionId });
  const delivered: number[] = [];
  for (const alertId of alertIds) {
    // An undelivered alert stays stored; the next correction of the pattern retries it.
    if (await deliverAlertOrLog(alertId)) delivered.push(alertId);
  }
  return { capture, classification, alertIds, delivered };
}
