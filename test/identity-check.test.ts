import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createPostgresCommerce } from '../activities/commerce/postgres-commerce';
import { createIdentityActivities } from '../activities/identity/identity-activities';
import { identityText } from '../activities/identity/identity-text';
import { LOCAL_MAILER, smtpMailer, type Mailer } from '../activities/identity/mailer';
import type { IdentifySenderResult } from '../workflows/identity-claim';
import { createTestDatabase, type TestDatabase } from './support/test-db';

/**
 * A sender whose address is no customer's proves the account they name with a code emailed to
 * it, against the real PostgreSQL and, for SMTP, a real SMTP server on a local port.
 */

const SECRET = 'identity-test-secret';
const STRANGER = 'stranger@example.com';
const SARAH = 'sarah.mitchell@example.com';
const en = identityText('en');

let testDb: TestDatabase;
let clock = new Date('2026-11-23T10:00:00Z');
let nextConversation = 1;
let nextMessage = 1;

before(async () => {
  testDb = await createTestDatabase({ seed: true });
});
after(async () => {
  await testDb?.destroy();
});
// Each test starts two hours later, clear of the hourly limits the tests before it used up.
beforeEach(() => {
  clock = new Date(clock.getTime() + 2 * 60 * 60_000);
});

function activities(mailer: Mailer = LOCAL_MAILER) {
  return createIdentityActivities({
    db: testDb.db,
    commerce: createPostgresCommerce(testDb.db),
    mailer,
    secret: SECRET,
    now: () => clock,
  });
}

/** A conversation row, with the customer's earlier messages when given. */
async function conversation(earlier: string[] = [], language?: string): Promise<string> {
  const id = `conversation-identity-${nextConversation++}`;
  await testDb.db
    .insertInto('conversations')
    .values({
      id,
      account_id: 1,
      chatwoot_conversation_id: null,
      channel: 'chatwoot',
      customer_email: STRANGER,
    })
    .execute();
  for (const content of earlier) await customerSays(id, content);
  if (language) {
    await testDb.db
      .insertInto('router_outputs')
      .values({ conversation_id: id, category: 'other', sentiment: 'neutral', language, confidence: 0.9 })
      .execute();
  }
  return id;
}

async function customerSays(conversationId: string, content: string): Promise<void> {
  await testDb.db
    .insertInto('messages')
    .values({ conversation_id: conversationId, direction: 'incoming', author: 'customer', content })
    .execute();
}

/** The customer writes `text` (recorded first, as a turn does) and the identity step reads it. */
async function say(
  conversationId: string,
  text: string,
  options: { mailer?: Mailer; sender?: string | null; messageKey?: string } = {},
): Promise<IdentifySenderResult> {
  await customerSays(conversationId, text);
  return activities(options.mailer).identifySender({
    conversationId,
    messageKey: options.messageKey ?? `m${nextMessage++}`,
    senderEmail: options.sender === undefined ? STRANGER : options.sender,
    text,
  });
}

async function mailTo(conversationId: string) {
  return testDb.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute();
}

async function codeSentIn(conversationId: string): Promise<string> {
  const [mail] = (await mailTo(conversationId)).slice(-1);
  const code = mail?.body.match(/\b(\d{6})\b/)?.[1];
  assert.ok(code, 'a code was emailed');
  return code;
}

function replyText(result: IdentifySenderResult): string {
  assert.equal(result.kind, 'reply', JSON.stringify(result));
  return result.kind === 'reply' ? result.text : '';
}

