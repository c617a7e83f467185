import type { AgentStepResult, ToolOutcome } from '../activities/agents/agent-contract';
import type { QueuedChange, WriteToolName } from './action-types';
import { isWriteToolName } from './agent-roster';
import type { PipelineActivities, ProposedAction } from './turn-types';
import { parseWriteToolArgs } from './write-tool-args';

type ToolCall = AgentStepResult['toolCalls'][number];

/** What every tool call of one turn shares. */
export interface TurnToolScope {
  conversationId: string;
  messageId: string;
  /** The tools the turn offers its agent; a call to any other is refused, not run. */
  offered: readonly string[];
  /** The verified customer; null when the conversation's customer is unknown. */
  customerId: string | null;
  today: string;
  language: string;
  /** False in eval: reads are not audited and a write is only checked (dry run). */
  record: boolean;
}

/**
 * Runs a turn's tool calls, each as its activity, and keeps what the turn needs from them: every
 * outcome, the one change proposed for the customer to confirm (with any further changes queued
 * behind it), and whether a tool failed.
 */
export class TurnTools {
  /** Every call's outcome, in the order the model asked for them. */
  readonly outcomes: ToolOutcome[] = [];
  /** The change this turn proposed; it waits for the customer's confirmation in a form. */
  proposal: ProposedAction | null = null;
  /** A read tool's activity failed after its retries: the turn goes to a human (tool_failure). */
  failed = false;
  /** Taken before the first await of a write, so a second write in the same step sees it. */
  private proposing = false;
  /** Writes asked for after the first: proposed one at a time once the customer confirms. */
  private readonly queued: QueuedChange[] = [];

  constructor(
    private readonly acts: Pick<PipelineActivities, 'runReadTool' | 'proposeWriteAction'>,
    private readonly scope: TurnToolScope,
  ) {}

  /** Runs one model step's tool calls together and records their outcomes in call order. */
  async runAll(calls: readonly ToolCall[]): Promise<void> {
    this.outcomes.push(...(await Promise.all(calls.map((call) => this.run(call)))));
  }

  private async run(call: ToolCall): Promise<ToolOutcome> {
    const { conversationId, customerId } = this.scope;
    const scopedId = `${conversationId}.${this.scope.messageId}.${call.id}`;
    const base = { id: call.id, name: call.name, args: call.arguments };
    if (!this.scope.offered.includes(call.name)) {
      const refused = {
        status: 'refused',
        code: 'not_offered',
        message: `${call.name} is not one of this turn's tools.`,
      };
      return { ...base, kind: isWriteToolName(call.name) ? 'write' : 'read', result: refused };
    }
    if (!isWriteToolName(call.name)) {
      try {
        return await this.acts.runReadTool({
          conversationId,
          toolCallId: scopedId,
          modelCallId: call.id,
          customerId,
          name: call.name,
          args: call.arguments,
          today: this.scope.today,
          record: this.scope.record,
        });
      } catch (error) {
        this.failed = true;
        return { ...base, kind: 'read', result: null, error: `the tool failed: ${messageOf(error)}` };
      }
    }
    if (!customerId) {
      return { ...base, kind: 'write', result: { status: 'refused', message: 'No verified customer.' } };
    }
    // Tool calls of one step run together: the slot is taken before the first await, so a second
    // write is queued behind the first instead of leaving an audit row no form will answer.
    if (this.proposal || this.proposing) return this.queue(call, call.name, scopedId);
    this.proposing = true;
    const checked = await this.acts.proposeWriteAction({
      conversationId,
      customerId,
      actionId: scopedId,
      toolName: call.name,
      args: call.arguments,
      sourceMessageId: this.scope.messageId,
      language: this.scope.language,
      dryRun: !this.scope.record,
    });
    if (!checked.ok) {
      this.proposing = false;
      return {
        ...base,
        kind: 'write',
        result: { status: 'refused', code: checked.code, message: checked.message },
      };
    }
    this.proposal = {
      actionId: scopedId,
      toolName: call.name,
      args: checked.args,
      summary: checked.summary,
      // A proposal recorded before forms had choices carries none in its history.
      choices: checked.choices ?? null,
      // The same array: a write queued after this point still follows this proposal.
      next: this.queued,
    };
    return {
      ...base,
      kind: 'write',
      result: { status: 'awaiting_confirmation', actionId: scopedId, summary: checked.summary },
    };
  }

  /**
   * A second change in the same turn ("skip January and February"): checked against its schema now
   * and against the policy when its turn comes, after the customer has confirmed the one before.
   */
  private queue(call: ToolCall, toolName: WriteToolName, actionId: string): ToolOutcome {
    const base = { id: call.id, name: call.name, args: call.arguments, kind: 'write' as const };
    const parsed = parseWriteToolArgs(toolName, call.arguments);
    if (!parsed.ok)
      return { ...base, result: { status: 'refused', code: 'invalid_args', message: parsed.message } };
    this.queued.push({ actionId, toolName, args: parsed.args as Record<string, unknown> });
    const message = 'Queued: proposed to the customer once they have confirmed the change before it.';
    return { ...base, result: { status: 'queued', message } };
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? error.cause.message : error.message;
  return String(error);
}
