import { performance } from 'node:perf_hooks';
import type { Arrival, ReplyTracker } from './reply-tracker';

/** An answer that arrives later than this after its webhook was accepted counts as late. */
export const REPLY_DEADLINE_MS = 30_000;

/** What the whole run sent and what became of it, for the `lost` and `duplicated` figures. */
export class RunAccounting {
  accepted = 0;
  /** Accepted messages with no answer at all when the run stopped waiting: lost. */
  readonly lost: string[] = [];
  /**
   * Accepted messages answered, but more than `REPLY_DEADLINE_MS` after acceptance: late, not gone
   * (a capacity figure, not a durability one).
   */
  readonly late: string[] = [];
  /** Sends the webhook did not accept (a 4xx/5xx, a duplicate verdict, a network error). */
  readonly rejected: string[] = [];

  /** Counts one send; returns whether it was accepted (and so must be answered). */
  sent(key: string, status: string): boolean {
    if (status === 'accepted') {
      this.accepted += 1;
      return true;
    }
    this.rejected.push(`${key}: ${status}`);
    return false;
  }

  /**
   * Waits for the answer to an accepted message until `giveUpAt` (a `performance.now()` time) and
   * files it as on time, late or lost.
   */
  async answerOf(
    replies: ReplyTracker,
    key: string,
    acceptedAt: number,
    giveUpAt: number,
  ): Promise<Arrival | undefined> {
    const arrival = await replies.waitFor(key, Math.max(0, giveUpAt - performance.now()));
    if (!arrival) this.lost.push(key);
    else if (arrival.at - acceptedAt > REPLY_DEADLINE_MS) this.late.push(key);
    return arrival;
  }
}
