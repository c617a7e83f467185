import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actionReplyHandler } from '../activities/offline/action-reply/action-reply-handler';
import { phrasebookFor } from '../activities/offline/agents/i18n';
import type { ReplyLanguage } from '../activities/offline/agents/i18n/types';

const LANGUAGES: ReplyLanguage[] = ['en', 'he', 'ru', 'es', 'de', 'fr'];
const STATUSES = ['succeeded', 'failed', 'rejected', 'expired'] as const;

/** Each write tool with arguments and a result as the workflow hands them to the reply. */
const ACTIONS = [
  {
    toolName: 'pause_subscription',
    args: { months: 2, start_month: '2026-12' },
    result: { pausedUntil: '2027-02-01', nextChargeDate: '2027-02-01', months: 2 },
  },
  { toolName: 'skip_month', args: { month: '2027-01' }, result: { nextChargeDate: '2027-02-01' } },
  {
    toolName: 'change_frequency',
    args: { frequency: 'bimonthly' },
    result: { nextChargeDate: '2026-12-01' },
  },
  {
    toolName: 'change_address',
    args: { line1: 'Carrer de Sueca 41', city: 'Valencia', postal_code: '46006', country: 'ES' },
    result: { appliesFromBox: '2027-01' },
  },
  {
    toolName: 'file_damage_claim',
    args: { order_id: 'ord_64949', description: 'A cracked spoon.' },
    result: { claimNumber: 'CLM-1234', orderId: 'ord_64949' },
  },
] as const;

function reply(input: {
  toolName: string;
  status?: (typeof STATUSES)[number];
  args: Record<string, unknown>;
  result?: unknown;
  error?: string | null;
  errorCode?: string | null;
  language: string;
  customerName?: string | null;
}): string {
  const task = {
    status: 'succeeded',
    result: null,
    error: null,
    customerName: null,
    ...input,
  };
  const out = actionReplyHandler(task, {
    role: 'specialist',
    model: 'offline',
    system: '',
    messages: [],
    task: { kind: 'agent.action_reply', input: task },
  }) as { text: string };
  return out.text;
}

