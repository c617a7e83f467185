import { RunAgentInputSchema, type RunAgentInput, type UserMessage } from '@ag-ui/core';
import { HttpError } from '../http-error';
import { answersOf, type ActionAnswer } from './action-answers';

/** The longest customer message the widget may send (characters). */
export const MAX_MESSAGE_LENGTH = 4000;

/** What a run asks for, decided from its input before anything is streamed. */
export type RunIntent =
  | { kind: 'message'; messageId: string; content: string }
  | { kind: 'answer'; answers: ActionAnswer[] }
  | { kind: 'load' };

/** Validates the body with `@ag-ui/core`'s own schema; a bad shape is a 400 naming each problem. */
export function parseRunInput(body: unknown): RunAgentInput {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw new HttpError(
      400,
      'invalid_run_input',
      'Expected a JSON RunAgentInput body (Content-Type: application/json).',
    );
  }
  const parsed = RunAgentInputSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new HttpError(400, 'invalid_run_input', `Not a valid RunAgentInput: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

/** The conversation token: `Authorization: Bearer <token>`, else `forwardedProps.token`. */
export function tokenOf(authorization: string | undefined, input: RunAgentInput): string | null {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  const props = input.forwardedProps as { token?: unknown } | undefined;
  return typeof props?.token === 'string' && props.token.length > 0 ? props.token : null;
}

function textOf(message: UserMessage): string {
  if (typeof message.content === 'string') return message.content;
  // Multimodal parts: the workflow takes text; photos go through the upload endpoint instead.
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

/**
 * Reads the run's intent: an answer to pending actions, a new customer message (the last message,
 * when it is the customer's), or a plain (re)load.
 */
export function intentOf(input: RunAgentInput): RunIntent {
  const answers = answersOf(input);
  if (answers) return { kind: 'answer', answers };
  const last = input.messages.at(-1);
  if (last?.role !== 'user') return { kind: 'load' };
  const content = textOf(last).trim();
  if (content.length === 0) throw new HttpError(422, 'empty_message', 'The message has no text.');
  if (content.length > MAX_MESSAGE_LENGTH) {
    throw new HttpError(
      422,
      'message_too_long',
      `A message may have at most ${MAX_MESSAGE_LENGTH} characters (this one has ${content.length}).`,
    );
  }
  return { kind: 'message', messageId: last.id, content };
}
