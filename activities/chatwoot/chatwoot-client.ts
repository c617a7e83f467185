import { z } from 'zod';
import type { AssignTarget, ChatwootClient, CreateMessageInput } from './chatwoot-api-types';
import { labelsSchema, listSchema, messageSchema, toggleStatusSchema } from './chatwoot-api-types';
import { errorForFailure, errorForStatus } from './chatwoot-errors';

export type * from './chatwoot-api-types';

export interface ChatwootClientOptions {
  baseUrl: string;
  /** A user's or an agent bot's `api_access_token` (a bot may not list messages or set labels). */
  apiToken: string;
  fetch?: typeof fetch;
  /** Per request; a timed-out call may still have happened on Chatwoot's side. Default 10 s. */
  timeoutMs?: number;
}

/** Creates a client for one Chatwoot installation and token. */
export function createChatwootClient(options: ChatwootClientOptions): ChatwootClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
  ): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: {
          api_access_token: options.apiToken,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw errorForFailure(timedOut ? 'timeout' : 'network', method, path, error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw errorForFailure('network', method, path, error, response.status);
    }
    if (!response.ok) throw errorForStatus(response.status, text, method, path);
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success)
      throw errorForFailure(
        'bad_response',
        method,
        path,
        new Error(z.prettifyError(parsed.error)),
        response.status,
      );
    return parsed.data;
  }

  const conversationPath = (accountId: number, conversationId: number, suffix: string): string =>
    `/api/v1/accounts/${positiveInt(accountId, 'accountId')}/conversations/${positiveInt(conversationId, 'conversationId')}/${suffix}`;

  const client: ChatwootClient = {
    createMessage: (accountId, conversationId, input) =>
      call(
        'POST',
        conversationPath(accountId, conversationId, 'messages'),
        messageBody(input),
        messageSchema,
      ),

    toggleStatus: async (accountId, conversationId, status, snoozedUntil) => {
      const body = snoozedUntil === undefined ? { status } : { status, snoozed_until: snoozedUntil };
      const result = await call(
        'POST',
        conversationPath(accountId, conversationId, 'toggle_status'),
        body,
        toggleStatusSchema,
      );
      return result.payload;
    },

    assign: (accountId, conversationId, target) =>
      call(
        'POST',
        conversationPath(accountId, conversationId, 'assignments'),
        assignBody(target),
        z.unknown(),
      ),

    setLabels: async (accountId, conversationId, labels) => {
      const result = await call(
        'POST',
        conversationPath(accountId, conversationId, 'labels'),
        { labels },
        labelsSchema,
      );
      return result.payload;
    },

    addLabels: (accountId, conversationId, current, labels) =>
      client.setLabels(accountId, conversationId, [...new Set([...current, ...labels])]),

    updateContact: (accountId, contactId, input) =>
      call(
        'PUT',
        `/api/v1/accounts/${positiveInt(accountId, 'accountId')}/contacts/${positiveInt(contactId, 'contactId')}`,
        {
          ...(input.email !== undefined ? { email: input.email } : {}),
          ...(input.identifier !== undefined ? { identifier: input.identifier } : {}),
          ...(input.customAttributes !== undefined ? { custom_attributes: input.customAttributes } : {}),
        },
        z.unknown(),
      ),

    listMessages: (accountId, conversationId, page = {}) => {
      const query = new URLSearchParams();
      if (page.before !== undefined) query.set('before', String(positiveInt(page.before, 'before')));
      if (page.after !== undefined) query.set('after', String(positiveInt(page.after, 'after')));
      const search = query.size ? `?${query.toString()}` : '';
      return call(
        'GET',
        `${conversationPath(accountId, conversationId, 'messages')}${search}`,
        undefined,
        listSchema,
      );
    },
  };
  return client;
}

/** The create-message body, in the field order of Chatwoot's examples. */
function messageBody(input: CreateMessageInput): Record<string, unknown> {
  return {
    content: input.content,
    message_type: 'outgoing',
    private: input.private ?? false,
    ...(input.contentType === undefined ? {} : { content_type: input.contentType }),
    ...(input.contentAttributes === undefined ? {} : { content_attributes: input.contentAttributes }),
    ...(input.echoId === undefined ? {} : { echo_id: input.echoId }),
  };
}

function assignBody(target: AssignTarget): Record<string, unknown> {
  if ('agentBotId' in target) return { assignee_id: target.agentBotId, assignee_type: 'AgentBot' };
  if ('teamId' in target) return { team_id: target.teamId };
  return { assignee_id: target.assigneeId };
}

/** Ids go into URL paths, so anything but a positive integer is a programming error. */
function positiveInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new TypeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
