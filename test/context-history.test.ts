import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHistory, type HistoryMessage } from '../activities/context/conversation-history';
import { budgetFor, estimateTokens, TOKEN_BUDGETS, trimToBudget } from '../activities/context/token-budget';

/** `count` alternating customer/AI messages of about `chars` characters each, numbered from 0. */
function conversation(count: number, chars: number): HistoryMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    role: i % 2 === 0 ? 'customer' : 'ai',
    content: `message ${i} ${'word '.repeat(Math.ceil(chars / 5))}`.slice(0, chars),
  }));
}

describe('formatHistory', () => {
  test('keeps the newest messages verbatim within the budget and hands the older ones back', () => {
    const messages = conversation(20, 200);
    const history = formatHistory(messages, { maxTokens: 300 });
    assert.ok(history.tokens <= 300, `${history.tokens} tokens`);
    assert.ok(history.recent.length >= 4 && history.recent.length < 20);
    assert.deepEqual([...history.older, ...history.recent], messages);
    assert.equal(history.recent.at(-1), messages.at(-1));
    assert.match(history.text, /^Assistant: message \d+/);
    assert.ok(history.text.endsWith(messages.at(-1)!.content.trim()));
  });

  test('keeps everything when the conversation fits', () => {
    const messages = conversation(4, 40);
    const history = formatHistory(messages, { maxTokens: 1000 });
    assert.deepEqual(history.recent, messages);
    assert.deepEqual(history.older, []);
    assert.equal(history.text.split('\n').length, 4);
  });

  test('always keeps the newest message, trimmed when it alone is over budget', () => {
    const messages = [...conversation(3, 100), { role: 'customer' as const, content: 'long '.repeat(400) }];
    const history = formatHistory(messages, { maxTokens: 50 });
    assert.equal(history.recent.length, 1);
    assert.equal(history.older.length, 3);
    assert.ok(history.tokens <= 50, `${history.tokens} tokens`);
    assert.match(history.text, /^Customer: long long .*\[…\]$/);
  });

  test('puts the earlier-conversation summary first and counts it against the budget', () => {
    const messages = conversation(20, 200);
    const history = formatHistory(messages, {
      maxTokens: 300,
      summary: 'Customer asked about a late parcel.',
    });
    assert.match(
      history.text,
      /^Summary of the earlier conversation: Customer asked about a late parcel\.\n/,
    );
    assert.ok(history.tokens <= 300);
    assert.ok(history.recent.length <= formatHistory(messages, { maxTokens: 300 }).recent.length);
  });

  test('an empty conversation is empty', () => {
    assert.deepEqual(formatHistory([], { maxTokens: 100 }), { recent: [], older: [], text: '', tokens: 0 });
  });
});

describe('token budgets', () => {
  test('gives each role its budget', () => {
    assert.deepEqual(TOKEN_BUDGETS, { router: 1000, specialist: 6000, qa: 4000, summarizer: 3000 });
    assert.equal(budgetFor('specialist'), 6000);
    assert.equal(estimateTokens('abcdefgh'), 2);
    assert.equal(estimateTokens('abcdefghi'), 3);
  });

  test('trimToBudget leaves short text alone', () => {
    assert.deepEqual(trimToBudget('short text', 10), { text: 'short text', truncated: false, tokens: 3 });
  });

  test('trimToBudget keeps the start of a document at a word boundary', () => {
    const trimmed = trimToBudget('alpha beta gamma delta '.repeat(50), 20);
    assert.equal(trimmed.truncated, true);
    assert.ok(trimmed.tokens <= 20);
    assert.match(trimmed.text, /^alpha beta .*[a-z] \[…\]$/);
  });

  test('trimToBudget can keep the end, where the latest log lines are', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line${i}`).join(' ');
    const trimmed = trimToBudget(text, 15, { keep: 'end', marker: '...' });
    assert.ok(trimmed.tokens <= 15);
    assert.match(trimmed.text, /^\.\.\. line\d+ .* line99$/);
  });
});
