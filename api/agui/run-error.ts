/**
 * A failure after the event stream has started: it ends the run as `RUN_ERROR { code, message }`
 * instead of an HTTP status (the headers are already sent). Codes are stable and upper-case, as in
 * the AG-UI examples (`WORKFLOW_NOT_FOUND`).
 */
export class AguiRunError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AguiRunError';
  }
}

/** The client went away; the run stops quietly (there is nobody to tell). */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection.');
    this.name = 'ClientGoneError';
  }
}
