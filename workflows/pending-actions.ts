import { ApplicationFailure } from '@temporalio/workflow';
import type {
  ActionChoices,
  ConfirmActionInput,
  ConfirmActionResult,
  PendingAction,
  QueuedChange,
  WriteToolName,
} from './action-types';
import { formLinkPath, verifyConversationToken } from './conversation-token';
import type { HumanMessage } from './types';
import { parseWriteToolArgs } from './write-tool-args';

/** A proposal as the turn hands it over. */
export interface NewAction {
  actionId: string;
  toolName: WriteToolName;
  proposedArgs: Record<string, unknown>;
  summary: string;
  choices?: ActionChoices;
  customerId: string;
  language: string;
  sourceMessageId: string;
  /**
   * Proposed in a drafted turn: kept from the customer until the reviewing teammate offers it
   * (absent in records carried from before holds existed).
   */
  held?: boolean;
  /**
   * Further changes the same message asked for, proposed one by one once this one is confirmed
   * (absent in records carried from before queues existed).
   */
  next?: QueuedChange[];
}

/**
 * Whether a teammate's message offers the customer the changes held with a draft: on the web by
 * saying so (`offerChange`), in Chatwoot and email by carrying the conversation's form link, as
 * the draft's text does. A private note offers nothing.
 */
export function offersHeldChange(message: HumanMessage, conversationId: string): boolean {
  if (message.private) return false;
  return message.offerHeldChange === true || message.content.includes(formLinkPath(conversationId));
}

/** One action with what the workflow needs beyond the public view. */
export interface ActionRecord
  extends PendingAction, Pick<NewAction, 'customerId' | 'language' | 'held' | 'next'> {
  decision: { decision: 'approve' | 'reject'; args: Record<string, unknown>; at: string } | null;
  outcome: ConfirmActionResult | null;
}

/** Why a confirmation was refused; the `type` of the validator's ApplicationFailure. */
export type ConfirmRejection =
  'UnknownAction' | 'ActionAlreadyAnswered' | 'ActionExpired' | 'InvalidToken' | 'InvalidActionArgs';

/** What the customer and operators see of an action: none of the workflow's own fields. */
function publicView(record: ActionRecord): PendingAction {
  const { customerId: _c, language: _l, decision: _d, outcome: _o, held: _h, next: _n, ...view } = record;
  return view;
}

const reject = (type: ConfirmRejection, message: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
};

/** The proposal with the customer's edits on top, checked against the tool's schema. */
function editedArgs(record: ActionRecord, input: ConfirmActionInput): ReturnType<typeof parseWriteToolArgs> {
  return parseWriteToolArgs(record.toolName, { ...record.proposedArgs, ...(input.args ?? {}) });
}

/**
 * The conversation's proposed write actions: pure state, no Temporal calls besides the failure
 * type, so the validator's rules can be read in one place.
 */
export class PendingActionBook {
  private readonly records: ActionRecord[];

  constructor(
    carried: ActionRecord[] = [],
    private readonly timeoutMs: () => number,
  ) {
    this.records = carried.map((record) => ({ ...record }));
  }

  add(action: NewAction, nowMs: number = Date.now()): void {
    if (this.records.some((record) => record.actionId === action.actionId)) return;
    this.records.push({
      ...action,
      createdAt: new Date(nowMs).toISOString(),
      expiresAt: new Date(nowMs + this.timeoutMs()).toISOString(),
      status: 'pending',
      decision: null,
      outcome: null,
    });
  }

  /** What the pending-actions query shows: actions still waiting for the customer (not held ones). */
  pending(): PendingAction[] {
    return this.records.filter((record) => record.status === 'pending' && !record.held).map(publicView);
  }

  /** Pending actions held for the teammate reviewing the draft that proposed them. */
  held(): PendingAction[] {
    return this.records.filter((record) => record.status === 'pending' && record.held).map(publicView);
  }

