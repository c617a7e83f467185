import {
  conversationKey,
  verifyConversationToken,
  type TokenProblem,
} from '../../workflows/conversation-token';
import { HttpError } from '../http-error';

/** A refused token's answer: unusable tokens are 401, a token for something else is 403. */
const REFUSALS: Record<TokenProblem, { status: number; message: string }> = {
  malformed: { status: 401, message: 'The conversation token is malformed.' },
  bad_signature: { status: 403, message: 'The conversation token is not valid.' },
  wrong_conversation: { status: 403, message: 'The token is for another conversation.' },
  expired: { status: 401, message: 'The conversation token has expired; open the latest link.' },
};

/**
 * Checks that `token` grants access to conversation `threadId` at `nowSeconds`, with the same
 * pure check the workflow's update validator runs. Throws the HTTP refusal before anything streams.
 */
export function authorizeRun(
  secret: string,
  token: string | null,
  threadId: string,
  nowSeconds: number,
): string {
  if (!token) {
    throw new HttpError(
      401,
      'missing_token',
      'A conversation token is required (Authorization: Bearer <token>, or forwardedProps.token).',
    );
  }
  const problem = verifyConversationToken(conversationKey(secret, threadId), token, threadId, nowSeconds);
  if (problem) throw new HttpError(REFUSALS[problem].status, `token_${problem}`, REFUSALS[problem].message);
  return token;
}
