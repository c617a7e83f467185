/** A Temporal frontend Kesher can use, and how to let go of it. */
export interface TemporalHandle {
  /** `host:port` of the gRPC frontend. */
  address: string;
  namespace: string;
  /** The Web UI, when one is known to run. */
  uiUrl: string | undefined;
  /** True when this process started the server and `stop()` ends it. */
  managed: boolean;
  /** The dev server's process id, when this process spawned it. */
  pid?: number;
  stop(): Promise<void>;
}

/** Raised when Temporal cannot be reached or started; `output` holds the server's last lines. */
export class TemporalUnavailableError extends Error {
  constructor(
    message: string,
    readonly address: string,
    readonly output: readonly string[] = [],
  ) {
    super(output.length > 0 ? `${message}\n--- last Temporal output ---\n${output.join('\n')}` : message);
    this.name = 'TemporalUnavailableError';
  }
}

/** A Temporal that runs without this process: `stop()` leaves it running. */
export function unmanaged(address: string, namespace: string, uiUrl: string | undefined): TemporalHandle {
  return { address, namespace, uiUrl, managed: false, stop: async () => undefined };
}
