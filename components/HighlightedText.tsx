import type { TextRange } from '@/lib/text/search-fold';

/** Text with the given ranges wrapped in <mark>, the words a search matched. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [i, range] of ranges.entries()) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={i}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
