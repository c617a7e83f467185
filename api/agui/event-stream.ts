import { EventSchemas, type AGUIEvent } from '@ag-ui/core';
import { EventEncoder } from '@ag-ui/encoder';
import type { Response } from 'express';
import { AguiRunError } from './run-error';

/** How often an idle stream sends an SSE comment, so proxies do not cut a long wait for a turn. */
const KEEP_ALIVE_MS = 10_000;

/**
 * One AG-UI response: `text/event-stream`, one `data: <event JSON>` frame per event (the
 * official encoder's framing), SSE comments as keep-alive while the run waits on the workflow.
 * Every event is checked against `@ag-ui/core`'s schema before it is written, so a bug here ends
 * the run with RUN_ERROR instead of a stream the client rejects.
 */
export class AguiEventStream {
  private readonly encoder = new EventEncoder();
  private readonly gone = new AbortController();
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(private readonly res: Response) {
    res.on('close', () => {
      this.stopKeepAlive();
      if (!res.writableEnded) this.gone.abort();
    });
  }

  /** Aborted when the client disconnects: polling and waiting stop. */
  get signal(): AbortSignal {
    return this.gone.signal;
  }

  /** Sends the headers; from here on failures are RUN_ERROR events, not HTTP statuses. */
  open(): void {
    this.res.status(200);
    this.res.setHeader('Content-Type', this.encoder.getContentType());
    this.res.setHeader('Cache-Control', 'no-cache, no-transform');
    this.res.setHeader('Connection', 'keep-alive');
    // nginx and similar proxies buffer responses unless told not to.
    this.res.setHeader('X-Accel-Buffering', 'no');
    this.res.flushHeaders();
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    this.keepAlive.unref();
  }

  emit(event: AGUIEvent): void {
    const checked = EventSchemas.safeParse(event);
    if (!checked.success) {
      throw new AguiRunError('INVALID_EVENT', `Kesher built an invalid ${event.type} event.`);
    }
    this.write(this.encoder.encodeSSE(event));
  }

  end(): void {
    this.stopKeepAlive();
    if (!this.res.writableEnded) this.res.end();
  }

  private write(chunk: string): void {
    if (!this.res.writableEnded && !this.gone.signal.aborted) this.res.write(chunk);
  }

  private stopKeepAlive(): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = undefined;
  }
}
