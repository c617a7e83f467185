import type { RequestHandler, Response } from 'express';
import {
  conversationKey,
  readTokenClaims,
  verifyConversationToken,
  type TokenProblem,
} from '../../workflows/conversation-token';
import { HttpError } from '../http-error';

/**
 * Conversation ids as they appear in URLs: the workflow id, `conversation-<account>-<conversation>`
 * for Chatwoot or `conversation-web-<session>` for the widget alone.
 */
export const CONVERSATION_ID_PATTERN = /^conversation-(\d+-\d+|web-[A-Za-z0-9_-]{1,100})$/;

/** The conversation a request was authorized for. */
export interface AuthorizedConversation {
  conversationId: string;
  token: string;
}

/** A usable token for something else is 403; a token that cannot be read is 401. */
const REFUSALS: Record<TokenProblem, { status: number; code: string; message: string }> = {
  malformed: { status: 401, code: 'malformed_token', message: 'The conversation token is malformed.' },
  bad_signature: { status: 403, code: 'invalid_token', message: 'The conversation token is not valid.' },
  wrong_conversation: {
    status: 403,
    code: 'wrong_conversation',
    message: 'The conversation token is for another conversation.',
  },
  expired: {
    status: 403,
    code: 'token_expired',
    message: 'The conversation token has expired; open the latest link from the conversation.',
  },
};

function bearerToken(header: string | undefined): string {
  if (!header) {
    throw new HttpError(
      401,
      'missing_token',
      'Send the conversation token as Authorization: Bearer <token>.',
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new HttpError(401, 'malformed_token', 'Expected Authorization: Bearer <token>.');
  return match[1];
}

/**
 * Express middleware: the request must carry a valid, unexpired token for the conversation, taken
 * from the `:conversationId` route parameter (`from: 'path'`) or, for endpoints without one, from
 * the token's own claims (`from: 'token'`). The authorized conversation is put on `res.locals`.
 */
export function requireConversationToken(options: {
  secret: string | undefined;
  from: 'path' | 'token';
  now?: () => Date;
}): RequestHandler {
  const now = options.now ?? (() => new Date());
  return (req, res, next) => {
    if (!options.secret) {
      throw new HttpError(
        503,
        'tokens_not_configured',
        'Conversation tokens are not configured on this server.',
      );
    }
    const token = bearerToken(req.header('authorization'));
    const claims = readTokenClaims(token);
    if (!claims) throw new HttpError(401, REFUSALS.malformed.code, REFUSALS.malformed.message);
    const conversationId =
      options.from === 'path' ? String(req.params.conversationId ?? '') : claims.conversationId;
    if (!CONVERSATION_ID_PATTERN.test(conversationId)) {
      throw new HttpError(400, 'invalid_conversation_id', `"${conversationId}" is not a conversation id.`);
    }
    // Said before the signature check so the customer learns why; the claims were readable anyway.
    const problem =
      claims.conversationId !== conversationId
        ? 'wrong_conversation'
        : verifyConversationToken(
            conversationKey(options.secret, conversationId),
            token,
            conversationId,
            Math.floor(now().getTime() / 1000),
          );
    if (problem)
      throw new HttpError(REFUSALS[problem].status, REFUSALS[problem].code, REFUSALS[problem].message);
    const authorized: AuthorizedConversation = { conversationId, token };
    res.locals.conversation = authorized;
    next();
  };
}

/** The conversation `requireConversationToken` authorized for this response. */
export function authorizedConversation(res: Response): AuthorizedConversation {
  const authorized = res.locals.conversation as AuthorizedConversation | undefined;
  if (!authorized) throw new Error('requireConversationToken must run before this handler.');
  return authorized;
}
