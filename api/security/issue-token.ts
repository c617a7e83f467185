import { formLinkPath, issueConversationToken } from '../../workflows/conversation-token';

/** When a token issued at `now` for `ttlSeconds` expires, in Unix seconds. */
export function formTokenExpiry(now: Date, ttlSeconds: number): number {
  return Math.floor(now.getTime() / 1000) + ttlSeconds;
}

/**
 * Issues a conversation token valid for `ttlSeconds` from `now`: what the widget and every form
 * link carry.
 */
export function issueFormToken(input: {
  secret: string;
  conversationId: string;
  ttlSeconds: number;
  now: Date;
}): string {
  const expiresAt = formTokenExpiry(input.now, input.ttlSeconds);
  return issueConversationToken(input.secret, { conversationId: input.conversationId, expiresAt });
}

/** The form link in a reply: `<PUBLIC_URL>/widget/?conversation=<conversationId>&token=<token>`. */
export function formLink(publicUrl: string, conversationId: string, token: string): string {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return new URL(`${formLinkPath(conversationId)}${encodeURIComponent(token)}`, base).toString();
}
