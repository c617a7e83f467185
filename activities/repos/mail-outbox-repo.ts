import type { Kysely, Selectable } from 'kysely';
import type { Database, MailOutboxTable } from '../../schema/tables';

export type OutboxMail = Selectable<MailOutboxTable>;

/** An email to send once: a retry with the same key finds the row already there. */
export interface NewOutboxMail {
  idempotencyKey: string;
  conversationId: string | null;
  to: string;
  subject: string;
  body: string;
  /** `local` when no SMTP server is configured: the row is the mailbox. */
  status: 'pending' | 'local';
}

export async function queueMail(db: Kysely<Database>, mail: NewOutboxMail): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({
      idempotency_key: mail.idempotencyKey,
      conversation_id: mail.conversationId,
      to_address: mail.to.toLowerCase(),
      subject: mail.subject,
      body: mail.body,
      status: mail.status,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

export async function mailByKey(db: Kysely<Database>, idempotencyKey: string): Promise<OutboxMail | null> {
  const row = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  return row ?? null;
}

/** Marks a mail sent, keeping `body` (the sent text with its secret blanked out). */
export async function markMailSent(
  db: Kysely<Database>,
  idempotencyKey: string,
  body: string,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', body, error: null, sent_at: new Date() })
    .where('idempotency_key', '=', idempotencyKey)
    .execute();
}

export async function markMailFailed(
  db: Kysely<Database>,
  idempotencyKey: string,
  error: string,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'failed', error })
    .where('idempotency_key', '=', idempotencyKey)
    .where('status', '!=', 'sent')
    .execute();
}

/** The newest mails, optionally to one address. */
export async function listMail(
  db: Kysely<Database>,
  query: { to?: string | undefined; limit: number },
): Promise<OutboxMail[]> {
  let select = db.selectFrom('mail_outbox').selectAll().orderBy('id', 'desc').limit(query.limit);
  if (query.to) select = select.where('to_address', '=', query.to.toLowerCase());
  return select.execute();
}
