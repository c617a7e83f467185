import type { CommerceAdapter } from '../commerce-adapter';

/** What every write tool runs with. */
export interface WriteToolContext {
  /** Reads and writes; over the audit row's transaction when it is the Postgres adapter. */
  commerce: CommerceAdapter;
  /** The conversation's verified customer; a tool only ever changes this customer's records. */
  customerId: string;
  conversationId: string;
  /** `YYYY-MM-DD` in the company's calendar (the fixtures pin it to 2026-11-23). */
  today: string;
  /**
   * `proposal` when the agent proposes the change, `execution` once the customer approved it.
   * Some rules only bind at execution (a damage claim needs its photos by then, not before).
   */
  stage: 'proposal' | 'execution';
  /** The customer's language, for the form's wording of the change (English when absent). */
  language?: string;
}

/** Why a policy refuses a change: a stable code for analytics and a sentence for the customer. */
export interface PolicyRefusal {
  ok: false;
  code: string;
  message: string;
}

/** A policy's yes: the arguments completed with the policy's defaults, and what the change means. */
export interface PolicyApproval<Args> {
  ok: true;
  args: Args;
  /** One or two sentences on the consequences (which box, which price), shown on the form. */
  detail: string;
}

/** A policy check's outcome. */
export type PolicyVerdict<Args> = PolicyApproval<Args> | PolicyRefusal;

/** A refusal. */
export const refuse = (code: string, message: string): PolicyRefusal => ({ ok: false, code, message });

/** Thrown by `apply` when the policy refuses at execution time (e.g. a deadline passed since the proposal). */
export class WriteToolRefusedError extends Error {
  override readonly name = 'WriteToolRefusedError';
  readonly type = 'WriteToolRefused';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
