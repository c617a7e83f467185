/**
 * How a replayed turn compares with the original, and the figures of a whole replay. QA's word
 * comes first (a draft QA now passes and did not is better, and the reverse worse), then the
 * decision (send over a draft over a handoff), then QA rounds; any other difference (tools, the
 * escalation reason) is a change that is neither. The reply text is compared too but reported on
 * its own: a network model rephrases on every run.
 */
import type {
  CandidateResult,
  DecisionKind,
  ReplayCase,
  ReplayOutcome,
  ReplaySummary,
  ReplayTurnDiff,
  TurnVerdict,
} from './replay-types';

const DECISION_RANK: Record<DecisionKind, number> = { escalate: 0, draft: 1, send: 2 };

const listed = (values: string[]): string => (values.length ? values.join(', ') : 'none');
const orNone = (value: string | null): string => value ?? 'none';

/** The text as a comparison sees it: links (signed, so new on every run) and spacing aside. */
function normalizedReply(reply: string | null): string {
  return (reply ?? '')
    .replace(/https?:\/\/\S+/g, '<link>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What differs between two outcomes, one readable line each. */
export function outcomeChanges(original: ReplayOutcome, candidate: ReplayOutcome): string[] {
  const changes: string[] = [];
  if (original.decision !== candidate.decision) {
    changes.push(`decision: ${original.decision} → ${candidate.decision}`);
  }
  if (original.qaVerdict !== candidate.qaVerdict) {
    changes.push(`qa: ${orNone(original.qaVerdict)} → ${orNone(candidate.qaVerdict)}`);
  } else if (original.qaRounds !== candidate.qaRounds) {
    changes.push(`qa rounds: ${original.qaRounds} → ${candidate.qaRounds}`);
  }
  if ([...original.toolCalls].sort().join() !== [...candidate.toolCalls].sort().join()) {
    changes.push(`tools: ${listed(original.toolCalls)} → ${listed(candidate.toolCalls)}`);
  }
  if (original.escalationReason !== candidate.escalationReason) {
    changes.push(
      `escalation reason: ${orNone(original.escalationReason)} → ${orNone(candidate.escalationReason)}`,
    );
  }
  return changes;
}

/** The verdict on one replayed turn. */
export function turnVerdict(original: ReplayOutcome, candidate: ReplayOutcome): TurnVerdict {
  if (original.qaPassed !== null && candidate.qaPassed !== null && original.qaPassed !== candidate.qaPassed) {
    return candidate.qaPassed ? 'better' : 'worse';
  }
  const rank = DECISION_RANK[candidate.decision] - DECISION_RANK[original.decision];
  if (rank !== 0) return rank > 0 ? 'better' : 'worse';
  // Both passed QA: passing at the first try is better than after being sent back.
  if (original.qaPassed && candidate.qaPassed && original.qaRounds !== candidate.qaRounds) {
    return candidate.qaRounds < original.qaRounds ? 'better' : 'worse';
  }
  return outcomeChanges(original, candidate).length ? 'changed' : 'same';
}

/** Each case compared with its candidate result, in the cases' order. */
export function compareReplay(cases: ReplayCase[], results: CandidateResult[]): ReplayTurnDiff[] {
  const byCase = new Map(results.map((result) => [result.caseId, result]));
  return cases.map((item): ReplayTurnDiff => {
    const base = {
      caseId: item.caseId,
      conversationId: item.conversationId,
      turn: item.turn,
      message: item.message.content,
      original: item.original,
    };
    const result = byCase.get(item.caseId);
    if (!result?.candidate) {
      const error = result?.error ?? 'the replay produced no result for this turn';
      return { ...base, verdict: 'failed', changes: [], replyChanged: false, candidate: null, error };
    }
    const { candidate } = result;
    return {
      ...base,
      verdict: turnVerdict(item.original, candidate),
      changes: outcomeChanges(item.original, candidate),
      replyChanged: normalizedReply(item.original.reply) !== normalizedReply(candidate.reply),
      candidate,
      error: null,
    };
  });
}

function passRate(outcomes: ReplayOutcome[]): number | null {
  const reviewed = outcomes.filter((outcome) => outcome.qaPassed !== null);
  if (reviewed.length === 0) return null;
  return Math.round((reviewed.filter((outcome) => outcome.qaPassed).length / reviewed.length) * 1000) / 1000;
}

function decisionCounts(outcomes: ReplayOutcome[]): Record<DecisionKind, number> {
  const counts: Record<DecisionKind, number> = { send: 0, draft: 0, escalate: 0 };
  for (const outcome of outcomes) counts[outcome.decision] += 1;
  return counts;
}

/** The replay's figures; rates and decisions count the turns both sides produced. */
export function summarizeReplay(turns: ReplayTurnDiff[]): ReplaySummary {
  const count = (verdict: TurnVerdict): number => turns.filter((turn) => turn.verdict === verdict).length;
  const compared = turns.filter((turn) => turn.candidate !== null);
  const originals = compared.map((turn) => turn.original);
  const candidates = compared.map((turn) => turn.candidate!);
  const qaPassRate = { original: passRate(originals), candidate: passRate(candidates) };
  const better = count('better');
  const worse = count('worse');
  return {
    turns: turns.length,
    same: count('same'),
    changed: count('changed'),
    better,
    worse,
    failed: count('failed'),
    repliesChanged: compared.filter((turn) => turn.replyChanged).length,
    qaPassRate,
    decisions: { original: decisionCounts(originals), candidate: decisionCounts(candidates) },
    regressed:
      worse > better ||
      (qaPassRate.original !== null &&
        qaPassRate.candidate !== null &&
        qaPassRate.candidate < qaPassRate.original),
  };
}
