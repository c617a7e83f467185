/**
 * The offline summarizer: an extractive summary of older turns — who asked what and what was
 * answered or done — keeping the sentences that carry identifiers, amounts and dates, within a word
 * budget.
 */

const SPEAKER = /^(Customer|Assistant|Support agent|Note):\s*(.*)$/;
const FACTS =
  /\bord_\d{5}\b|\bpay_\w+|\b[A-Z]{2}\d{9}IL\b|\b1Z\w{16}\b|\$\d+|\b\d{1,2} \w+ \d{4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b/;
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
    .filter((s) => s && !/^(?:hi|hello|dear|thanks|thank you|warm regards|best)\b[^.!?]*[,!]?$/i.test(s));
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
  // Keep the newest turns whole when the budget is tight: they matter most to the next reply.
  const kept: string[] = [];
  let used = 0;
  for (const line of [...lines].reverse()) {
    const words = line.split(/\s+/).length;
    if (used + words > maxWords) break;
    kept.unshift(line);
    used += words;
  }
  if (kept.length === 0) return limitWords(lines.at(-1) ?? '', maxWords);
  const dropped = lines.length - kept.length;
  const summary = dropped > 0 ? [`(${dropped} earlier turns)`, ...kept].join(' ') : kept.join(' ');
  return limitWords(summary, maxWords);
}
