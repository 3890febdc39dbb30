import { findWord, getHighlightRanges } from './match';
import { foldForIndex, foldForSearch, type IndexedText, type TextRange } from '../text/search-fold';

/** What search needs of a note; built-in and user notes both fit. */
export interface SearchableNote {
  id: string;
  title: string;
  body: string;
  tags?: readonly string[];
}

interface IndexEntry<T> {
  note: T;
  order: number;
  title: IndexedText;
  tags: string;
  body: IndexedText;
}

/** Where one query word starts a word in each note's title, tags and body (-1: nowhere). */
interface WordHits {
  title: Int32Array;
  tags: Int32Array;
  body: Int32Array;
}

/** Notes with their folded title, tags and body, computed once. */
export interface NotesIndex<T extends SearchableNote> {
  entries: readonly IndexEntry<T>[];
  /** The hits of recent query words: typing one more letter reuses the other words and narrows the last. */
  hits: Map<string, WordHits>;
}

/** One hit: the note, where the query matched, and ranges on the original title/body to highlight. */
export interface NoteMatch<T extends SearchableNote> {
  note: T;
  matchedIn: ('title' | 'tags' | 'body')[];
  titleRanges: TextRange[];
  bodyRanges: TextRange[];
}

export interface SearchOptions {
  limit?: number;
}

interface Candidate<T> {
  entry: IndexEntry<T>;
  title: number;
  tags: number;
  body: number;
  position: number;
}

const DEFAULT_LIMIT = 50;
// Words whose hits are kept: a query's words plus what backspacing returns to.
const HITS_KEPT = 32;

/** Precomputes the folded texts of the notes; build it once, search it on every keystroke. */
export function createNotesIndex<T extends SearchableNote>(notes: readonly T[]): NotesIndex<T> {
  const entries = notes.map((note, order) => ({
    note,
    order,
    title: foldForIndex(note.title),
    tags: foldForSearch((note.tags ?? []).join(' \n ')),
    body: foldForIndex(note.body),
  }));
  return { entries, hits: new Map() };
}

/** Splits a query into distinct folded words; an empty list means there is nothing to search for. */
export function getQueryWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))];
}

// A word found at a word start also has each of its prefixes there, at the same place: the hits of
// a cached prefix tell which notes can be skipped and where the search can begin in the others.
function getWordHits<T extends SearchableNote>(index: NotesIndex<T>, word: string): WordHits {
  const cached = index.hits.get(word);
  if (cached) {
    index.hits.delete(word); // most recently used last
    index.hits.set(word, cached);
    return cached;
  }
  let base: WordHits | undefined;
  let baseLength = 0;
  for (const [other, hits] of index.hits) {
    if (other.length > baseLength && word.startsWith(other)) [base, baseLength] = [hits, other.length];
  }
  const count = index.entries.length;
  const hits = { title: new Int32Array(count), tags: new Int32Array(count), body: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    const entry = index.entries[i]!;
    const title = base ? base.title[i]! : 0;
    const tags = base ? base.tags[i]! : 0;
    const body = base ? base.body[i]! : 0;
    hits.title[i] = title < 0 ? -1 : findWord(entry.title.text, word, title);
    hits.tags[i] = tags < 0 ? -1 : findWord(entry.tags, word, tags);
    hits.body[i] = body < 0 ? -1 : findWord(entry.body.text, word, body);
  }
  index.hits.set(word, hits);
  if (index.hits.size > HITS_KEPT) index.hits.delete(index.hits.keys().next().value!);
  return hits;
}

// Best first: more words in the title, then in the tags, then in the body, then the earlier match.
const compare = <T>(a: Candidate<T>, b: Candidate<T>) =>
  b.title - a.title || b.tags - a.tags || b.body - a.body || a.position - b.position || a.entry.order - b.entry.order;

/**
 * Notes matching every query word (as a word prefix, diacritics- and case-insensitive), best first:
 * more words in the title, then in the tags, then in the body, then the earlier match. Empty query → [].
 */
export function searchNotes<T extends SearchableNote>(
  index: NotesIndex<T>,
  query: string,
  options: SearchOptions = {},
): NoteMatch<T>[] {
  const words = getQueryWords(query);
  if (words.length === 0) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0) return [];
  const wordHits = words.map((word) => getWordHits(index, word));
  // Only the best `limit` are kept, in order: no object per matching note, no sort of thousands.
  const best: Candidate<T>[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    const candidate = scoreEntry(index.entries[i]!, i, wordHits);
    if (!candidate || (best.length === limit && compare(candidate, best[limit - 1]!) >= 0)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && compare(candidate, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  return best.map((candidate) => toMatch(candidate, words));
}

function scoreEntry<T>(entry: IndexEntry<T>, i: number, wordHits: readonly WordHits[]): Candidate<T> | undefined {
  let title = 0;
  let tags = 0;
  let body = 0;
  let titlePosition = Infinity;
  let bodyPosition = Infinity;
  for (const hits of wordHits) {
    const inTitle = hits.title[i]!;
    const inTags = hits.tags[i]!;
    const inBody = hits.body[i]!;
    if (inTitle < 0 && inTags < 0 && inBody < 0) return undefined;
    if (inTitle >= 0) {
      title++;
      titlePosition = Math.min(titlePosition, inTitle);
    }
    if (inTags >= 0) tags++;
    if (inBody >= 0) {
      body++;
      bodyPosition = Math.min(bodyPosition, inBody);
    }
  }
  return { entry, title, tags, body, position: title > 0 ? titlePosition : bodyPosition };
}

function toMatch<T extends SearchableNote>(candidate: Candidate<T>, words: string[]): NoteMatch<T> {
  const { note } = candidate.entry;
  const matchedIn: NoteMatch<T>['matchedIn'] = [];
  if (candidate.title > 0) matchedIn.push('title');
  if (candidate.tags > 0) matchedIn.push('tags');
  if (candidate.body > 0) matchedIn.push('body');
  const titleRanges = candidate.title > 0 ? getHighlightRanges(note.title, candidate.entry.title, words) : [];
  const bodyRanges = candidate.body > 0 ? getHighlightRanges(note.body, candidate.entry.body, words) : [];
  return { note, matchedIn, titleRanges, bodyRanges };
}
