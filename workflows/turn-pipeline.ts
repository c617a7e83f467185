/**
 * The thinking part of one customer turn: context and knowledge in parallel, the agent loop (a
 * model step, then one activity per tool call, up to a bound), the QA loop, and the decision.
 * It only orchestrates the activities it is given, so the conversation workflow runs it through
 * Temporal and `npm run eval` runs the very same code in-process with side effects off.
 */
import type {
  AgentName,
  AgentStepResult,
  AgentStepTask,
  KnowledgePassage,
  QaReview,
  QaReviewTask,
  ToolOutcome,
} from '../activities/agents/agent-contract';
import type { WriteToolName } from './action-types';
import type { TurnContext } from '../activities/agents/agent-activities';
import { AGENT_TOOLS, isWriteToolName } from './agent-roster';
import { decideTurn } from './turn-decision';
import type { PlanTurnInput, ProposedAction, TurnPlan, TurnReplayOptions } from './turn-types';

type ToolCall = AgentStepResult['toolCalls'][number];

/** The activities the pipeline runs; the workflow passes its proxies, eval passes the functions. */
export interface PipelineActivities {
  gatherContext(
    input: {
      conversationId: string;
      customerEmail: string | null;
      category: string;
      agent: AgentName;
    } & TurnReplayOptions,
  ): Promise<TurnContext>;
  retrieveKnowledge(input: {
    message: string;
    category: string;
    language: string;
  }): Promise<KnowledgePassage[]>;
  agentStep(input: {
    conversationId: string;
    task: AgentStepTask;
  }): Promise<AgentStepResult & { model: string }>;
  runReadTool(input: {
    conversationId: string;
    toolCallId: string;
    modelCallId: string;
    customerId: string | null;
    name: string;
    args: Record<string, unknown>;
    today: string;
    record: boolean;
  }): Promise<ToolOutcome>;
  proposeWriteAction(input: {
    conversationId: string;
    customerId: string;
    actionId: string;
    toolName: string;
    args: Record<string, unknown>;
    sourceMessageId: string;
    language: string;
    dryRun: boolean;
  }): Promise<
    | { ok: true; summary: string; args: Record<string, unknown> }
    | { ok: false; code: string; message: string }
  >;
  reviewDraft(input: {
    conversationId: string;
    turn: number;
    agent: AgentName;
    task: QaReviewTask;
    record: boolean;
  }): Promise<QaReview>;
}

/**
 * The pipeline's activities from a workflow's proxies: the database steps from `store`, the model
 * steps from `model`, the tool reads from `tools` (each proxy carries its own options).
 */
export function pipelineFrom(
  store: Pick<PipelineActivities, 'gatherContext' | 'retrieveKnowledge' | 'proposeWriteAction'>,
  model: Pick<PipelineActivities, 'agentStep' | 'reviewDraft'>,
  tools: Pick<PipelineActivities, 'runReadTool'>,
): PipelineActivities {
  return {
    gatherContext: store.gatherContext,
    retrieveKnowledge: store.retrieveKnowledge,
    agentStep: model.agentStep,
    runReadTool: tools.runReadTool,
    proposeWriteAction: store.proposeWriteAction,
    reviewDraft: model.reviewDraft,
  };
}

