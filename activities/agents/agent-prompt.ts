import type { ChatMessage } from '../llm';
import type { AgentStepTask, QaReviewTask, ToolOutcome } from './agent-contract';
import type { CustomerContext } from '../context/build-context';

/** The customer facts as prompt text (a network model sees what the offline one gets as JSON). */
export function renderCustomer(customer: CustomerContext): string {
  if (!customer.known) return `Customer: not verified.\n${customer.instruction}`;
  const { profile, subscription, recentOrders, outstandingIssues } = customer;
  const lines = [
    `Customer: ${profile.name} (${profile.id}), ${profile.tier} tier, joined ${profile.joinDate} (${profile.tenureMonths} months), LTV $${profile.ltvUsd}, language ${profile.language}, ${profile.country}, ${profile.timezone}.`,
    subscription ? `Subscription: ${subscription.summary}` : 'Subscription: none.',
    ...recentOrders.map(
      (order) =>
        `Order ${order.orderId} (${order.boxMonth}): ${order.status}, $${order.totalUsd}` +
        (order.shipment
          ? `, ${order.shipment.carrier} ${order.shipment.trackingNumber} ${order.shipment.status}` +
            (order.shipment.estimatedDelivery ? `, estimated ${order.shipment.estimatedDelivery}` : '')
          : ''),
    ),
    ...outstandingIssues.map((issue) => `Outstanding issue (${issue.severity}): ${issue.summary}`),
  ];
  return lines.join('\n');
}

/** The system prompt of an agent step: deployed instructions, then this turn's facts. */
export function agentSystemPrompt(task: AgentStepTask): string {
  const sections = [
    task.instructions,
    `Today is ${task.today}. Answer in the customer's language (${task.language}). Channel: ${task.channel}.`,
    renderCustomer(task.customer),
    task.memory.length
      ? `What we remember about this customer:\n${task.memory.map((m) => `- (${m.type}) ${m.content}`).join('\n')}`
      : '',
    task.knowledge.length
      ? `Knowledge base:\n${task.knowledge.map((k) => `[${k.articleId} · ${k.title} › ${k.heading}] ${k.text}`).join('\n\n')}`
      : 'Knowledge base: nothing relevant was found. Do not guess policies.',
    task.fewShot.length
      ? `Lessons from human corrections:\n${task.fewShot.map((f) => `- Customer: ${f.customerMessage}\n  Draft: ${f.aiDraft}\n  Human: ${f.humanReply}\n  Lesson: ${f.lesson}`).join('\n')}`
      : '',
    task.formLink ? `The customer confirms proposed changes at: ${task.formLink}` : '',
    task.attachments?.length
      ? `The customer attached: ${task.attachments.map((a) => `${a.id}${a.fileType ? ` (${a.fileType})` : ''}`).join(', ')}. A damage claim names its photos by these ids (photo_ids).`
      : '',
    task.refinement
      ? `Your previous draft was sent back by quality review. Fix these points:\n${task.refinement.reasons.map((r) => `- ${r}`).join('\n')}\nPrevious draft:\n${task.refinement.previousDraft}`
      : '',
  ];
  return sections.filter(Boolean).join('\n\n');
}

/** The transcript of the step: history, the customer's message, then this turn's tool calls. */
export function agentMessages(task: AgentStepTask): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const latest = task.history
    ? `Conversation so far:\n${task.history}\n\nLatest message:\n${task.message}`
    : task.message;
  messages.push({ role: 'user', content: latest });
  if (task.toolResults.length) {
    messages.push({
      role: 'assistant',
      content: '',
      toolCalls: task.toolResults.map((t) => ({ id: t.id, name: t.name, arguments: t.args })),
    });
    for (const outcome of task.toolResults) {
      messages.push({
        role: 'tool',
        toolCallId: outcome.id,
        name: outcome.name,
        content: toolContent(outcome),
      });
    }
  }
  return messages;
}

function toolContent(outcome: ToolOutcome): string {
  return outcome.error ? JSON.stringify({ error: outcome.error }) : JSON.stringify(outcome.result);
}

/** QA's system prompt: the rubric. */
export const QA_SYSTEM_PROMPT =
  'You review a customer-support draft before it is sent. Score 0..1: tone (warm, clear, in the ' +
  "customer's language), accuracy (every fact backed by the tool results, knowledge or customer " +
  'facts below), safety (never claims a change was made without the customer confirming a form; ' +
  'no promise outside policy), completeness (answers the question; raises outstanding issues ' +
  'that no earlier reply in the conversation raised). ' +
  'Verdict: pass; refine with precise reasons the writer can fix; or escalate when a human must ' +
  'decide (set escalationReason). Answer with JSON only.';

/** The QA request's user message: the evidence and the draft. */
export function qaUserMessage(task: QaReviewTask): string {
  return [
    `Category: ${task.category}. Language: ${task.language}. Sentiment: ${task.sentiment}. Today: ${task.today}.`,
    renderCustomer(task.customer),
    `Tool results:\n${task.toolResults.map((t) => `${t.name}(${JSON.stringify(t.args)}) → ${toolContent(t)}`).join('\n') || 'none'}`,
    `Knowledge:\n${task.knowledge.map((k) => `[${k.articleId}] ${k.text}`).join('\n') || 'none'}`,
    ...(task.history ? [`Conversation so far:\n${task.history}`] : []),
    `Customer message:\n${task.message}`,
    `Draft (round ${task.round} of ${task.maxRounds}):\n${task.draft}`,
  ].join('\n\n');
}
