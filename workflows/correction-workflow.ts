import { ActivityFailure, log, proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import type {
  CorrectionOutcome,
  CorrectionTrigger,
} from '../activities/learning/corrections/correction-types';
import { ALERT_ACTIVITY, DATABASE_ACTIVITY, LLM_ACTIVITY } from './activity-options';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);
const outbound = proxyActivities<Activities>(ALERT_ACTIVITY);

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
    try {
      const result = await outbound.deliverAlert({ alertId });
      if (result.status === 'delivered') delivered.push(alertId);
    } catch (error) {
      // The alert stays stored and undelivered; the next correction of the pattern retries it.
      if (!(error instanceof ActivityFailure)) throw error;
      log.warn('alert delivery failed', { alertId, error: error.message });
    }
  }
  return { capture, classification, alertIds, delivered };
}
