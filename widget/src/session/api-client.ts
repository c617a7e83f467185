import type { SessionParams } from './session-params';

/** An API refusal, with the `{error:{code,message}}` the API answers with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A failure as the server described it; the view words it in the widget's language. */
export interface Failure {
  code: string | null;
  message: string;
}

/**
 * A thrown failure with the server's code when it gave one: an API refusal, an AG-UI HTTP refusal
 * (`HTTP 4xx: {"error":{code, message}}` as the agent's payload), or anything else.
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  const payload = (error as { payload?: { error?: { code?: string; message?: string } } }).payload;
  if (payload?.error?.message) return { code: payload.error.code ?? null, message: payload.error.message };
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}

async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  return new ApiError(
    response.status,
    body?.error?.code ?? `http_${response.status}`,
    body?.error?.message ?? `The server answered ${response.status}.`,
  );
}

const authorized = (session: SessionParams): Record<string, string> => ({
  Authorization: `Bearer ${session.token}`,
});

/** Starts a web conversation (`POST /api/widget/sessions`). */
export async function createSession(email: string, name: string | undefined): Promise<SessionParams> {
  const response = await fetch('/api/widget/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, ...(name ? { name } : {}) }),
  });
  if (!response.ok) throw await refusal(response);
  const body = (await response.json()) as { conversationId: string; token: string };
  return { conversationId: body.conversationId, token: body.token };
}

/**
 * One thing to fix in an address, on the field it belongs to (`address` for the whole): its code
 * (`required`, `invalid`, `missing`, `unconfirmed`, `unknown_part`, `unverified`), the text it is
 * about, and the server's English sentence.
 */
export interface AddressProblem {
  field: string;
  code?: string;
  value?: string;
  message: string;
}

/** The address check's verdict (`POST /api/address/validate`). */
export interface AddressCheck {
  valid: boolean;
  /** The normalized address (the provider's spelling when it corrected it); null when invalid. */
  address: Record<string, string> | null;
  problems: AddressProblem[];
  /** The provider changed or could not confirm parts: the customer should see the result first. */
  needsConfirmation: boolean;
}

/** Checks an address with the validation provider before the form is sent. */
export async function validateAddress(
  session: SessionParams,
  address: Record<string, string | undefined>,
): Promise<AddressCheck> {
  const response = await fetch('/api/address/validate', {
    method: 'POST',
    headers: { ...authorized(session), 'Content-Type': 'application/json' },
    body: JSON.stringify(address),
  });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as AddressCheck;
}

/** Uploads one photo for a damage claim; returns the key the claim refers to. */
export async function uploadPhoto(session: SessionParams, file: File): Promise<string> {
  const response = await fetch(`/api/conversations/${encodeURIComponent(session.conversationId)}/uploads`, {
    method: 'POST',
    headers: {
      ...authorized(session),
      'Content-Type': file.type || 'application/octet-stream',
    },
    body: file,
  });
  if (!response.ok) throw await refusal(response);
  const body = (await response.json()) as { key: string };
  return body.key;
}
