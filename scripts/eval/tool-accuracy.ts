/**
 * Whether a turn called the right tool: no tool when none is expected; otherwise the expected tool
 * among the calls and, when the item names write-tool arguments, one call of that tool whose
 * arguments contain those values (compared after normalising case and whitespace; the free-text
 * `description` is compared by its words, arrays as sets).
 */
import type { GoldenItem } from './golden-item';

/** A tool call as the pipeline reports it. */
export interface ToolCall {
  name: string;
  args: Record<string, unknown>;
}

/** Fields compared for meaning rather than literally (fixtures/README.md). */
const FREE_TEXT_FIELDS = new Set(['description']);

const normalize = (value: unknown): string => String(value).toLowerCase().replace(/\s+/g, ' ').trim();

/** Half of the expected description's longer words appear in the actual one. */
function sameMeaning(expected: unknown, actual: unknown): boolean {
  if (typeof actual !== 'string' || actual.trim() === '') return false;
  const words = normalize(expected).match(/\p{L}{4,}/gu) ?? [];
  const said = normalize(actual);
  return words.length === 0 || words.filter((word) => said.includes(word)).length * 2 >= words.length;
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const want = expected.map(normalize).sort();
    const got = actual.map(normalize).sort();
    return want.length === got.length && want.every((value, i) => value === got[i]);
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return argsContain(expected as Record<string, unknown>, actual as Record<string, unknown>);
  }
  return actual !== undefined && actual !== null && normalize(expected) === normalize(actual);
}

/** Whether `actual` carries every expected key with an equal value. */
export function argsContain(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([key, value]) =>
    FREE_TEXT_FIELDS.has(key) ? sameMeaning(value, actual[key]) : sameValue(value, actual[key]),
  );
}

/** Whether the turn's tool calls are right for `item`. */
export function isToolRight(
  item: Pick<GoldenItem, 'expected_tool' | 'expected_args'>,
  calls: readonly ToolCall[],
): boolean {
  if (item.expected_tool === null) return calls.length === 0;
  const ofTool = calls.filter((call) => call.name === item.expected_tool);
  if (ofTool.length === 0) return false;
  const expectedArgs = item.expected_args;
  return expectedArgs === null || ofTool.some((call) => argsContain(expectedArgs, call.args));
}
