import type { TextRange } from '../text/search-fold';

/** A piece of a longer text with the highlight ranges that fall inside it, shifted onto the piece. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** About `length` characters of `text` around its first highlight, cut at word boundaries. */
export function getSnippet(text: string, ranges: readonly TextRange[], length = 160): Snippet {
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const inside = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return { text: text.slice(start, end), ranges: inside, cutStart: start > 0, cutEnd: end < text.length };
}
