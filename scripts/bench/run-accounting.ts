/** What the whole run sent and what became of it, for the `lost` and `duplicated` figures. */
export class RunAccounting {
  accepted = 0;
  /** Accepted messages whose answer did not reach Chatwoot within the reply deadline (30 s). */
  readonly lost: string[] = [];
  /** Of `lost`, those answered after the deadline: late, not gone (a capacity problem, not a durability one). */
  readonly answeredLate: string[] = [];
  /** Of `lost`, those still unanswered when the benchmark stopped waiting. */
  readonly unanswered: string[] = [];
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
}
