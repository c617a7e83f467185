/** The parts the API waits for before it reports healthy. */
export type HealthPart = 'temporal' | 'worker' | 'database';

/** Tracks which parts are up; `/health` is 200 only when all are. */
export class HealthState {
  private readonly down: Set<HealthPart>;

  constructor(parts: HealthPart[] = ['temporal', 'worker', 'database']) {
    this.down = new Set(parts);
  }

  markUp(part: HealthPart): void {
    this.down.delete(part);
  }

  markDown(part: HealthPart): void {
    this.down.add(part);
  }

  status(): { ready: boolean; waitingFor: HealthPart[] } {
    return { ready: this.down.size === 0, waitingFor: [...this.down] };
  }
}
