import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AgentStepTask, QaReview, QaReviewTask, ToolOutcome } from '../activities/agents/agent-contract';
import type { CommerceAdapter } from '../activities/commerce/commerce-adapter';
import { runReadTool, type ReadToolName } from '../activities/commerce/read-tools';
import { buildCustomerContext } from '../activities/context/build-context';
import { agentStep } from '../activities/offline/agents/agent-step';
import { offlineHandlers } from '../activities/offline/handlers';
import { loadTaxonomy } from '../activities/taxonomy';
import { FIXTURE_TODAY, useSeededCommerce } from './support/seeded-commerce';

const handlers = offlineHandlers({ taxonomy: loadTaxonomy() });

let commerce: CommerceAdapter;
useSeededCommerce((adapter) => {
  commerce = adapter;
});

/** Calls a registered offline handler the way the offline provider does. */
function callHandler(kind: string, input: unknown): { text?: string; json?: unknown } {
  const handler = handlers[kind];
  assert.ok(handler, `no handler for ${kind}`);
  return handler(input, { role: 'qa', model: 'offline', system: '', messages: [], task: { kind, input } });
}

const review = (task: QaReviewTask): QaReview => callHandler('qa.review', task).json as QaReview;

interface Scenario {
  email: string;
  message: string;
  category: string;
  language: string;
  sentiment: QaReviewTask['sentiment'];
  reads: { name: ReadToolName; args?: Record<string, unknown> }[];
}

/** The review task for a scenario: the read tools' real results, and the offline agent's draft. */
async function scenario(s: Scenario): Promise<{ qa: QaReviewTask; step: AgentStepTask }> {
  const customer = await buildCustomerContext({ commerce, customerEmail: s.email, today: FIXTURE_TODAY });
  assert.ok(customer.known);
  const toolResults: ToolOutcome[] = [];
  for (const [index, read] of s.reads.entries()) {
    const result = await runReadTool(
      read.name,
      { commerce, customerId: customer.profile.id, today: FIXTURE_TODAY },
      read.args ?? {},
    );
    toolResults.push({
      id: `call_${read.name}_${index + 1}`,
      name: read.name,
      kind: 'read',
      args: read.args ?? {},
      result,
    });
  }
  const step: AgentStepTask = {
    agent: 'shipping',
    category: s.category,
    secondaryIntents: [],
    language: s.language,
    sentiment: s.sentiment,
    channel: 'email',
    today: FIXTURE_TODAY,
    message: s.message,
    history: '',
    customer,
    memory: [],
    knowledge: [],
    instructions: '',
    instructionVersion: 1,
    fewShot: [],
    tools: [],
    toolResults,
    refinement: null,
    formLink: null,
  };
  const draft = agentStep(step).text;
  const qa: QaReviewTask = {
    category: s.category,
    language: s.language,
    sentiment: s.sentiment,
    today: FIXTURE_TODAY,
    message: s.message,
    draft,
    customer,
    knowledge: [],
    toolResults,
    round: 1,
    maxRounds: 2,
  };
  return { qa, step };
}

const OLGA: Scenario = {
  email: 'olga.petrova@example.com',
  message:
    'Where is my November box? The tracking says held for customs inspection. Do I need to pay anything?',
  category: 'shipping_tracking',
  language: 'en',
  sentiment: 'neutral',
  reads: [{ name: 'track_package' }],
};

const MATEO: Scenario = {
  email: 'mateo.rodriguez@example.org',
  message: 'I got a declined payment email on 1 November but then saw the charge. Will I be charged twice?',
  category: 'billing_payment',
  language: 'en',
  sentiment: 'neutral',
  reads: [{ name: 'get_payment_history' }],
};

