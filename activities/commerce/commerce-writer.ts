import type { Address, Frequency, PauseRecord } from './types';

/** A pause to record: a new one, or the current one lengthened (same start month, more months). */
export interface PauseChange {
  subscriptionId: string;
  pause: PauseRecord;
  /** True when `pause` replaces the current pause (same start month) instead of adding one. */
  extendsCurrent: boolean;
  /** The 1st of the month after the pause: the subscription resumes then. */
  pausedUntil: string;
  /** The first box charge after the pause. */
  nextChargeDate: string | null;
}

/** A box month to leave out (for a prepaid gift: to postpone to after the last gift box). */
export interface SkipChange {
  subscriptionId: string;
  month: string;
  /** The next charge once the month is skipped (unchanged unless the skipped box was the next one). */
  nextChargeDate: string | null;
  /** Gift subscriptions: the month the postponed box now ships in (the new last gift box). */
  giftPostponedTo?: string;
}

/** A new delivery frequency and the price per box that goes with it. */
export interface FrequencyChange {
  subscriptionId: string;
  frequency: Frequency;
  priceUsd: number;
}

/** A new shipping address. */
export interface AddressChange {
  subscriptionId: string;
  address: Address;
  /** `YYYY-MM-DD` of the change (drives the 20th cut-off). */
  changedOn: string;
}

/** A damage claim handed to the quality team. */
export interface DamageClaim {
  /** `CLM-XXXXX`, derived from the action id so a retry files the same claim. */
  claimNumber: string;
  customerId: string;
  orderId: string;
  items: string[];
  description: string;
  /** Object-store keys of uploaded photos and ids of photos attached in Chatwoot. */
  photoKeys: string[];
  photoIds: string[];
  filedOn: string;
  /** The known issue the claim falls under (its own deadline and remedy), if any. */
  knownIssue: string | null;
}

/**
 * The write side of the commerce estate. Policy is decided before these are called (the write
 * tools in `./write-tools/`); an implementation only records the change. Every method takes the
 * action's idempotency key: a system that dedupes by key (a CRM, a PSP) must see a retried call
 * as the same change. The Postgres implementation runs inside the audit row's transaction, which
 * makes each change happen exactly once.
 */
export interface CommerceWriter {
  pauseSubscription(change: PauseChange, idempotencyKey: string): Promise<void>;
  skipMonth(change: SkipChange, idempotencyKey: string): Promise<void>;
  changeFrequency(change: FrequencyChange, idempotencyKey: string): Promise<void>;
  changeAddress(change: AddressChange, idempotencyKey: string): Promise<void>;
  fileDamageClaim(claim: DamageClaim, idempotencyKey: string): Promise<void>;
}