describe('a claim to an account', () => {
  test("names Sarah's address: the code goes to her, hashed in the check; the reply reads as for an address nobody has", async () => {
    const claimed = await conversation();
    const reply = replyText(await say(claimed, `It's under ${SARAH}`));
    const [mail] = await mailTo(claimed);
    assert.equal(mail?.to_address, SARAH);
    assert.equal(mail?.status, 'local');
    assert.equal(mail?.subject, en.mailSubject);
    const code = await codeSentIn(claimed);
    const check = await testDb.db
      .selectFrom('identity_checks')
      .selectAll()
      .where('conversation_id', '=', claimed)
      .executeTakeFirstOrThrow();
    assert.equal(check.customer_id, 'cus_1001');
    assert.equal(check.claim_kind, 'email');
    assert.ok(check.code_hash && !check.code_hash.includes(code), 'only a hash of the code is stored');

    const nobody = await conversation();
    assert.equal(replyText(await say(nobody, "It's under nobody.here@example.com")), reply);
    assert.deepEqual(await mailTo(nobody), []);
    assert.match(reply, /If that matches an account, I've just sent a 6-digit code/);
  });

  test("an order number names its account: the code goes to the account's address, never to the sender's", async () => {
    const id = await conversation();
    replyText(await say(id, 'my order number is ord_59228'));
    const [mail] = await mailTo(id);
    assert.equal(mail?.to_address, 'james.whitfield@example.net');
  });

  test('the address the sender writes from is a customer: known, and nothing is sent', async () => {
    const id = await conversation();
    assert.deepEqual(await say(id, `Please check ${SARAH}`, { sender: SARAH }), { kind: 'known' });
    assert.deepEqual(await say(id, 'Where is my box? 123456'), { kind: 'none' });
    assert.deepEqual(await mailTo(id), []);
  });

  test('a retried turn finds its own claim: the same reply, and no second code', async () => {
    const id = await conversation();
    const first = await say(id, SARAH, { messageKey: 'retried' });
    const again = await activities().identifySender({
      conversationId: id,
      messageKey: 'retried',
      senderEmail: STRANGER,
      text: SARAH,
    });
    assert.deepEqual(again, first);
    assert.equal((await mailTo(id)).length, 1);
  });

  test("a Hebrew conversation's bare address is answered in Hebrew, and Sarah's email is in English", async () => {
    const id = await conversation([], 'he');
    const reply = replyText(await say(id, SARAH));
    assert.equal(reply, identityText('he').codeSent);
    assert.equal((await mailTo(id))[0]?.subject, en.mailSubject);
  });
});

describe('the code typed back', () => {
  test('verifies the conversation for the account and brings back the request that waited for it', async () => {
    const id = await conversation(['Where is my December box? It has not arrived.']);
    replyText(await say(id, `my email is ${SARAH}`));
    const code = await codeSentIn(id);
    const result = await say(id, `${code.slice(0, 3)} ${code.slice(3)}`);
    assert.deepEqual(result, {
      kind: 'verified',
      email: SARAH,
      customerId: 'cus_1001',
      question: 'Where is my December box? It has not arrived.',
      text: en.verified,
    });
    const row = await testDb.db
      .selectFrom('conversations')
      .select(['verified_email', 'customer_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { verified_email: SARAH, customer_id: 'cus_1001' });
    // A retried turn with the same code is verified again, not refused.
    assert.equal((await say(id, code)).kind, 'verified');
  });

  test('a claim that carries its own request keeps it; one with no request before it asks how to help', async () => {
    const asking = await conversation();
    const request = `I'm ${SARAH} and I want to know where my box is`;
    replyText(await say(asking, request));
    const answered = await say(asking, await codeSentIn(asking));
    assert.equal(answered.kind === 'verified' && answered.question, request);

    const bare = await conversation();
    replyText(await say(bare, SARAH));
    const verified = await say(bare, await codeSentIn(bare));
    assert.equal(verified.kind === 'verified' && verified.text, en.verifiedAsk);
    assert.equal(verified.kind === 'verified' && verified.question, null);
  });

  test('a wrong code counts down and reads the same whether or not a code was sent; the fifth locks it', async () => {
    const id = await conversation();
    replyText(await say(id, SARAH));
    const code = await codeSentIn(id);
    const wrong = code === '000000' ? '111111' : '000000';
    assert.equal(replyText(await say(id, wrong)), en.codeWrong({ left: 4 }));
    assert.match(en.codeWrong({ left: 4 }), /4 tries left/);
    for (const left of [3, 2, 1]) assert.equal(replyText(await say(id, wrong)), en.codeWrong({ left }));
    assert.equal(replyText(await say(id, wrong)), en.codeLocked);
    assert.equal(replyText(await say(id, code)), en.codeLocked, 'the right code no longer counts');

    const nobody = await conversation();
    replyText(await say(nobody, 'nobody.here@example.com'));
    assert.equal(replyText(await say(nobody, '123456')), en.codeWrong({ left: 4 }));
  });

  test('a code is valid for 15 minutes; a new claim replaces the code before it', async () => {
    const id = await conversation();
    replyText(await say(id, SARAH));
    const first = await codeSentIn(id);
    clock = new Date(clock.getTime() + 16 * 60_000);
    assert.equal(replyText(await say(id, first)), en.codeExpired);

    replyText(await say(id, SARAH));
    const second = await codeSentIn(id);
    assert.notEqual(second, first);
    if (first !== second) assert.notEqual((await say(id, first)).kind, 'verified');
    assert.equal((await say(id, second)).kind, 'verified');
  });

  test('a conversation makes at most 3 claims an hour; past 3 codes an hour a customer is sent none, silently', async () => {
    const id = await conversation();
    for (let i = 0; i < 3; i += 1)
      assert.equal(replyText(await say(id, 'nobody.here@example.com')), en.codeSent);
    assert.equal(replyText(await say(id, SARAH)), en.tooManyCodes);

    // Rachel's account, named in four conversations within the hour: the fourth sends nothing.
    const rachel = 'rachel.goldberg@example.com';
    const named: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const other = await conversation();
      assert.equal(replyText(await say(other, rachel)), en.codeSent);
      named.push(other);
    }
    const sent = await Promise.all(named.map(async (other) => (await mailTo(other)).length));
    assert.deepEqual(sent, [1, 1, 1, 0]);
  });
});

describe('emailing the code over SMTP', () => {
  test('the code leaves through a real SMTP server; the stored copy has it blanked; a dead server fails the send for a retry', async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Lev Haolam Support <support@levhaolam.example>');
    try {
      const id = await conversation();
      const result = await say(id, SARAH, { mailer });
      assert.equal(result.kind === 'reply' && result.mailKey, `identity:${id}:m${nextMessage - 1}`);
      const [queued] = await mailTo(id);
      assert.equal(queued?.status, 'pending');
      const code = queued?.body.match(/\b(\d{6})\b/)?.[1];
      assert.ok(code);

      const mailKey = result.kind === 'reply' ? result.mailKey! : '';
      assert.deepEqual(await activities(mailer).sendMail({ mailKey }), { status: 'sent' });
      assert.deepEqual(await activities(mailer).sendMail({ mailKey }), { status: 'sent' }, 'sent once');
      assert.equal(received.length, 1);
      assert.deepEqual(received[0]?.to, [SARAH]);
      assert.match(received[0]?.data ?? '', /Subject: Your Lev Haolam verification code/);
      assert.match(received[0]?.data ?? '', new RegExp(`Your verification code is ${code}`));
      const [sent] = await mailTo(id);
      assert.equal(sent?.status, 'sent');
      assert.ok(sent?.sent_at);
      assert.doesNotMatch(sent?.body ?? '', /\d{6}/);
      assert.match(sent?.body ?? '', /Your verification code is ••••••/);
      assert.equal((await say(id, code)).kind, 'verified');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }

    const id = await conversation();
    const result = await say(id, SARAH, { mailer });
    const mailKey = result.kind === 'reply' ? result.mailKey! : '';
    await assert.rejects(activities(mailer).sendMail({ mailKey }), /ECONNREFUSED/);
    const [failed] = await mailTo(id);
    assert.equal(failed?.status, 'failed');
    assert.match(failed?.error ?? '', /ECONNREFUSED/);
  });
});
