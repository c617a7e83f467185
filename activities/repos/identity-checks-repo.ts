import type { Kysely, Selectable } from 'kysely';
import type { Database, IdentityChecksTable } from '../../schema/tables';

export type IdentityCheck = Selectable<IdentityChecksTable>;

/** A claim to record: who it matched (null: nobody) and the code's hash (null: none sent). */
export interface NewIdentityCheck {
  conversationId: string;
  messageKey: string;
  claimKind: 'email' | 'order';
  customerId: string | null;
  codeHash: string | null;
  language: string;
  question: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The check a message started, if it started one (a retried turn finds its own). */
export async function checkForMessage(
  db: Kysely<Database>,
  conversationId: string,
  messageKey: string,
): Promise<IdentityCheck | null> {
  const row = await db
    .selectFrom('identity_checks')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('message_key', '=', messageKey)
    .executeTakeFirst();
  return row ?? null;
}

/** The conversation's latest claim: only its code counts, each new claim replacing the one before. */
export async function latestCheck(
  db: Kysely<Database>,
  conversationId: string,
): Promise<IdentityCheck | null> {
  const row = await db
    .selectFrom('identity_checks')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Records a claim; a second call for the same message keeps the first row. */
export async function insertCheck(db: Kysely<Database>, check: NewIdentityCheck): Promise<void> {
  await db
    .insertInto('identity_checks')
    .values({
      conversation_id: check.conversationId,
      message_key: check.messageKey,
      claim_kind: check.claimKind,
      customer_id: check.customerId,
      code_hash: check.codeHash,
      language: check.language,
      question: check.question,
      created_at: check.createdAt,
      expires_at: check.expiresAt,
    })
    .onConflict((oc) => oc.columns(['conversation_id', 'message_key']).doNothing())
    .execute();
}

/** Counts a typed code against the check; returns the attempts made so far. */
export async function countAttempt(db: Kysely<Database>, checkId: number): Promise<number> {
  const row = await db
    .updateTable('identity_checks')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', checkId)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

export async function markVerified(db: Kysely<Database>, checkId: number, at: Date): Promise<void> {
  await db
    .updateTable('identity_checks')
    .set({ verified_at: at })
    .where('id', '=', checkId)
    .where('verified_at', 'is', null)
    .execute();
}

/** Claims a conversation made since `since`, whether or not they matched an account. */
export async function claimsSince(
  db: Kysely<Database>,
  conversationId: string,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('identity_checks')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('conversation_id', '=', conversationId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Codes sent to one customer since `since`, from any conversation. */
export async function codesSentSince(db: Kysely<Database>, customerId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('identity_checks')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('customer_id', '=', customerId)
    .where('created_at', '>=', since)
    .where('code_hash', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
