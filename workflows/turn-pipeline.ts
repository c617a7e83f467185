/**
 * The thinking part of one customer turn: context and knowledge in parallel, the agent loop (a
 * model step, then one activity per tool call, up to a bound), the QA loop, and the decision.
 * It only orchestrates the activities it is given, so the conversation workflow runs it through
 * Temporal and `npm run eval` runs the very same code in-process with side effects off.
 */
import type { AgentName, AgentStepTask, QaReview } from '../activities/agents/agent-contract';
import { toolsForTurn } from './agent-roster';
import { decideTurn } from './turn-decision';
import { TurnTools } from './turn-tools';
import type { PipelineActivities, PlanTurnInput, TurnPlan } from './turn-types';

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
  const turnTools = toolsForTurn(agent, route.secondaryIntents);
  const tools = new TurnTools(acts, {
    conversationId,
    offered: turnTools,
    messageId: input.message.messageId,
    customerId,
    today: context.today,
    language: route.language,
    record: input.record,
  });

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
    tools: toolsAllowed ? turnTools : [],
    toolResults: [...tools.outcomes],
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
      await tools.runAll(result.toolCalls);
    }
  };

  let reply = await draftReply(null);
  const handoffRequested = route.alwaysEscalate || route.escalationSignal;
  let qa: QaReview | null = null;
  let qaRounds = 0;
  // A handoff message only says who takes over; QA reviews answers.
  if (!handoffRequested && !tools.failed) {
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
          history: context.history,
          draft: reply,
          customer: context.customer,
          knowledge,
          toolResults: [...tools.outcomes],
          round,
          maxRounds: settings.qaMaxRounds,
        },
      });
      if (qa.verdict !== 'refine' || round === settings.qaMaxRounds) break;
      reply = await draftReply({ reasons: qa.reasons, previousDraft: reply });
    }
  }

  const { proposal, outcomes: toolOutcomes } = tools;
  const decision = decideTurn({
    route,
    reply,
    qa,
    toolFailed: tools.failed,
    toolOutcomes,
    inRollout: input.inRollout,
    riskyCategories: settings.riskyCategories,
    message: input.message.content,
    // A turn context recorded before replies were carried has none.
    inReplyTo: context.inReplyTo ?? null,
    proposal: proposal && { summary: proposal.summary, formLink },
  });
  return {
    decision,
    reply,
    agent,
    instructionVersion: context.instructions.version,
    customerId,
    toolOutcomes,
    proposal,
    formLink,
    qa,
    qaRounds,
    confidence: route.confidence,
    threshold: route.autoSendThreshold ?? 1,
  };
}
