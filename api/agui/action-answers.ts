import type { RunAgentInput } from '@ag-ui/core';
import { z } from 'zod';
import { HttpError } from '../http-error';

/** The customer's answer to one pending write action (the action id is the form's tool-call id). */
export interface ActionAnswer {
  /** Null when a legacy `forwardedProps.command.resume` names no action: the one pending action. */
  actionId: string | null;
  decision: 'approve' | 'reject';
  args?: Record<string, unknown>;
}

const argsSchema = z.record(z.string(), z.unknown());

/**
 * The answer shapes the endpoint accepts: Kesher's own `{decision, args?}`; AG-UI's recommended
 * approve-with-edits payload `{approved, editedArgs?}`; and CopilotKit's `{status: "cancelled"}`
 * tool content for a dismissed interrupt.
 */
const payloadSchema = z.union([
  z.object({ decision: z.enum(['approve', 'reject']), args: argsSchema.optional() }),
  z.object({ approved: z.boolean(), editedArgs: argsSchema.optional() }),
  z.object({ status: z.literal('cancelled') }),
]);

function decisionOf(actionId: string | null, payload: unknown): ActionAnswer {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    throw new HttpError(
      422,
      'invalid_answer',
      `The answer to action ${actionId ?? '(unnamed)'} must be {"decision":"approve"|"reject","args"?:{...}} (or {"approved":boolean,"editedArgs"?:{...}}).`,
    );
  }
  const answer = parsed.data;
  if ('decision' in answer) return { actionId, decision: answer.decision, args: answer.args };
  if ('approved' in answer) {
    return { actionId, decision: answer.approved ? 'approve' : 'reject', args: answer.editedArgs };
  }
  return { actionId, decision: 'reject' };
}

function parseJsonContent(actionId: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new HttpError(422, 'invalid_answer', `The tool message for action ${actionId} is not JSON.`);
  }
}

const legacyCommandSchema = z.object({
  command: z.object({ resume: z.unknown(), interruptEvent: z.unknown().optional() }),
});

/** `forwardedProps.command.resume`: LangGraph-style resumes CopilotKit sends for CUSTOM interrupts. */
function legacyAnswer(forwardedProps: unknown): ActionAnswer | null {
  const parsed = legacyCommandSchema.safeParse(forwardedProps);
  if (!parsed.success || parsed.data.command.resume === undefined) return null;
  const { resume, interruptEvent } = parsed.data.command;
  const named = [resume, interruptEvent].find(
    (value): value is { actionId: string } =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { actionId?: unknown }).actionId === 'string',
  );
  const payload =
    typeof resume === 'string' ? parseJsonContent(named?.actionId ?? '(unnamed)', resume) : resume;
  return decisionOf(named?.actionId ?? null, payload);
}

/**
 * The answers a run carries, or null when it carries none. In order of precedence: the interrupt
 * `resume[]` entries (the client may also append a tool message for the same call, which is then
 * the same answer), a legacy `forwardedProps.command.resume`, or a trailing `tool` message (the
 * human-in-the-loop tool-call pattern).
 */
export function answersOf(input: RunAgentInput): ActionAnswer[] | null {
  if (input.resume && input.resume.length > 0) {
    return input.resume.map((entry) =>
      entry.status === 'cancelled'
        ? { actionId: entry.interruptId, decision: 'reject' as const }
        : decisionOf(entry.interruptId, entry.payload),
    );
  }
  const legacy = legacyAnswer(input.forwardedProps);
  if (legacy) return [legacy];
  const last = input.messages.at(-1);
  if (last?.role === 'tool')
    return [decisionOf(last.toolCallId, parseJsonContent(last.toolCallId, last.content))];
  return null;
}

/** The JSON Schema of an answer, announced with each interrupt. */
export const ANSWER_RESPONSE_SCHEMA = {
  type: 'object',
  properties: {
    decision: { type: 'string', enum: ['approve', 'reject'] },
    args: {
      type: 'object',
      description: 'Edited arguments: a full replacement of the proposal, not merged.',
    },
  },
  required: ['decision'],
} as const;
