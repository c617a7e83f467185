/**
 * The offline summarizer: an extractive summary of older turns — who asked what and what was
 * answered or done — keeping the sentences that carry identifiers, amounts and dates, within a word
 * budget. A summary made earlier arrives as a `Note:` line and is condensed like a turn.
 */

const SPEAKER = /^(Customer|Assistant|Support agent|Note):\s*(.*)$/;
const FACTS =
  /\bord_\d{5}\b|\bpay_\w+|\b[A-Z]{2}\d{9}IL\b|\b1Z\w{16}\b|\$\d+|\d[\s\u200e\u200f]*(?:US)?\$|\b\d{1,2} \w+ \d{4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b/;
const LABEL: Record<string, string> = {
  Customer: 'Customer',
  Assistant: 'Assistant',
  'Support agent': 'Agent',
  Note: 'Note',
};

/** The most informative sentence of a message: the first, or the first stating a fact. */
function keySentence(text: string): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s && !/^(?:hi|hello|dear|thanks|thank you|warm regards|best)\b[^.!?]*[,!.]?$/i.test(s));
  return sentences.find((s) => FACTS.test(s)) ?? sentences[0] ?? '';
}

/** Cuts text to `maxWords` words. */
function limitWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')}…`;
}

/** Summarizes a transcript (`Role: text` lines) in at most `maxWords` words. */
export function summarizeTranscript(transcript: string, maxWords: number): string {
  const turns: { who: string; text: string }[] = [];
  for (const line of transcript.split('\n')) {
    const match = SPEAKER.exec(line.trim());
    if (match) turns.push({ who: LABEL[match[1] ?? ''] ?? 'Note', text: match[2] ?? '' });
    else if (turns.length > 0 && line.trim()) turns[turns.length - 1]!.text += ` ${line.trim()}`;
  }
  if (turns.length === 0) return limitWords(transcript.trim(), maxWords);
  const lines = turns
    .map((turn) => `${turn.who}: ${keySentence(turn.text)}`)
    .filter((line) => !line.endsWith(': '));
  // Within the budget (less room for the note of what was left out): the newest turn, which the
  // next reply follows on from; then the turns that state facts (ids, amounts, dates), newest
  // first; then the other turns, newest first. What is kept stays in the conversation's order.
  const budget = Math.max(1, maxWords - 4);
  const newest = lines.length - 1;
  const byRecency = lines.map((_, index) => newest - index);
  const order = [
    newest,
    ...byRecency.filter((index) => index !== newest && FACTS.test(lines[index]!)),
    ...byRecency.filter((index) => index !== newest && !FACTS.test(lines[index]!)),
  ];
  const chosen = new Set<number>();
  let used = 0;
  for (const index of order) {
    const words = lines[index]!.split(/\s+/).length;
    if (used + words > budget) continue;
    chosen.add(index);
    used += words;
  }
  if (chosen.size === 0) return limitWords(lines.at(-1) ?? '', maxWords);
  const kept = lines.filter((_, index) => chosen.has(index));
  const dropped = lines.length - kept.length;
  const summary = dropped > 0 ? [`(${dropped} turns left out)`, ...kept].join(' ') : kept.join(' ');
  return limitWords(summary, maxWords);
}
