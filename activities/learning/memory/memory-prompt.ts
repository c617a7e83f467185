import type { MemoryExtractTask } from './memory-types';

/** The system prompt of the `memory.extract` task for a network model. */
export const MEMORY_SYSTEM_PROMPT = [
  'You maintain the long-term memory of a customer of Lev Haolam, a company that ships monthly boxes of',
  'Israeli products (foods, olive oil, wines including alcohol-free wines, Judaica, Dead Sea cosmetics).',
  'Read the support conversation and extract only what the CUSTOMER said about themselves that will',
  'still matter in a later conversation. Ignore what agents wrote, one-off requests that were resolved,',
  'and anything you would have to guess.',
  '',
  'Return JSON with:',
  '- "facts": profile facts, each only when the customer stated it: language (en|he|ru|es|de|fr; the',
  '  language they asked to be answered in, else the one they write in), timezone (IANA name),',
  '  tier (basic|premium|deluxe, only their own), alcohol_free, kosher_only, no_offers (they asked not to',
  '  get retention or sales offers), allergen_exclusions, product_likes, product_dislikes (English, lower case).',
  '- "memories": at most 10, each { "type", "content", "confidence" } where type is preference (standing',
  '  wishes about products or service), communication_style (how they want to be answered) or issue (a',
  '  problem they reported, with the box month when named); content is one short English sentence about',
  '  the customer, e.g. "Prefers short, to-the-point answers." or "Reported a damaged or leaking item (the',
  '  November 2026 box)."; confidence 0..1 (0.9 stated plainly, 0.6 implied).',
  'Do not repeat a stored memory in new words unless the customer said it again. Never include payment',
  'card numbers, passwords or other secrets.',
].join('\n');

/** The user message: the conversation, then what is already stored. */
export function memoryUserMessage(task: MemoryExtractTask): string {
  const transcript = task.messages.map((message) => `${message.author}: ${message.content}`).join('\n');
  const stored = task.memories.map((memory) => `- (${memory.type}) ${memory.content}`).join('\n');
  return [
    `Today is ${task.today}.`,
    `Conversation:\n${transcript}`,
    `Stored facts: ${JSON.stringify(task.facts)}`,
    `Stored memories:\n${stored || '(none)'}`,
  ].join('\n\n');
}
