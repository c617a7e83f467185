import { HttpError } from '../http-error';
import { conversationTokenProblem, tokenRefusal } from '../security/conversation-auth';

/**
 * Checks that `token` grants access to conversation `threadId` at `nowSeconds`, as the REST
 * endpoints do, and throws their refusal before anything streams.
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
  const problem = conversationTokenProblem(secret, token, threadId, nowSeconds);
  if (problem) throw tokenRefusal(problem);
  return token;
}
