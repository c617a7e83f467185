/** Chunk sizes in words: small sections are merged up to MAX, long ones split near TARGET. */
export const CHUNK_WORDS = { min: 120, target: 250, max: 300 } as const;

/** One retrievable piece of an article. */
export interface ArticleChunk {
  chunkIndex: number;
  /** The article title and the section heading(s), kept as context for ranking and display. */
  heading: string;
  /** Markdown of the section(s), including their `##` lines. */
  content: string;
  wordCount: number;
}

interface Section {
  headings: string[];
  lines: string[];
  words: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Splits a markdown body at `##` headings; text before the first one is its own section. */
function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { headings: [], lines: [], words: 0 };
  for (const line of body.split(/\r?\n/)) {
    if (/^#\s/.test(line)) continue; // The H1 repeats the title, which every chunk carries anyway.
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) {
      if (current.words > 0) sections.push(current);
      current = { headings: [heading[1]?.trim() ?? ''], lines: [line], words: 0 };
      continue;
    }
    current.lines.push(line);
    current.words += countWords(line);
  }
  if (current.words > 0) sections.push(current);
  return sections;
}

/** Breaks an over-long section at paragraph (blank line) boundaries, repeating its heading line. */
function splitLong(section: Section): Section[] {
  if (section.words <= CHUNK_WORDS.max) return [section];
  const [first, ...rest] = section.lines;
  const headingLine = section.headings.length > 0 ? first : undefined;
  const bodyLines = headingLine === undefined ? section.lines : rest;
  const pieces: Section[] = [];
  let piece: Section = { headings: section.headings, lines: headingLine ? [headingLine] : [], words: 0 };
  for (const line of bodyLines) {
    const words = countWords(line);
    const paragraphBreak = line.trim() === '' || /^\s*([-*]|\d+\.)\s/.test(line);
    if (piece.words >= CHUNK_WORDS.target && paragraphBreak) {
      pieces.push(piece);
      piece = { headings: section.headings, lines: headingLine ? [headingLine] : [], words: 0 };
    }
    piece.lines.push(line);
    piece.words += words;
  }
  if (piece.words > 0) pieces.push(piece);
  return pieces;
}

/**
 * Chunks an article by section. Sections under the minimum are merged with the next one while the
 * result stays under the maximum, so a two-line section doesn't become a chunk too thin to rank.
 */
export function chunkArticle(title: string, body: string): ArticleChunk[] {
  const sections = splitSections(body).flatMap(splitLong);
  const merged: Section[] = [];
  for (const section of sections) {
    const last = merged.at(-1);
    // A lead-in of a sentence or two always joins the next section, even past the maximum.
    const fits = last && (last.words + section.words <= CHUNK_WORDS.max || last.words < CHUNK_WORDS.min / 3);
    if (last && fits && last.words < CHUNK_WORDS.min) {
      last.headings.push(...section.headings);
      last.lines.push(...section.lines);
      last.words += section.words;
    } else {
      merged.push({ headings: [...section.headings], lines: [...section.lines], words: section.words });
    }
  }
  // A short tail is better folded into its predecessor than left alone.
  const tail = merged.at(-1);
  const beforeTail = merged.at(-2);
  if (
    tail &&
    beforeTail &&
    tail.words < CHUNK_WORDS.min / 2 &&
    beforeTail.words + tail.words <= CHUNK_WORDS.max
  ) {
    beforeTail.headings.push(...tail.headings);
    beforeTail.lines.push(...tail.lines);
    beforeTail.words += tail.words;
    merged.pop();
  }
  return merged.map((section, chunkIndex) => ({
    chunkIndex,
    heading: [title, ...section.headings].join(' — '),
    content: section.lines.join('\n').trim(),
    wordCount: section.words,
  }));
}