  /**
   * Offers the held actions to the customer, each with the full time to answer from now; returns
   * them (for the audit rows).
   */
  release(nowMs: number): ActionRecord[] {
    const held = this.records.filter((record) => record.status === 'pending' && record.held);
    for (const record of held) {
      record.held = false;
      record.expiresAt = new Date(nowMs + this.timeoutMs()).toISOString();
    }
    return held;
  }

  get(actionId: string): ActionRecord | undefined {
    return this.records.find((record) => record.actionId === actionId);
  }

  /**
   * The update validator: refuses before anything reaches history. `keyHex` is this conversation's
   * token key (null when tokens are not configured: then nothing can be confirmed).
   */
  validate(input: ConfirmActionInput, conversationId: string, keyHex: string | null, nowMs: number): void {
    const record = this.get(input.actionId);
    // A held action is not the customer's to answer yet: as far as they can tell, there is none.
    if (!record || (record.held && record.status === 'pending')) {
      return reject('UnknownAction', `No action ${input.actionId} in this conversation.`);
    }
    if (!keyHex) return reject('InvalidToken', 'Confirmation tokens are not configured.');
    const problem = verifyConversationToken(keyHex, input.token, conversationId, Math.floor(nowMs / 1000));
    if (problem) return reject('InvalidToken', `The token is not valid for this conversation (${problem}).`);
    if (
      record.status === 'expired' ||
      (record.status === 'pending' && Date.parse(record.expiresAt) <= nowMs)
    ) {
      return reject('ActionExpired', `Action ${input.actionId} expired at ${record.expiresAt}.`);
    }
    if (record.status !== 'pending') {
      return reject(
        'ActionAlreadyAnswered',
        `Action ${input.actionId} was already answered (${record.status}).`,
      );
    }
    if (input.decision === 'approve') {
      const parsed = editedArgs(record, input);
      if (!parsed.ok) return reject('InvalidActionArgs', parsed.message);
    }
  }

  /** Records the customer's answer (already validated); the main loop carries it out. */
  answer(input: ConfirmActionInput, nowMs: number): void {
    const record = this.get(input.actionId);
    if (!record || record.status !== 'pending') return;
    // The validator has already accepted the edited arguments; parsing normalises them.
    const parsed = input.decision === 'approve' ? editedArgs(record, input) : null;
    const args = parsed?.ok ? parsed.args : record.proposedArgs;
    record.status = input.decision === 'approve' ? 'approved' : 'rejected';
    record.decision = { decision: input.decision, args, at: new Date(nowMs).toISOString() };
  }

  /** Answered actions the main loop has not carried out yet. */
  answered(): ActionRecord[] {
    return this.records.filter((record) => record.decision !== null && record.outcome === null);
  }

  /** Pending actions whose time is up. */
  due(nowMs: number): ActionRecord[] {
    return this.records.filter(
      (record) => record.status === 'pending' && Date.parse(record.expiresAt) <= nowMs,
    );
  }

  /** Milliseconds until the next pending action expires, or null when none is pending. */
  msUntilNextExpiry(nowMs: number): number | null {
    const times = this.records
      .filter((record) => record.status === 'pending')
      .map((record) => Date.parse(record.expiresAt) - nowMs);
    return times.length ? Math.max(0, Math.min(...times)) : null;
  }

  settle(actionId: string, outcome: ConfirmActionResult): void {
    const record = this.get(actionId);
    if (!record) return;
    record.status = outcome.status;
    record.outcome = outcome;
  }

  /** Unsettled actions, and the last settled ones so a late duplicate still gets its answer. */
  carry(): ActionRecord[] {
    const open = this.records.filter((record) => record.outcome === null);
    const settled = this.records.filter((record) => record.outcome !== null).slice(-20);
    return [...settled, ...open];
  }

  hasOpen(): boolean {
    return this.records.some((record) => record.outcome === null);
  }
}