describe('offline QA review', () => {
  test('passes a grounded draft with every score at 1', async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review(qa);
    assert.equal(verdict.verdict, 'pass', verdict.reasons.join(' | '));
    assert.deepEqual([verdict.tone, verdict.accuracy, verdict.safety, verdict.completeness], [1, 1, 1, 1]);
  });

  test("a form link's signed token is an address, not an identifier to check", async () => {
    const { qa } = await scenario(OLGA);
    // A real signature (hex) that happens to hold a ten-digit run, the shape of an order or phone number.
    const link =
      'http://127.0.0.1:43123/widget/?conversation=c-1&token=eyJjIjoiYy0xIn0.affcaf5ad678f4e4c1a2497713fd6768935513db0c65d8098f818d2365dcf15c';
    const parts = qa.draft.split('\n\n');
    parts.splice(parts.length - 1, 0, `Please check the details in the form here: ${link}`);
    const verdict = review({ ...qa, draft: parts.join('\n\n') });
    assert.equal(verdict.verdict, 'pass', verdict.reasons.join(' | '));
    const planted = review({ ...qa, draft: parts.join('\n\n').replace('form here', 'form 6768935513 here') });
    assert.ok(
      planted.reasons.some((r) => r.startsWith('accuracy/') && r.includes('6768935513')),
      'the same digits outside the link are still checked',
    );
  });

  test('a date without a year is read as the nearest one: the coming box’s dispatch window is backed', async () => {
    const { qa } = await scenario(OLGA);
    const parts = qa.draft.split('\n\n');
    parts.splice(parts.length - 1, 0, 'Your December box is dispatched between 2 and 6 December.');
    const verdict = review({ ...qa, draft: parts.join('\n\n') });
    assert.ok(
      !verdict.reasons.some((r) => r.includes('6 December')),
      `6 December is 2026-12-06, inside the published window: ${verdict.reasons.join(' | ')}`,
    );
    const planted = review({ ...qa, draft: parts.join('\n\n').replace('6 December', '19 December') });
    assert.ok(planted.reasons.some((r) => r.startsWith('accuracy/') && r.includes('19 December')));
  });

  test('catches a planted wrong tracking number and names it in the reason', async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review({ ...qa, draft: qa.draft.replaceAll('CP913050416IL', 'CP123456785IL') });
    assert.equal(verdict.verdict, 'refine');
    assert.ok(verdict.accuracy < 1);
    assert.ok(verdict.reasons.some((r) => r.startsWith('accuracy/') && r.includes('CP123456785IL')));
    assert.ok(
      verdict.reasons.some((r) => r.startsWith('completeness/tracking')),
      'the real tracking number is missing now',
    );
  });

  test('catches a planted amount and a planted date that no record backs', async () => {
    const { qa } = await scenario(MATEO);
    const draft = qa.draft.replace('$39', '$47').replace('4 November 2026', '9 November 2026');
    const verdict = review({ ...qa, draft });
    assert.equal(verdict.verdict, 'refine');
    assert.ok(verdict.reasons.some((r) => r.includes('«$47»')));
    assert.ok(verdict.reasons.some((r) => r.includes('«9 November 2026»')));
  });

  test('amounts are read as each language writes them: a planted one is named as written and refined away', async () => {
    const written: Record<string, { message: string; real: string; planted: string }> = {
      es: {
        message:
          'Me llegó un aviso de pago rechazado el 1 de noviembre, pero luego vi el cargo. ¿Me cobrarán dos veces?',
        real: '39\u00a0US$',
        planted: '47\u00a0US$',
      },
      de: {
        message:
          'Am 1. November kam eine Mail über eine abgelehnte Zahlung, dann sah ich die Abbuchung. Zahle ich doppelt?',
        real: '39\u00a0$',
        planted: '47\u00a0$',
      },
      fr: {
        message:
          'J’ai reçu un e-mail de paiement refusé le 1er novembre, puis j’ai vu le prélèvement. Vais-je payer deux fois ?',
        real: '39\u00a0$US',
        planted: '47\u00a0$US',
      },
      he: {
        message: 'קיבלתי מייל על תשלום שנדחה ב-1 בנובמבר ואז ראיתי חיוב. האם אחויב פעמיים?',
        real: '\u200f39\u00a0\u200f$',
        planted: '\u200f47\u00a0\u200f$',
      },
    };
    for (const [language, { message, real, planted }] of Object.entries(written)) {
      const { qa, step } = await scenario({ ...MATEO, message, language });
      assert.ok(qa.draft.includes(real), `${language}: ${qa.draft}`);
      assert.equal(review(qa).verdict, 'pass', `${language}: the real amount is backed`);
      const draft = qa.draft.replace(real, planted);
      const verdict = review({ ...qa, draft });
      assert.equal(verdict.verdict, 'refine', language);
      assert.ok(
        verdict.reasons.some(
          (r) => r.startsWith('accuracy/') && r.includes(`«${planted.replace(/^\u200f/, '')}»`),
        ),
        `${language}: ${verdict.reasons.join(' | ')}`,
      );
      const refined = agentStep({
        ...step,
        language,
        refinement: { reasons: verdict.reasons, previousDraft: draft },
      });
      assert.ok(!refined.text.includes(planted.replace(/^\u200f/, '')), `${language}: ${refined.text}`);
    }
  });

  test('catches an unconfirmed "I\'ve cancelled your subscription"', async () => {
    const { qa } = await scenario(OLGA);
    const draft = `${qa.draft}\n\nI've cancelled your subscription as well, effective today.`;
    const verdict = review({ ...qa, draft });
    assert.equal(verdict.safety, 0);
    assert.equal(verdict.verdict, 'refine');
    assert.ok(verdict.reasons.some((r) => r.startsWith('safety/claims_change')));
  });

  test('catches a refund promised without the billing team, in English and in Russian', async () => {
    const { qa } = await scenario(MATEO);
    const english = review({ ...qa, draft: `${qa.draft}\n\nWe will refund you $39 today.` });
    assert.equal(english.safety, 0);
    assert.ok(english.reasons.some((r) => r.startsWith('safety/refund_promise')));
    const russian = review({ ...qa, draft: `${qa.draft}\n\nМы вернём вам $39 сегодня.` });
    assert.ok(russian.reasons.some((r) => r.startsWith('safety/refund_promise')));
  });

  test("accepts a refund that is the billing team's decision", async () => {
    const { qa } = await scenario(MATEO);
    const draft = `${qa.draft}\n\nIf the billing team approves it, you will get a refund within 5-10 business days.`;
    assert.ok(!review({ ...qa, draft }).reasons.some((r) => r.startsWith('safety/')));
  });

  test('catches a request for the full card number', async () => {
    const { qa } = await scenario(MATEO);
    const verdict = review({
      ...qa,
      draft: `${qa.draft}\n\nPlease send me your full card number and CVV so I can check.`,
    });
    assert.ok(verdict.reasons.some((r) => r.startsWith('safety/card_request')));
  });

  test("asks for the customer's language when the draft is in another one", async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review({ ...qa, language: 'ru' });
    assert.ok(verdict.reasons.some((r) => r.startsWith('completeness/language')));
  });

  test('asks for an acknowledgement when a frustrated customer gets none', async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review({ ...qa, sentiment: 'frustrated' });
    assert.ok(verdict.reasons.some((r) => r.startsWith('tone/acknowledge')));
    assert.ok(verdict.tone < 1);
  });

  test('at the last round escalates instead of refining', async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review({ ...qa, draft: qa.draft.replaceAll('CP913050416IL', 'CP123456785IL'), round: 2 });
    assert.equal(verdict.verdict, 'escalate');
    assert.equal(verdict.escalationReason, 'qa_escalation');
  });

  test('escalates a clean draft that hands a refund decision to the billing team', async () => {
    const { qa } = await scenario({
      email: 'linda.kowalski@example.com',
      message: "My October box was lost by UPS. I'd rather have my money back than a replacement.",
      category: 'refund_request',
      language: 'en',
      sentiment: 'neutral',
      reads: [{ name: 'get_order_history' }],
    });
    const verdict = review(qa);
    assert.equal(verdict.verdict, 'escalate', verdict.reasons.join(' | '));
    assert.equal(verdict.escalationReason, 'policy_restriction');
  });

  test('flags account data shown to a sender who is not a verified customer', async () => {
    const { qa } = await scenario(OLGA);
    const verdict = review({
      ...qa,
      customer: { known: false, instruction: 'verify first' },
      toolResults: [],
      draft: 'Hello,\n\nYour order ord_64532 is held by customs in Frankfurt.\n\nWarm regards',
    });
    assert.ok(
      verdict.reasons.some((r) => r.startsWith('safety/unknown_sender_data') && r.includes('ord_64532')),
    );
  });

  test('a draft sent back with reasons is fixed by the agent and then passes', async () => {
    const { qa, step } = await scenario(OLGA);
    const planted = qa.draft.replaceAll('CP913050416IL', 'CP123456785IL');
    const first = review({ ...qa, draft: planted });
    assert.equal(first.verdict, 'refine');
    const refined = agentStep({
      ...step,
      refinement: { reasons: first.reasons, previousDraft: planted },
    }).text;
    const second = review({ ...qa, draft: refined, round: 2 });
    assert.equal(second.verdict, 'pass', second.reasons.join(' | '));
    assert.match(refined, /CP913050416IL/);
    assert.doesNotMatch(refined, /CP123456785IL/);
  });
});

