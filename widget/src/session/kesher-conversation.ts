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

  constructor(readonly session: SessionParams) {
    this.agent = new HttpAgent({
      url: '/api/agui',
      threadId: session.conversationId,
      headers: { Authorization: `Bearer ${session.token}` },
    });
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

  /** Sends a customer message; the run streams the turn's cards, reply and forms. */
  send(text: string): Promise<void> {
    this.agent.addMessage({ id: randomUUID(), role: 'user', content: text });
    // Kesher's pending actions do not block the chat: the customer may ask before deciding.
    this.agent.pendingInterrupts = [];
    return this.run({});
  }

  /** Answers one pending action (the interrupt with the action's id). */
  answer(actionId: string, decision: ActionDecision): Promise<void> {
    // Each action is answered on its own; the others stay open on the server.
    this.agent.pendingInterrupts = this.agent.pendingInterrupts.filter(
      (interrupt) => interrupt.id === actionId,
    );
    return this.run({ resume: [{ interruptId: actionId, status: 'resolved', payload: decision }] });
  }

  private async run(parameters: RunAgentParameters): Promise<void> {
    if (this.agent.isRunning) return;
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
