import { HttpAgent, randomUUID, type Message, type RunAgentParameters } from '@ag-ui/client';
import { failureOf, type Failure } from './api-client';
import type { SessionParams } from './session-params';
import { widgetStateOf, type WidgetState } from './widget-state';

/** What the UI renders: the conversation's messages and state, and whether a run is under way. */
export interface ConversationSnapshot {
  messages: Message[];
  state: WidgetState | null;
  running: boolean;
  /** The last run's failure: the server's code (when it sent one) and its sentence. */
  error: Failure | null;
}

const AGUI_URL = '/api/agui';

/** The answer the endpoint accepts for a pending action (the interrupt's responseSchema). */
export interface ActionDecision {
  decision: 'approve' | 'reject';
  args?: Record<string, unknown>;
}

/**
 * One conversation over AG-UI, through the official `HttpAgent`: it posts RunAgentInput to
 * `/api/agui`, verifies and applies the event stream (messages, state snapshots, interrupts)
 * and this class turns its changes into snapshots React can subscribe to.
 */
export class KesherConversation {
  private readonly agent: HttpAgent;
  private readonly listeners = new Set<() => void>();
  private current: ConversationSnapshot = { messages: [], state: null, running: false, error: null };
  /** The run or background look under way (or the last one). */
  private inflight: Promise<void> = Promise.resolve();
  private refreshing = false;
  private readonly headers: Record<string, string>;

  constructor(readonly session: SessionParams) {
    this.headers = { Authorization: `Bearer ${session.token}` };
    this.agent = new HttpAgent({ url: AGUI_URL, threadId: session.conversationId, headers: this.headers });
    this.agent.subscribe({
      onMessagesChanged: ({ messages }) => this.update({ messages: [...messages] }),
      onStateChanged: ({ state }) => this.update({ state: widgetStateOf(state) }),
      onRunErrorEvent: ({ event }) =>
        this.update({ error: { code: event.code ?? null, message: event.message } }),
    });
  }

  get snapshot(): ConversationSnapshot {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Loads (or reloads) the conversation: the endpoint answers with snapshots of messages and state. */
  load(): Promise<void> {
    return this.run({});
  }

  /**
   * A background look for news (a teammate's reply): a plain load through a separate agent, so
   * the chat's own messages are not re-sent (a trailing card result would read as an answer), no
   * "working" indicator shows, and a failure leaves the page as it is. Skipped while a run is under
   * way; a send waits for it.
   */
  refresh(): Promise<void> {
    if (this.agent.isRunning || this.refreshing) return this.inflight;
    const loader = new HttpAgent({
      url: AGUI_URL,
      threadId: this.session.conversationId,
      headers: this.headers,
    });
    this.refreshing = true;
    this.inflight = loader
      .runAgent({})
      .then(() => {
        // A run that started meanwhile brings newer news itself.
        if (this.agent.isRunning) return;
        this.agent.setMessages(loader.messages);
        this.agent.setState(loader.state);
        this.agent.pendingInterrupts = loader.pendingInterrupts;
      })
      .catch(() => undefined)
      .finally(() => {
        this.refreshing = false;
      });
    return this.inflight;
  }

  /** Sends a customer message; the run streams the turn's cards, reply and forms. */
  async send(text: string): Promise<void> {
    // A background reload may be under way: the message goes in the run after it, never lost.
    await this.idle();
    this.agent.addMessage({ id: randomUUID(), role: 'user', content: text });
    // Kesher's pending actions do not block the chat: the customer may ask before deciding.
    this.agent.pendingInterrupts = [];
    return this.run({});
  }

  /** Answers one pending action (the interrupt with the action's id). */
  async answer(actionId: string, decision: ActionDecision): Promise<void> {
    await this.idle();
    // Each action is answered on its own; the others stay open on the server.
    this.agent.pendingInterrupts = this.agent.pendingInterrupts.filter(
      (interrupt) => interrupt.id === actionId,
    );
    return this.run({ resume: [{ interruptId: actionId, status: 'resolved', payload: decision }] });
  }

  /** Resolves when the run or background look under way, if any, has ended. */
  private async idle(): Promise<void> {
    await this.inflight;
  }

  private run(parameters: RunAgentParameters): Promise<void> {
    if (this.agent.isRunning) return this.inflight;
    this.inflight = this.runOnce(parameters);
    return this.inflight;
  }

  private async runOnce(parameters: RunAgentParameters): Promise<void> {
    this.update({ running: true, error: null });
    try {
      await this.agent.runAgent(parameters);
    } catch (error) {
      this.update({ error: failureOf(error) });
    } finally {
      this.update({ running: false });
    }
  }

  private update(change: Partial<ConversationSnapshot>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}
