import { foldWithOffsets, toOriginalRange, type FoldedText, type IndexedText, type TextRange } from '../text/search-fold';

const MAX_RANGES = 100;
// Offsets maps of notes already shown, kept while their index lives: typing re-shows the same notes.
const offsetsCache = new WeakMap<IndexedText, FoldedText>();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Index of the first occurrence of `word` at the start of a word in `text`, or -1. */
export function findWord(text: string, word: string, from: number): number {
  let at = text.indexOf(word, from);
  while (at > 0 && isWordChar(text, at - 1)) at = text.indexOf(word, at + 1);
  return at;
}

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text.charAt(at));
}

/** Every word-start occurrence of every query word, merged and mapped back onto the original string. */
export function getHighlightRanges(original: string, folded: IndexedText, words: string[]): TextRange[] {
  const hits: [number, number][] = [];
  for (const word of words) {
    for (let at = findWord(folded.text, word, 0); at >= 0 && hits.length < MAX_RANGES; at = findWord(folded.text, word, at + 1)) {
      hits.push([at, at + word.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit[0] <= last[1]) last[1] = Math.max(last[1], hit[1]);
    else merged.push([hit[0], hit[1]]);
  }
  if (folded.aligned) return merged.map(([start, end]) => ({ start, end }));
  // Only NFD text or runs of spaces pay for the offsets map, and only for notes being shown.
  let offsets = offsetsCache.get(folded);
  if (!offsets) {
    offsets = foldWithOffsets(original);
    offsetsCache.set(folded, offsets);
  }
  return merged.map(([start, end]) => toOriginalRange(offsets, start, end));
}
