/** The conversation a page is for: `?conversation=<conversationId>&token=<token>` (the form-link contract). */
export interface SessionParams {
  conversationId: string;
  token: string;
}

/** Reads the session from a query string; null when either part is missing. */
export function sessionFromQuery(search: string): SessionParams | null {
  const query = new URLSearchParams(search);
  const conversationId = query.get('conversation');
  const token = query.get('token');
  return conversationId && token ? { conversationId, token } : null;
}

/** Puts the session in the address bar, so a reload (or a bookmark) reopens the same conversation. */
export function rememberSession(session: SessionParams): void {
  const query = new URLSearchParams({ conversation: session.conversationId, token: session.token });
  window.history.replaceState(null, '', `${window.location.pathname}?${query.toString()}`);
}
