/** What the whole run sent and what became of it, for the `lost` and `duplicated` figures. */
export class RunAccounting {
  accepted = 0;
  /** Messages accepted by the webhook whose answer did not reach Chatwoot within the wait. */
  readonly lost: string[] = [];
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