describe('offline action replies', () => {
  test('every tool, status and language: the customer’s words, no raw values, the usual greeting and sign-off', () => {
    for (const language of LANGUAGES) {
      const book = phrasebookFor(language);
      for (const action of ACTIONS) {
        for (const status of STATUSES) {
          const text = reply({
            ...action,
            status,
            error: status === 'failed' ? 'the payment provider did not answer' : null,
            language,
            customerName: 'Noa Ben-David',
          });
          const where = `${language} ${action.toolName} ${status}: ${text}`;
          assert.ok(text.startsWith(book.common.greeting({ name: 'Noa' })), where);
          assert.ok(text.endsWith(book.common.closing()), where);
          assert.doesNotMatch(text, /\b\d{4}-\d{2}(?:-\d{2})?\b/, `no ISO month or date: ${where}`);
          assert.doesNotMatch(text, /\b(?:bimonthly|quarterly)\b/, `no frequency code: ${where}`);
          if (language !== 'en') assert.doesNotMatch(text, /\bmonthly\b/, where);
          assert.doesNotMatch(text, /\((?:s|e|es)\)/, `no "(s)"-style plural: ${where}`);
          assert.doesNotMatch(text, /(?<!\.)\.\.(?!\.)/, `no doubled full stop: ${where}`);
          assert.doesNotMatch(text, /undefined|null|\[object/, where);
          if (language !== 'en') assert.doesNotMatch(text, /payment provider/, `no English reason: ${where}`);
        }
      }
    }
  });

  test('months, plurals and frequencies read as a native speaker writes them', () => {
    const said = (
      language: string,
      toolName: string,
      args: Record<string, unknown>,
      result: unknown = null,
    ) => reply({ toolName, args, result, language });
    assert.match(
      said('en', 'skip_month', { month: '2027-01' }),
      /Done: skipping the January 2027 box is confirmed\./,
    );
    assert.match(said('en', 'pause_subscription', { months: 1 }), /pausing your subscription for 1 month is/);
    assert.match(
      said('en', 'change_frequency', { frequency: 'quarterly' }),
      /switching to a box every 3 months/,
    );
    assert.match(said('he', 'skip_month', { month: '2027-01' }), /הדילוג על הקופסה של ינואר 2027/);
    assert.match(said('he', 'pause_subscription', { months: 2 }), /השהיית המנוי לחודשיים/);
    assert.match(said('he', 'pause_subscription', { months: 1 }), /השהיית המנוי לחודש אחד/);
    assert.match(said('he', 'change_frequency', { frequency: 'bimonthly' }), /המעבר לקופסה כל 2 חודשים/);
    assert.match(said('ru', 'pause_subscription', { months: 1 }), /на 1 месяц —/);
    assert.match(said('ru', 'pause_subscription', { months: 3 }), /на 3 месяца —/);
    assert.match(said('ru', 'skip_month', { month: '2027-01' }), /пропуск коробки за январь 2027/);
    assert.match(
      said('ru', 'skip_month', { month: '2027-01' }, { nextChargeDate: '2027-02-01' }),
      /Следующее списание: 1 февраля 2027 г\.\n/,
    );
    assert.match(said('es', 'pause_subscription', { months: 1 }), /durante 1 mes\b/);
    assert.match(
      said(
        'es',
        'change_address',
        { line1: 'Carrer de Sueca 41', city: 'Valencia', postal_code: '46006', country: 'ES' },
        { appliesFromBox: '2027-01' },
      ),
      /enero de 2027/,
    );
    assert.match(
      said('de', 'pause_subscription', { months: 2, start_month: '2026-12' }),
      /für 2 Monate ab der Box Dezember 2026/,
    );
    assert.match(
      said('de', 'change_frequency', { frequency: 'bimonthly' }),
      /Umstellung auf eine Box alle 2 Monate/,
    );
    assert.match(said('fr', 'pause_subscription', { months: 3 }), /pendant 3 mois/);
    assert.match(said('fr', 'skip_month', { month: '2027-01' }), /le saut de la box de janvier 2027/);
  });

  test('a carried-out change states what the tool returned, and a pause’s resume day once', () => {
    const pause = reply({ ...ACTIONS[0], language: 'en', customerName: 'Ana Souza' });
    assert.match(pause, /^Hi Ana,/);
    assert.match(pause, /resume on 1 February 2027/);
    assert.doesNotMatch(pause, /next charge/, 'the resume day is the next charge: said once');
    assert.match(reply({ ...ACTIONS[4], language: 'en' }), /claim number is CLM-1234/);
  });

  test('a failure passes on the reason and says nothing changed', () => {
    const text = reply({
      ...ACTIONS[1],
      status: 'failed',
      error: 'the box has already shipped',
      language: 'en',
    });
    assert.match(text, /I could not complete skipping the January 2027 box: the box has already shipped\./);
    assert.match(text, /Nothing was changed/);
  });

  test('a refusal in another language gives the reason for its code, or a general one', () => {
    const failed = (language: string, errorCode: string | null) =>
      reply({
        ...ACTIONS[1],
        status: 'failed',
        error: 'The December 2026 box is already locked in.',
        errorCode,
        language,
      });
    assert.match(
      failed('he', 'too_late'),
      /לא הצלחתי להשלים את הדילוג על הקופסה של ינואר 2027: הקופסה הזו כבר נעולה לשינויים \(אפשר לשנות עד ה-27 בחודש שלפני\)\./,
    );
    assert.match(failed('de', 'skip_limit_reached'), /höchstens 4 Boxen aussetzen/);
    assert.match(failed('fr', 'something_new'), /: nos règles ne le permettent plus\./);
    assert.match(failed('ru', null), /Причина: по нашим правилам это сейчас невозможно\./);
    assert.match(
      failed('en', 'too_late'),
      /: The December 2026 box is already locked in\. Nothing was changed/,
    );
  });

  test('arguments that no longer read as the tool’s are named generically, not dropped or crashed on', () => {
    const text = reply({
      toolName: 'skip_month',
      args: { month: 'soon' },
      status: 'rejected',
      language: 'de',
    });
    assert.match(text, /Kein Problem: die gewünschte Änderung wurde nicht vorgenommen\./);
  });
});
