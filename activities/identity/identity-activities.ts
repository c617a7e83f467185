/**
 * Verifying a sender whose address is no customer's. They name the account (an email address or
 * an order number); the account's own email address gets a one-time code; typing the code back ties
 * the conversation to the account. Whether anything matched is never said: the reply to a claim is
 * the same either way, and a wrong code reads the same as a code that was never sent.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import {
  VERIFICATION_CODE,
  type IdentifySenderInput,
  type IdentifySenderResult,
} from '../../workflows/identity-claim';
import type { CommerceAdapter } from '../commerce/commerce-adapter';
import type { CustomerProfile } from '../commerce/types';
import { detectLanguage } from '../offline/router/detect-language';
import { extractIdentifiers } from '../offline/router/extract-identifiers';
import type { RouterLanguage } from '../offline/router/types';
import { markConversationVerified } from '../repos/conversations-repo';
import {
  checkForMessage,
  claimsSince,
  codesSentSince,
  countAttempt,
  insertCheck,
  latestCheck,
  markVerified,
  type IdentityCheck,
} from '../repos/identity-checks-repo';
import { mailByKey, markMailFailed, markMailSent, queueMail } from '../repos/mail-outbox-repo';
import { previousCustomerMessage } from '../repos/messages-repo';
import { lastRoutedLanguage } from '../repos/router-outputs-repo';
import { CODE_ATTEMPTS, CODE_TTL_MINUTES, identityText, type IdentityText } from './identity-text';
import type { Mailer } from './mailer';
import { codeMatches, hashVerificationCode, newVerificationCode } from './verification-code';

export interface IdentityActivityDeps {
  db: Kysely<Database>;
  commerce: CommerceAdapter;
  mailer: Mailer;
  /** Keys the codes' hashes (the conversation-token secret). */
  secret: string;
  now?: () => Date;
}

/** Claims one conversation may make in an hour, and codes one customer may be sent in an hour. */
const CLAIMS_PER_HOUR = 3;
const CODES_PER_CUSTOMER_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;
/** A claim with at least this many words besides the identifiers is itself the request to answer. */
const QUESTION_WORDS = 4;

/** A reply that ends the turn, in the language of `t`; `mailKey`: the email to send first. */
function replyOf(t: IdentityText, text: string, mailKey: string | null = null): IdentifySenderResult {
  return { kind: 'reply', text, mailKey, mailFailedText: t.mailFailed };
}

