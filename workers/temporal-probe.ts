import { Connection } from '@temporalio/client';

/** A connection whose frontend answered `GetSystemInfo` within `timeoutMs`, else undefined. */
export async function probe(address: string, timeoutMs: number): Promise<Connection | undefined> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: timeoutMs });
    const ready = connection;
    await ready.withDeadline(Date.now() + timeoutMs, () => ready.workflowService.getSystemInfo({}));
    return connection;
  } catch {
    await connection?.close().catch(() => undefined);
    return undefined;
  }
}

/** Runs `use`, then closes `connection` whatever happened. */
export async function withConnection<T>(connection: Connection, use: () => Promise<T>): Promise<T> {
  try {
    return await use();
  } finally {
    await connection.close();
  }
}

/** Whether anything answers HTTP at `url` within a second (the Web UI). */
export async function answersHttp(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}
