/**
 * The send / draft / escalate decision of a turn, and the handoff note. Pure functions of what the
 * pipeline learned, so every path is testable without a model.
 */
import type { QaReview, ToolOutcome } from '../activities/agents/agent-contract';
import type { TurnDecision } from './turn-types';
import type { HandoffNote, HandoffReason, RouteResult } from './types';

export interface DecisionInput {
  route: RouteResult;
  reply: string;
  qa: QaReview | null;
  toolFailed: boolean;
  toolOutcomes: ToolOutcome[];
  inRollout: boolean;
  riskyCategories: readonly string[];
  message: string;
  /**
   * The reply the message answers (the AI's or a person's), so a short answer such as "Yes,
   * please" reads with what it agrees to; null or absent when there is none.
   */
  inReplyTo?: string | null;
  /**
   * The change the agent proposed this turn, if any. A handoff withdraws it, so the note says so
   * and the suggested reply loses the confirmation link (`formLink`), which no longer works.
   */
  proposal?: { summary: string; formLink: string | null } | null;
}

const NEXT_STEP: Record<HandoffReason, string> = {
  customer_request: 'Reply personally and take over the conversation.',
  missing_knowledge: 'Answer from your own knowledge, then add the answer to the knowledge base.',
  unsupported_request: 'Handle the request by hand; the AI has no tool for it.',
  policy_restriction: 'Decide whether an exception to the policy is warranted, then reply.',
  tool_failure: 'Check the customer’s account directly (a system lookup failed) and reply.',
  frustrated_customer: 'Reply personally with care; review the suggested draft below before using it.',
  qa_escalation: 'Review the suggested draft against the QA reasons, correct it and reply.',
};

/** Decides what happens to the turn's reply. */
export function decideTurn(input: DecisionInput): TurnDecision {
  const { route, qa } = input;
  if (route.alwaysEscalate || route.escalationSignal) {
    return { kind: 'escalate', note: handoffNote(input, 'customer_request'), publicReply: true };
  }
  if (input.toolFailed)
    return { kind: 'escalate', note: handoffNote(input, 'tool_failure'), publicReply: false };
  // Who the customer is matters more than what QA thought of the draft: a person takes it either way.
  if (route.sentiment === 'frustrated' && input.riskyCategories.includes(route.category)) {
    return { kind: 'escalate', note: handoffNote(input, 'frustrated_customer'), publicReply: false };
  }
  if (qa?.verdict === 'escalate') {
    const reason = qa.escalationReason ?? 'qa_escalation';
    return { kind: 'escalate', note: handoffNote(input, reason), publicReply: false };
  }
  const reasons: string[] = [];
  if (!qa) reasons.push('QA did not review the draft');
  else if (qa.verdict !== 'pass') reasons.push(`QA did not pass the draft: ${qa.reasons.join('; ')}`);
  const threshold = route.autoSendThreshold;
  if (threshold === null || threshold === undefined) reasons.push('the category is never sent automatically');
  else if (route.confidence < threshold) {
    reasons.push(
      `router confidence ${route.confidence.toFixed(2)} is below the ${route.category} threshold ${threshold}`,
    );
  }
  if (!input.inRollout) reasons.push('the conversation is outside the automatic-send rollout share');
  return reasons.length ? { kind: 'draft', reasons } : { kind: 'send' };
}

/** A message of at most this many words makes sense only with the reply it answers. */
const SHORT_ANSWER_WORDS = 8;
/** How much of that reply the summary quotes. */
const QUOTED_REPLY_CHARS = 200;

/** A first paragraph this short, with more after it, is the greeting ("Hi Sarah,"): not quoted. */
const GREETING_CHARS = 40;

/** `text` without its greeting, cut at a word boundary to at most `max` characters, marked when cut. */
function quoted(text: string, max: number): string {
  const paragraphs = text.trim().split(/\n\s*\n/u);
  const body =
    paragraphs.length > 1 && paragraphs[0]!.length <= GREETING_CHARS ? paragraphs.slice(1) : paragraphs;
  const flat = body.join(' ').replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** The note's first line: who wrote about what, quoting them (and what a short answer answers). */
function summaryOf(input: DecisionInput): string {
  const { route, message, inReplyTo } = input;
  const who = route.sentiment === 'frustrated' ? 'Frustrated customer' : 'Customer';
  const words = message.trim().split(/\s+/u).length;
  const answering =
    inReplyTo && words <= SHORT_ANSWER_WORDS
      ? `, answering the reply “${quoted(inReplyTo, QUOTED_REPLY_CHARS)}”`
      : '';
  return `${who} wrote about ${route.category.replace(/_/g, ' ')}${answering}: “${message.slice(0, 280)}”`;
}

/** One line per tool call for the note. */
function describeOutcome(outcome: ToolOutcome): string {
  if (outcome.error) return `${outcome.name}: failed (${outcome.error})`;
  const text = JSON.stringify(outcome.result) ?? 'null';
  return `${outcome.name}(${JSON.stringify(outcome.args)}): ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

/** The structured note a human gets with the conversation. */
export function handoffNote(input: DecisionInput, reason: HandoffReason): HandoffNote {
  const { route, qa } = input;
  const tried = [
    `Routed as ${route.category} (confidence ${route.confidence.toFixed(2)}, ${route.language}).`,
  ];
  if (input.toolOutcomes.length)
    tried.push(`Looked up: ${input.toolOutcomes.map((t) => t.name).join(', ')}.`);
  if (qa) tried.push(`QA verdict ${qa.verdict}${qa.reasons.length ? `: ${qa.reasons.join('; ')}` : ''}.`);
  const { proposal } = input;
  if (proposal) {
    tried.push(
      `Proposed a change (${proposal.summary}); the handoff withdrew it, so the customer can no longer confirm it. Make the change by hand if they still want it.`,
    );
  }
  if (input.reply && reason !== 'customer_request') {
    const reply = proposal?.formLink
      ? input.reply.split(proposal.formLink).join('[confirmation link withdrawn with the handoff]')
      : input.reply;
    tried.push(`Suggested reply (not sent): ${reply}`);
  }
  return {
    reason,
    summary: summaryOf(input),
    sentiment: route.sentiment,
    whatWasTried: tried,
    toolResults: input.toolOutcomes.map(describeOutcome),
    suggestedNextStep: NEXT_STEP[reason],
    team: route.specialist ?? 'human',
  };
}

/**
 * The note of a turn that failed before it had anything to show (every model, or the email of a
 * verification code): the route, and what failed, for the person who takes over.
 */
export function failureNote(route: RouteResult, message: string, failed: string): HandoffNote {
  const note = handoffNote(
    {
      route,
      reply: '',
      qa: null,
      toolFailed: true,
      toolOutcomes: [],
      inRollout: false,
      riskyCategories: [],
      message,
    },
    'tool_failure',
  );
  note.whatWasTried.push(failed);
  return note;
}
