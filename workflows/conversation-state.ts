import type {
  CarriedState,
  ConversationInput,
  ConversationStatus,
  ConversationView,
  CustomerRef,
  ConversationRef,
  HumanMessage,
  IncomingMessage,
  PersistedConversation,
  Sentiment,
  StatusChange,
  TurnOutcome,
} from './types';
import { PendingActionBook } from './pending-actions';

/** A day: how long a proposed change waits when the run has no setting (older runs). */
const DEFAULT_ACTION_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/** How many handled message ids a run remembers (and carries over) for de-duplication. */
const SEEN_LIMIT = 500;

/**
 * The conversation's state, free of Temporal calls so it can be reasoned about (and tested) alone.
 * The workflow wires handlers to these methods.
 */
export class ConversationState {
  readonly ref: ConversationRef;
  customer: CustomerRef;
  status: ConversationStatus;
  aiPaused: boolean;
  escalated: boolean;
  turnCount: number;
  summary: string;
  lastCategory: string | null;
  lastSentiment: Sentiment | null;
  lastSpecialist: string | null;
  lastOutcome: TurnOutcome | null = null;
  busy = false;
  /** The turn after which this run last extracted the customer's memory. */
  memoryTurn = 0;
  /** Bumped by every status change, so the main loop can notice one while it waits. */
  statusVersion = 0;
  readonly queue: IncomingMessage[];
  readonly humanMessages: HumanMessage[] = [];
  /** Proposed write actions waiting for (or answered by) the customer. */
  readonly actions: PendingActionBook;
  /** The search attributes this run last upserted, so it upserts only changes. */
  readonly publishedAttributes = new Map<string, unknown>();
  /** The account the sender proved with an emailed code; null while their own address is used. */
  verifiedEmail: string | null;
  /** Whether a turn found the account the conversation speaks for (no identity step needed). */
  senderKnown: boolean;
  /** Set from the run's settings once the conversation is opened. */
  actionTimeoutMs = DEFAULT_ACTION_TIMEOUT_MS;
  private readonly seen: string[];
  private readonly seenSet: Set<string>;

  constructor(input: ConversationInput) {
    const carried = input.carried;
    this.ref = input.ref;
    this.customer = input.customer;
    this.status = carried?.status ?? 'open';
    this.aiPaused = carried?.aiPaused ?? false;
    this.escalated = carried?.escalated ?? false;
    this.turnCount = carried?.turnCount ?? 0;
    this.summary = carried?.summary ?? '';
    this.lastCategory = carried?.lastCategory ?? null;
    this.lastSentiment = carried?.lastSentiment ?? null;
    this.lastSpecialist = carried?.lastSpecialist ?? null;
    this.verifiedEmail = carried?.verifiedEmail ?? null;
    this.senderKnown = carried?.senderKnown ?? false;
    this.queue = [...(carried?.pendingMessages ?? [])];
    this.seen = [...(carried?.seenMessageIds ?? [])];
    this.seenSet = new Set(this.seen);
    this.actions = new PendingActionBook(carried?.actions ?? [], () => this.actionTimeoutMs);
    for (const message of this.queue) this.remember(message.messageId);
  }

  /** The address whose account the turns speak for: the verified one, else the sender's own. */
  customerEmailFor(message: IncomingMessage): string | null {
    return this.verifiedEmail ?? message.customer.email ?? this.customer.email;
  }

  /** Restores what an earlier, completed run persisted (a new run after an idle timeout). */
  restore(persisted: PersistedConversation): void {
    this.status = persisted.status;
    this.aiPaused = persisted.aiPaused;
    this.escalated = persisted.escalated;
    this.turnCount = persisted.turnCount;
    this.summary = persisted.summary;
    this.lastCategory = persisted.lastCategory;
    this.lastSentiment = persisted.lastSentiment;
    this.lastSpecialist = persisted.lastSpecialist;
    this.verifiedEmail = persisted.verifiedEmail ?? null;
  }

  /** Queues a customer message unless it was seen before; returns whether it was queued. */
  enqueue(message: IncomingMessage): boolean {
    if (this.seenSet.has(message.messageId)) return false;
    this.remember(message.messageId);
    if (message.customer.email && !this.customer.email)
      this.customer = { ...this.customer, ...message.customer };
    this.queue.push(message);
    return true;
  }

  /** Records a human agent's message once; returns whether it was new. */
  addHumanMessage(message: HumanMessage): boolean {
    if (this.seenSet.has(message.messageId)) return false;
    this.remember(message.messageId);
    this.humanMessages.push(message);
    return true;
  }

  takeHumanMessages(): HumanMessage[] {
    return this.humanMessages.splice(0, this.humanMessages.length);
  }

  /**
   * Applies a Chatwoot status change. `pending` is Chatwoot's "back to the bot": a human handing
   * the conversation back, so the AI speaks again.
   */
  applyStatus(change: StatusChange): void {
    this.status = change.status;
    this.statusVersion += 1;
    if (change.status === 'pending') {
      this.aiPaused = false;
      this.escalated = false;
    }
  }

  /** A handoff: the AI stays silent until a human hands the conversation back. */
  markEscalated(): void {
    this.escalated = true;
    this.aiPaused = true;
    this.status = 'open';
  }

  recordTurn(
    outcome: TurnOutcome,
    route: { category: string; sentiment: Sentiment; specialist: string | null } | null,
  ): void {
    this.lastOutcome = outcome;
    if (outcome.kind !== 'skipped') this.turnCount += 1;
    if (route) {
      this.lastCategory = route.category;
      this.lastSentiment = route.sentiment;
      this.lastSpecialist = route.specialist;
    }
  }

  /** One line for the Web UI's "current details". */
  details(): string {
    const parts = [
      `status: ${this.status}`,
      `turns: ${this.turnCount}`,
      this.lastCategory ? `category: ${this.lastCategory}` : null,
      this.lastSentiment ? `sentiment: ${this.lastSentiment}` : null,
      this.escalated ? 'escalated to a human' : null,
      this.aiPaused ? 'AI paused' : null,
      this.lastOutcome ? `last turn: ${this.lastOutcome.kind}` : null,
    ];
    return parts.filter(Boolean).join(' · ');
  }

  carry(): CarriedState {
    return {
      status: this.status,
      aiPaused: this.aiPaused,
      turnCount: this.turnCount,
      summary: this.summary,
      lastCategory: this.lastCategory,
      lastSentiment: this.lastSentiment,
      lastSpecialist: this.lastSpecialist,
      escalated: this.escalated,
      seenMessageIds: this.seen.slice(-SEEN_LIMIT),
      pendingMessages: [...this.queue],
      actions: this.actions.carry(),
      ...(this.verifiedEmail ? { verifiedEmail: this.verifiedEmail } : {}),
      ...(this.senderKnown ? { senderKnown: true } : {}),
    };
  }

  view(): ConversationView {
    return {
      ref: this.ref,
      customer: this.customer,
      status: this.status,
      aiPaused: this.aiPaused,
      escalated: this.escalated,
      turnCount: this.turnCount,
      queuedMessages: this.queue.length,
      busy: this.busy,
      lastCategory: this.lastCategory,
      lastSentiment: this.lastSentiment,
      lastOutcome: this.lastOutcome,
      summary: this.summary,
      pendingActions: this.actions.pending().length,
    };
  }

  private remember(id: string): void {
    this.seen.push(id);
    this.seenSet.add(id);
    if (this.seen.length > SEEN_LIMIT * 2) {
      const dropped = this.seen.splice(0, this.seen.length - SEEN_LIMIT);
      for (const old of dropped) this.seenSet.delete(old);
    }
  }
}
