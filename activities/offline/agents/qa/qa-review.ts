/**
 * The offline QA reviewer: scores a draft for tone, accuracy, safety and completeness, and passes
 * it, sends it back with reasons the agent can act on, or escalates it (at the last round, or when
 * only a person can do what the draft promises).
 */
import type { QaReview, QaReviewTask } from '../../../agents/agent-contract';
import { accuracyReasons, completenessReasons, toneReasons } from './content-checks';
import { buildEvidence } from './evidence';
import { handoverNeeded } from './handover';
import { safetyReasons } from './safety-checks';

const score = (issues: number, weight: number): number =>
  Math.max(0, Math.round((1 - issues * weight) * 100) / 100);

/** Reviews one draft. */
export function reviewDraft(task: QaReviewTask): QaReview {
  const accuracy = accuracyReasons(task, buildEvidence(task));
  const safety = safetyReasons(task);
  const tone = toneReasons(task);
  const completeness = completenessReasons(task);
  const reasons = [...safety, ...accuracy, ...completeness, ...tone];
  const scores = {
    tone: score(tone.length, 0.3),
    accuracy: score(accuracy.length, 0.25),
    safety: safety.length ? 0 : 1,
    completeness: score(completeness.length, 0.25),
  };
  if (reasons.length > 0) {
    if (task.round < task.maxRounds) return { ...scores, verdict: 'refine', reasons };
    return { ...scores, verdict: 'escalate', reasons, escalationReason: 'qa_escalation' };
  }
  const handover = handoverNeeded(task.draft);
  if (handover) {
    return {
      ...scores,
      verdict: 'escalate',
      reasons: [
        `the draft hands the case to a person (${handover.replace('_', ' ')}): a teammate must act on it`,
      ],
      escalationReason: handover,
    };
  }
  return { ...scores, verdict: 'pass', reasons: [] };
}
