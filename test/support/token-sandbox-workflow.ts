import { verifyConversationToken, type TokenProblem } from '../../workflows/conversation-token';

/**
 * Runs the token check inside the workflow sandbox, where the conversation workflow's
 * `confirmAction` validator runs it: the sandbox lacks some Node globals the API has.
 */
export async function tokenSandboxWorkflow(input: {
  key: string;
  token: string;
  conversationId: string;
  nowSeconds: number;
}): Promise<TokenProblem | null | string> {
  try {
    return verifyConversationToken(input.key, input.token, input.conversationId, input.nowSeconds);
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}
