import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '@ag-ui/client';
import { teamWait } from '../widget/src/session/team-wait';
import type { WidgetState } from '../widget/src/session/widget-state';
import type { ConversationView } from '../workflows/types';

const view = (change: Partial<ConversationView>): ConversationView => ({
  ref: { workflowId: 'conversation-web-1', channel: 'web', accountId: null, chatwootConversationId: null },
  customer: { email: 'sarah.mitchell@example.com', name: null, chatwootContactId: null },
  status: 'open',
  aiPaused: false,
  escalated: false,
  turnCount: 1,
  queuedMessages: 0,
  busy: false,
  lastCategory: 'other',
  lastSentiment: 'neutral',
  lastOutcome: null,
  summary: '',
  pendingActions: 0,
  ...change,
});

const state = (conversation: ConversationView, channel = 'web'): WidgetState => ({
  conversationId: 'conversation-web-1',
  channel,
  today: '2026-11-23',
  pendingActions: [],
  conversation,
  language: 'en',
});

const asked: Message[] = [{ id: 'm1', role: 'user', content: 'Can I reactivate my old subscription?' }];
// A card (a tool call with its result) is not an answer.
const carded: Message[] = [
  ...asked,
  {
    id: 'a1',
    role: 'assistant',
    toolCalls: [{ id: 'c1', type: 'function', function: { name: 'get_subscription', arguments: '{}' } }],
  },
  { id: 't1', role: 'tool', toolCallId: 'c1', content: '{}' },
];
const answered: Message[] = [...asked, { id: 'a2', role: 'assistant', content: 'Hi Sarah, …', name: 'Dana' }];
const drafted = {
  kind: 'drafted',
  replyMessageId: 'r1',
  category: 'other',
  reason: 'low confidence',
} as const;

test('a draft waiting for review is announced and looked for until someone answers', () => {
  assert.deepEqual(teamWait(state(view({ lastOutcome: drafted })), asked), {
    notice: 'reviewing',
    poll: true,
  });
  assert.deepEqual(teamWait(state(view({ lastOutcome: drafted })), answered), { notice: null, poll: false });
});

test('a handover is announced while unanswered, and looked for until it is handed back', () => {
  const escalated = view({ escalated: true, aiPaused: true });
  assert.deepEqual(teamWait(state(escalated), carded), { notice: 'taken_over', poll: true });
  assert.deepEqual(teamWait(state(escalated), answered), { notice: null, poll: true });
  assert.deepEqual(teamWait(state(view({})), answered), { notice: null, poll: false });
});

test('nothing to say mid-turn, before the state arrives, or in a Chatwoot or email conversation', () => {
  assert.deepEqual(teamWait(state(view({ busy: true, escalated: true })), asked), {
    notice: null,
    poll: false,
  });
  assert.deepEqual(teamWait(null, asked), { notice: null, poll: false });
  assert.deepEqual(teamWait(state(view({ escalated: true }), 'chatwoot'), asked), {
    notice: null,
    poll: false,
  });
});