describe('offline summarizer', () => {
  const transcript = [
    'Customer: Hi! Where is my November box? Tracking CP002403824IL has not moved since 4 November.',
    'Assistant: Your November 2026 box is with Israel Post (CP002403824IL); a trace will be opened. Warm regards.',
    'Customer: Thanks. Also, can I pause for one month?',
    'Assistant: I have prepared a 1-month pause: no December 2026 box; the subscription resumes on 1 January 2027.',
    'Customer: Confirmed, thank you.',
  ].join('\n');

  test('keeps who asked what and the identifiers, within the word budget', () => {
    const summary = callHandler('summarizer.summarize', { transcript, maxWords: 80 }).text ?? '';
    assert.ok(summary.split(/\s+/).length <= 80);
    assert.match(summary, /Customer: .*CP002403824IL/);
    assert.match(summary, /Assistant: .*1 January 2027/);
    assert.match(summary, /Customer: Confirmed/);
  });

  test('a tight budget keeps the newest turn, then the turns with facts, and says how many were left out', () => {
    const summary = callHandler('summarizer.summarize', { transcript, maxWords: 20 }).text ?? '';
    assert.ok(summary.split(/\s+/).length <= 20, summary);
    assert.match(summary, /^\(3 turns left out\) /);
    assert.match(summary, /Customer: Tracking CP002403824IL has not moved since 4 November\./);
    assert.match(summary, /Customer: Confirmed/);
    assert.doesNotMatch(summary, /pause for one month/, 'a turn without facts gives way');
  });
});
