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

/**
 * How every endpoint that takes a conversation token (REST and AG-UI) refuses one. 401: the token
 * cannot be used as it is and the client should get a fresh one (unreadable, expired). 403: the
 * token is refused for this conversation (forged, or for another one), as the workflow's own check
 * refuses a confirmation.
 */
const TOKEN_REFUSALS: Record<TokenProblem, { status: 401 | 403; code: string; message: string }> = {
  malformed: { status: 401, code: 'malformed_token', message: 'The conversation token is malformed.' },
  bad_signature: { status: 403, code: 'invalid_token', message: 'The conversation token is not valid.' },
  wrong_conversation: {
    status: 403,
    code: 'wrong_conversation',
    message: 'The conversation token is for another conversation.',
  },
  expired: {
    status: 401,
    code: 'token_expired',
    message: 'The conversation token has expired; open the latest link from the conversation.',
  },
};

/**
 * What is wrong with `token` for `conversationId` at `nowSeconds`, or null when it is good: the one
 * check behind the REST endpoints and the AG-UI run endpoint.
 */
export function conversationTokenProblem(
  secret: string,
  token: string,
  conversationId: string,
  nowSeconds: number,
): TokenProblem | null {
  const claims = readTokenClaims(token);
  // Said before the signature check so the customer learns why; the claims are readable anyway.
  if (claims && claims.conversationId !== conversationId) return 'wrong_conversation';
  return verifyConversationToken(conversationKey(secret, conversationId), token, conversationId, nowSeconds);
}

/** The refusal for a token with `problem`. */
export function tokenRefusal(problem: TokenProblem): HttpError {
  const { status, code, message } = TOKEN_REFUSALS[problem];
  return new HttpError(status, code, message);
}

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
    if (!claims) throw tokenRefusal('malformed');
    const conversationId =
      options.from === 'path' ? String(req.params.conversationId ?? '') : claims.conversationId;
    if (!CONVERSATION_ID_PATTERN.test(conversationId)) {
      throw new HttpError(400, 'invalid_conversation_id', `"${conversationId}" is not a conversation id.`);
    }
    const problem = conversationTokenProblem(
      options.secret,
      token,
      conversationId,
      Math.floor(now().getTime() / 1000),
    );
    if (problem) throw tokenRefusal(problem);
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
