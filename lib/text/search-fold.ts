// Search folding: "Cải cách THỦ TỤC" and "cai cach thu tuc" meet at the same key, whatever the
// input's normal form (NFC or NFD) and tone-mark placement, since all marks are stripped.

/** Folded text plus, for every folded code unit, the original range it came from. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Folded text for the search index; `aligned` when every folded offset equals the original one. */
export interface IndexedText {
  text: string;
  aligned: boolean;
}

/** A half-open range [start, end) of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const SPACE = /\s/u;
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

// ASCII, most of any Vietnamese text, folds by table: upper case lowered, white space to one space.
const ASCII = Array.from({ length: 0x80 }, (_, code) => {
  if (code === 32 || (code >= 9 && code <= 13)) return ' ';
  return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
});

// One character at a time, so the offsets map stays exact; a cache keeps this fast on long texts.
function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    // đ/Đ have no decomposition; Ð (U+00D0) is a common look-alike typed for Đ.
    out = SPACE.test(ch) ? ' ' : ch.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[đð]/g, 'd');
    if (cache.size < CACHE_LIMIT) cache.set(ch, out);
  }
  return out;
}

function fold(text: string, withOffsets: boolean): FoldedText & IndexedText {
  // Pieces joined once: a string grown by += stays a rope that the first search would flatten.
  const out: string[] = [];
  let aligned = true;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    const piece = code < 0x80 ? ASCII[code]! : foldChar(text.slice(i, next));
    if (piece.length !== next - i) aligned = false;
    if (piece === '') {
      // A stripped combining mark belongs to the letter before it: highlight it with that letter.
      if (withOffsets && ends.length > 0 && MARK.test(text.slice(i, next))) ends[ends.length - 1] = next;
    } else {
      out.push(piece);
      if (withOffsets) {
        for (let k = 0; k < piece.length; k++) {
          starts.push(i);
          ends.push(next);
        }
      }
    }
    i = next;
  }
  return { text: out.join(''), starts, ends, aligned };
}

/** Search key: lower case, no diacritics (NFC or NFD alike), đ → d, white space collapsed to one space. */
export function foldForSearch(text: string): string {
  return fold(text, false).text.replace(/ {2,}/g, ' ').trim();
}

/**
 * Index key: as foldForSearch but every white space character kept as one space, so that for NFC
 * text (`aligned`) folded offsets are the original offsets and highlighting needs no map.
 */
export function foldForIndex(text: string): IndexedText {
  const { text: folded, aligned } = fold(text, false);
  return { text: folded, aligned };
}

/** Same text as foldForIndex, with the map from folded offsets back to the original string. */
export function foldWithOffsets(text: string): FoldedText {
  const { text: folded, starts, ends } = fold(text, true);
  return { text: folded, starts, ends };
}

/** Maps a range of the folded text back onto the original string (whole characters, marks included). */
export function toOriginalRange(folded: FoldedText, start: number, end: number): TextRange {
  return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? 0 };
}