/** The identity activities; see the module comment. */
export function createIdentityActivities(deps: IdentityActivityDeps) {
  const { db, commerce } = deps;
  const now = deps.now ?? (() => new Date());

  async function claimedCustomer(
    claim: { kind: 'email'; value: string } | { kind: 'order'; value: string },
  ): Promise<CustomerProfile | null> {
    if (claim.kind === 'email') return commerce.findCustomerByEmail(claim.value);
    const order = await commerce.getOrder(claim.value);
    return order ? commerce.getCustomer(order.customerId) : null;
  }

  /**
   * The request that waits for the account: the claim's own words when, without the identifiers
   * (`rest`), they still ask something, else what the customer asked before.
   */
  async function waitingQuestion(input: IdentifySenderInput, rest: string): Promise<string | null> {
    const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
    if (words.length >= QUESTION_WORDS) return input.text;
    const earlier = await latestCheck(db, input.conversationId);
    if (earlier && !earlier.verified_at) return earlier.question;
    return previousCustomerMessage(db, input.conversationId);
  }

  async function answerCode(check: IdentityCheck, code: string, at: Date): Promise<IdentifySenderResult> {
    const t = identityText(check.language);
    const reply = (text: string): IdentifySenderResult => replyOf(t, text);
    const matches =
      check.code_hash !== null && codeMatches(deps.secret, check.conversation_id, code, check.code_hash);
    // A retried turn finds its own verification done.
    if (matches && check.verified_at) return verified(check);
    if (check.verified_at) return reply(t.codeExpired);
    if (check.expires_at.getTime() < at.getTime()) return reply(t.codeExpired);
    if (check.attempts >= CODE_ATTEMPTS) return reply(t.codeLocked);
    const attempts = await countAttempt(db, check.id);
    if (!matches)
      return reply(
        attempts >= CODE_ATTEMPTS ? t.codeLocked : t.codeWrong({ left: CODE_ATTEMPTS - attempts }),
      );
    await markVerified(db, check.id, at);
    return verified(check);
  }

  async function verified(check: IdentityCheck): Promise<IdentifySenderResult> {
    const customer = check.customer_id ? await commerce.getCustomer(check.customer_id) : null;
    // The hash matched, so a code was sent to this customer; the account cannot have vanished since.
    if (!customer) throw new Error(`identity check ${check.id}: customer ${check.customer_id} not found`);
    await markConversationVerified(db, check.conversation_id, {
      email: customer.email,
      customerId: customer.id,
    });
    const t = identityText(check.language);
    return {
      kind: 'verified',
      email: customer.email,
      customerId: customer.id,
      question: check.question,
      text: check.question ? t.verified : t.verifiedAsk,
    };
  }

  return {
    /**
     * Reads a message of a conversation that speaks for no account yet: a known sender, a claim to
     * an account (which sends a code to the account's address), a code typed back, or none of these.
     */
    async identifySender(input: IdentifySenderInput): Promise<IdentifySenderResult> {
      const sender = input.senderEmail?.trim().toLowerCase() || null;
      if (sender && (await commerce.findCustomerByEmail(sender))) return { kind: 'known' };
      const at = now();
      const found = extractIdentifiers(input.text);
      const emails = found.emails.filter((email) => email !== sender);
      const code =
        emails.length === 0 && found.orderIds.length === 0 ? input.text.match(VERIFICATION_CODE) : null;
      if (code) {
        const check = await latestCheck(db, input.conversationId);
        if (check) return answerCode(check, `${code[1]}${code[2]}`, at);
      }
      const claim =
        emails.length > 0
          ? ({ kind: 'email', value: emails[0]! } as const)
          : found.orderIds.length > 0
            ? ({ kind: 'order', value: found.orderIds[0]! } as const)
            : null;
      if (!claim) return { kind: 'none' };

      const mailKey = `identity:${input.conversationId}:${input.messageKey}`;
      const own = await checkForMessage(db, input.conversationId, input.messageKey);
      if (own) {
        const mail = own.code_hash ? await mailByKey(db, mailKey) : null;
        const unsent = mail?.status === 'pending' || mail?.status === 'failed';
        const t = identityText(own.language);
        return replyOf(t, t.codeSent, unsent ? mailKey : null);
      }

      // The message without the identifiers: its language, and whether it asks something itself.
      const rest = [...emails, ...found.orderIds].reduce((text, id) => text.split(id).join(' '), input.text);
      const previous = await lastRoutedLanguage(db, input.conversationId);
      const language: RouterLanguage = detectLanguage(rest, () => (previous ?? 'en') as RouterLanguage);
      const t = identityText(language);
      const since = new Date(at.getTime() - HOUR_MS);
      if ((await claimsSince(db, input.conversationId, since)) >= CLAIMS_PER_HOUR)
        return replyOf(t, t.tooManyCodes);

      const customer = await claimedCustomer(claim);
      // Past the customer's hourly limit, the claim is recorded and answered as usual, but no
      // code leaves: a stranger cannot flood an account holder's inbox by naming their orders.
      const mayMail =
        customer !== null && (await codesSentSince(db, customer.id, since)) < CODES_PER_CUSTOMER_PER_HOUR;
      const code6 = mayMail ? newVerificationCode() : null;
      const question = await waitingQuestion(input, rest);
      await db.transaction().execute(async (trx) => {
        await insertCheck(trx, {
          conversationId: input.conversationId,
          messageKey: input.messageKey,
          claimKind: claim.kind,
          customerId: customer?.id ?? null,
          codeHash: code6 ? hashVerificationCode(deps.secret, input.conversationId, code6) : null,
          language,
          question,
          createdAt: at,
          expiresAt: new Date(at.getTime() + CODE_TTL_MINUTES * 60_000),
        });
        if (customer && code6) {
          const mail = identityText(customer.preferredLanguage);
          await queueMail(trx, {
            idempotencyKey: mailKey,
            conversationId: input.conversationId,
            to: customer.email,
            subject: mail.mailSubject,
            body: mail.mailBody({ code: code6 }),
            status: deps.mailer.delivers ? 'pending' : 'local',
          });
        }
      });
      return replyOf(t, t.codeSent, code6 && deps.mailer.delivers ? mailKey : null);
    },

    /**
     * Sends one queued email through the mailer, once: a sent or local row is left alone. The sent
     * row keeps its text with the code blanked out. A failure is recorded and thrown, for a retry.
     */
    async sendMail(input: { mailKey: string }): Promise<{ status: 'sent' | 'local' | 'missing' }> {
      const mail = await mailByKey(db, input.mailKey);
      if (!mail) return { status: 'missing' };
      if (mail.status === 'sent' || mail.status === 'local') return { status: mail.status };
      try {
        await deps.mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
      } catch (error) {
        await markMailFailed(db, input.mailKey, error instanceof Error ? error.message : String(error));
        throw error;
      }
      await markMailSent(db, input.mailKey, mail.body.replace(/\d{6}/g, '••••••'));
      return { status: 'sent' };
    },
  };
}