/** Plans one turn: everything up to the decision; delivery is the caller's. */
export async function planTurn(acts: PipelineActivities, input: PlanTurnInput): Promise<TurnPlan> {
  const { route, conversationId, settings } = input;
  const agent: AgentName =
    input.arm === 'generalist' ? 'generalist' : ((route.specialist ?? 'general') as AgentName);
  const [context, knowledge] = await Promise.all([
    acts.gatherContext({
      conversationId,
      customerEmail: input.customerEmail,
      category: route.category,
      agent,
      // Only a replay adds these: a live turn's activity input stays as it was.
      ...input.replay,
    }),
    acts.retrieveKnowledge({
      message: input.message.content,
      category: route.category,
      language: route.language,
    }),
  ]);
  const customerId = context.customer.known ? context.customer.profile.id : null;
  // In the widget the form shows under the reply: a link would open the page the customer is on.
  const formLink = input.channel === 'web' ? null : context.formLink;
  const attachments = input.message.attachments.map((a) => ({ id: a.id, fileType: a.fileType }));
  const toolOutcomes: ToolOutcome[] = [];
  let proposal: ProposedAction | null = null;
  let proposing = false;
  let toolFailed = false;

  const runTool = async (call: ToolCall): Promise<ToolOutcome> => {
    const scopedId = `${conversationId}.${input.message.messageId}.${call.id}`;
    const base = { id: call.id, name: call.name, args: call.arguments };
    if (!isWriteToolName(call.name)) {
      try {
        return await acts.runReadTool({
          conversationId,
          toolCallId: scopedId,
          modelCallId: call.id,
          customerId,
          name: call.name,
          args: call.arguments,
          today: context.today,
          record: input.record,
        });
      } catch (error) {
        toolFailed = true;
        return { ...base, kind: 'read', result: null, error: `the tool failed: ${messageOf(error)}` };
      }
    }
    if (!customerId) {
      return { ...base, kind: 'write', result: { status: 'refused', message: 'No verified customer.' } };
    }
    // Tool calls of one step run together: the slot is taken before the first await, so a second
    // write in the same step is refused instead of leaving an audit row no form will answer.
    if (proposal || proposing) {
      const message = 'One change at a time: another change is already waiting for the customer.';
      return { ...base, kind: 'write', result: { status: 'refused', message } };
    }
    proposing = true;
    const checked = await acts.proposeWriteAction({
      conversationId,
      customerId,
      actionId: scopedId,
      toolName: call.name,
      args: call.arguments,
      sourceMessageId: input.message.messageId,
      language: route.language,
      dryRun: !input.record,
    });
    if (!checked.ok) {
      proposing = false;
      return {
        ...base,
        kind: 'write',
        result: { status: 'refused', code: checked.code, message: checked.message },
      };
    }
    proposal = {
      actionId: scopedId,
      toolName: call.name as WriteToolName,
      args: checked.args,
      summary: checked.summary,
    };
    return {
      ...base,
      kind: 'write',
      result: { status: 'awaiting_confirmation', actionId: scopedId, summary: checked.summary },
    };
  };

  const stepTask = (refinement: AgentStepTask['refinement'], toolsAllowed: boolean): AgentStepTask => ({
    agent,
    category: route.category,
    secondaryIntents: route.secondaryIntents,
    language: route.language,
    sentiment: route.sentiment,
    channel: input.channel,
    today: context.today,
    message: input.message.content,
    history: context.history,
    customer: context.customer,
    memory: context.memory,
    knowledge,
    instructions: context.instructions.content,
    instructionVersion: context.instructions.version,
    fewShot: context.fewShot,
    tools: toolsAllowed ? [...AGENT_TOOLS[agent]] : [],
    toolResults: [...toolOutcomes],
    refinement,
    formLink,
    attachments,
  });

  /** The agent loop: model step, then its tool calls (each an activity), up to the step bound. */
  const draftReply = async (refinement: AgentStepTask['refinement']): Promise<string> => {
    for (let step = 1; ; step++) {
      const last = step >= settings.agentMaxSteps;
      const result = await acts.agentStep({ conversationId, task: stepTask(refinement, !last) });
      if (result.toolCalls.length === 0 || last) return result.text;
      toolOutcomes.push(...(await Promise.all(result.toolCalls.map(runTool))));
    }
  };

  let reply = await draftReply(null);
  const handoffRequested = route.alwaysEscalate || route.escalationSignal;
  let qa: QaReview | null = null;
  let qaRounds = 0;
  // A handoff message only says who takes over; QA reviews answers.
  if (!handoffRequested && !toolFailed) {
    for (let round = 1; round <= settings.qaMaxRounds; round++) {
      qaRounds = round;
      qa = await acts.reviewDraft({
        conversationId,
        turn: input.turn,
        agent,
        record: input.record,
        task: {
          category: route.category,
          language: route.language,
          sentiment: route.sentiment,
          today: context.today,
          message: input.message.content,
          draft: reply,
          customer: context.customer,
          knowledge,
          toolResults: [...toolOutcomes],
          round,
          maxRounds: settings.qaMaxRounds,
        },
      });
      if (qa.verdict !== 'refine' || round === settings.qaMaxRounds) break;
      reply = await draftReply({ reasons: qa.reasons, previousDraft: reply });
    }
  }

  // Set inside runTool's closure, which the compiler cannot see: read it through its declared type.
  const proposed = proposal as ProposedAction | null;
  const decision = decideTurn({
    route,
    reply,
    qa,
    toolFailed,
    toolOutcomes,
    inRollout: input.inRollout,
    riskyCategories: settings.riskyCategories,
    message: input.message.content,
    proposal: proposed && { summary: proposed.summary, formLink },
  });
  return {
    decision,
    reply,
    agent,
    instructionVersion: context.instructions.version,
    customerId,
    toolOutcomes,
    proposal,
    qa,
    qaRounds,
    confidence: route.confidence,
    threshold: route.autoSendThreshold ?? 1,
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? error.cause.message : error.message;
  return String(error);
}
