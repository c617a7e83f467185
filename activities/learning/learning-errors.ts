/** A learning record (instruction version, suggestion, learned fact, memory...) that does not exist. */
export class LearningNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string | number,
  ) {
    super(`${entity} ${key} was not found`);
    this.name = 'LearningNotFoundError';
  }
}

/** A request that contradicts the record's state (approving a reviewed suggestion, no version to roll back to). */
export class LearningConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string | number,
    readonly reason: string,
  ) {
    super(`${entity} ${key}: ${reason}`);
    this.name = 'LearningConflictError';
  }
}
