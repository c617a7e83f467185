import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QaReview } from '../activities/agents/agent-contract';
import { bucketOf, inShare } from '../workflows/bucketing';
import { decideTurn, type DecisionInput } from '../workflows/turn-decision';
import type { RouteResult } from '../workflows/types';

const route = (overrides: Partial<RouteResult> = {}): RouteResult => ({
  category: 'shipping_tracking',
  secondaryIntents: [],
  sentiment: 'neutral',
  escalationSignal: false,
  language: 'en',
  confidence: 0.93,
  specialist: 'shipping',
  alwaysEscalate: false,
  autoSendThreshold: 0.8,
  ...overrides,
});

const pass: QaReview = { tone: 1, accuracy: 1, safety: 1, completeness: 1, verdict: 'pass', reasons: [] };

const input = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  route: route(),
  reply: 'Your box CP123456785IL is with Israel Post.',
  qa: pass,
  toolFailed: false,
  toolOutcomes: [
    {
      id: 'call_1',
      name: 'track_package',
      kind: 'read',
      args: {},
      result: { trackingNumber: 'CP123456785IL' },
    },
  ],
  inRollout: true,
  riskyCategories: ['subscription_cancel', 'refund_request'],
  message: 'Where is my box?',
  ...overrides,
});

describe('the send / draft / escalate decision', () => {
  test('a QA-passed, confident reply inside the rollout is sent', () => {
    assert.deepEqual(decideTurn(input()), { kind: 'send' });
  });

  test('confidence under the category threshold makes a draft that says why', () => {
    const decision = decideTurn(input({ route: route({ confidence: 0.71 }) }));
    assert.equal(decision.kind, 'draft');
    assert.match(
      decision.kind === 'draft' ? decision.reasons.join() : '',
      /0\.71 is below the shipping_tracking threshold 0\.8/,
    );
  });

  test('a conversation outside the rollout share gets a draft', () => {
    const decision = decideTurn(input({ inRollout: false }));
    assert.equal(decision.kind, 'draft');
    assert.match(
      decision.kind === 'draft' ? decision.reasons.join() : '',
      /outside the automatic-send rollout/,
    );
  });

  test('a draft QA did not pass goes to a human as a draft', () => {
    const refine: QaReview = {
      ...pass,
      accuracy: 0.4,
      verdict: 'refine',
      reasons: ['the tracking number is wrong'],
    };
    const decision = decideTurn(input({ qa: refine }));
    assert.equal(decision.kind, 'draft');
    assert.match(decision.kind === 'draft' ? decision.reasons.join() : '', /tracking number is wrong/);
  });

  test('a request for a person escalates with customer_request and a public handoff message', () => {
    const decision = decideTurn(input({ route: route({ escalationSignal: true }) }));
    assert.equal(decision.kind, 'escalate');
    if (decision.kind !== 'escalate') return;
    assert.equal(decision.note.reason, 'customer_request');
    assert.equal(decision.publicReply, true);
    assert.equal(decision.note.team, 'shipping');
  });

  test('human_request (always escalate, no specialist) goes to the human team', () => {
    const decision = decideTurn(
      input({ route: route({ category: 'human_request', specialist: null, alwaysEscalate: true }) }),
    );
    assert.equal(decision.kind === 'escalate' && decision.note.team, 'human');
  });

  test('a failed tool escalates with tool_failure and keeps the draft in the note only', () => {
    const decision = decideTurn(input({ toolFailed: true }));
    assert.equal(decision.kind === 'escalate' && decision.note.reason, 'tool_failure');
    assert.equal(decision.kind === 'escalate' && decision.publicReply, false);
    assert.ok(
      decision.kind === 'escalate' &&
        decision.note.whatWasTried.some((line) => line.includes('CP123456785IL')),
    );
  });

  for (const reason of [
    'missing_knowledge',
    'unsupported_request',
    'policy_restriction',
    'qa_escalation',
  ] as const) {
    test(`QA escalation names its reason: ${reason}`, () => {
      const qa: QaReview = { ...pass, verdict: 'escalate', reasons: ['x'], escalationReason: reason };
      const decision = decideTurn(input({ qa }));
      assert.equal(decision.kind === 'escalate' && decision.note.reason, reason);
    });
  }

  test('QA escalation without a named reason is qa_escalation', () => {
    const decision = decideTurn(input({ qa: { ...pass, verdict: 'escalate', reasons: ['unsafe'] } }));
    assert.equal(decision.kind === 'escalate' && decision.note.reason, 'qa_escalation');
  });

  test('a frustrated customer on a risky topic is handed over even with a passing draft', () => {
    const decision = decideTurn(
      input({
        route: route({ category: 'subscription_cancel', sentiment: 'frustrated', specialist: 'retention' }),
      }),
    );
    assert.equal(decision.kind === 'escalate' && decision.note.reason, 'frustrated_customer');
    assert.equal(decision.kind === 'escalate' && decision.note.sentiment, 'frustrated');
  });

  test('a frustrated customer on a routine topic still gets the answer', () => {
    const decision = decideTurn(input({ route: route({ sentiment: 'frustrated' }) }));
    assert.deepEqual(decision, { kind: 'send' });
  });

  test('the handoff note has every part a human needs', () => {
    const decision = decideTurn(input({ toolFailed: true }));
    assert.equal(decision.kind, 'escalate');
    if (decision.kind !== 'escalate') return;
    const { note } = decision;
    assert.ok(note.summary.includes('Where is my box?'));
    assert.ok(note.whatWasTried.length >= 2);
    assert.ok(note.toolResults[0]?.startsWith('track_package'));
    assert.ok(note.suggestedNextStep.length > 10);
  });

  test('a short answer is summarized with the reply it answers; a full message stands alone', () => {
    const offer =
      'Здравствуйте, Olga!\n\nТариф Deluxe стоит $89 за коробку, и он включает шесть позиций вместо четырёх. Если хотите перейти, просто скажите, и я передам это команде. Доставка остаётся бесплатной, а следующая коробка придёт 1 декабря.';
    const tier = { category: 'subscription_frequency', language: 'ru', specialist: 'retention' };
    const short = decideTurn(
      input({ route: route({ ...tier, escalationSignal: true }), message: 'Да, давайте', inReplyTo: offer }),
    );
    assert.equal(short.kind, 'escalate');
    const summary = short.kind === 'escalate' ? short.note.summary : '';
    assert.match(summary, /answering the reply “Тариф Deluxe стоит \$89 за коробку/u, 'not the greeting');
    assert.match(summary, /: “Да, давайте”$/u);
    assert.ok(summary.length < 320, `the reply is quoted in part: ${summary}`);
    assert.match(summary, /…”/u, 'a long reply is cut and marked');

    const full = decideTurn(
      input({
        route: route({ ...tier, escalationSignal: true }),
        message: 'I would like to talk to a person about upgrading my plan to Deluxe please',
        inReplyTo: offer,
      }),
    );
    assert.equal(full.kind === 'escalate' && full.note.summary.includes('answering'), false);
    const first = decideTurn(input({ toolFailed: true, message: 'Yes please', inReplyTo: null }));
    assert.equal(first.kind === 'escalate' && first.note.summary.includes('answering'), false);
  });

  test('a change proposed in a handed-over turn is reported withdrawn, and its dead link leaves the suggested reply', () => {
    const link = 'https://kesher.example/forms/conversation-1-7?token=abc';
    const decision = decideTurn(
      input({
        qa: { ...pass, verdict: 'escalate', reasons: ['promise outside policy'] },
        reply: `I can skip January 2027 for you. Please confirm here: ${link}`,
        proposal: { summary: 'skip January 2027', formLink: link },
      }),
    );
    assert.equal(decision.kind, 'escalate');
    if (decision.kind !== 'escalate') return;
    const tried = decision.note.whatWasTried.join('\n');
    assert.ok(!tried.includes(link), tried);
    assert.match(
      tried,
      /Suggested reply \(not sent\): I can skip January 2027 for you\. Please confirm here: \[confirmation link withdrawn with the handoff\]/,
    );
    assert.match(tried, /Proposed a change \(skip January 2027\); the handoff withdrew it/);
  });
});

describe('stable bucketing', () => {
  test('the same conversation always lands in the same bucket', () => {
    assert.equal(bucketOf('conversation-1-42', 'rollout'), bucketOf('conversation-1-42', 'rollout'));
  });

  test('shares split conversations close to their size and are independent per purpose', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `conversation-1-${i}`);
    const inRollout = ids.filter((id) => inShare(id, 'rollout', 30)).length / ids.length;
    assert.ok(Math.abs(inRollout - 0.3) < 0.04, `rollout share ${inRollout}`);
    const both = ids.filter((id) => inShare(id, 'rollout', 50) && inShare(id, 'arm', 50)).length / ids.length;
    assert.ok(Math.abs(both - 0.25) < 0.04, `independent purposes ${both}`);
    assert.equal(ids.filter((id) => inShare(id, 'arm', 0)).length, 0);
    assert.equal(ids.filter((id) => inShare(id, 'arm', 100)).length, ids.length);
  });
});
