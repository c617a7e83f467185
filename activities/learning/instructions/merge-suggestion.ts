import { textSimilarity } from '../text-similarity';

/** The heading under which approved suggestions are added to a category's instructions. */
export const LEARNED_HEADING = '## Learned from reviews and corrections';

/** A guideline this alike one already in the instructions is not added again. */
const ALREADY_THERE = 0.85;

/**
 * The instructions with an approved suggestion merged in: added as a bullet under the learned
 * heading (created at the end when missing); unchanged when an equivalent bullet is already there.
 */
export function mergeSuggestion(content: string, suggestion: string): string {
  const guideline = suggestion
    .trim()
    .replace(/^[-*•]\s*/, '')
    .replace(/\s+/g, ' ');
  if (!guideline) return content;
  const bullets = content
    .split('\n')
    .filter((line) => /^\s*[-*•]\s+/.test(line))
    .map((line) => line.replace(/^\s*[-*•]\s+/, ''));
  if (bullets.some((bullet) => textSimilarity(bullet, guideline) >= ALREADY_THERE)) return content;
  const trimmed = content.trimEnd();
  if (!trimmed.includes(LEARNED_HEADING)) return `${trimmed}\n\n${LEARNED_HEADING}\n- ${guideline}\n`;
  // Learned guidelines stay together: the new one goes after the last bullet of that section.
  const lines = trimmed.split('\n');
  const start = lines.indexOf(LEARNED_HEADING);
  let end = start + 1;
  while (end < lines.length && !/^#{1,6}\s/.test(lines[end]!)) end++;
  let insertAt = end;
  while (insertAt > start + 1 && !lines[insertAt - 1]!.trim()) insertAt--;
  lines.splice(insertAt, 0, `- ${guideline}`);
  return `${lines.join('\n')}\n`;
}
