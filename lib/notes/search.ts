import { findWord, getHighlightRanges } from './match';
import { foldForIndex, foldForSearch, type IndexedText, type TextRange } from './normalize';

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

/** Notes with their folded title, tags and body, computed once. */
export interface NotesIndex<T extends SearchableNote> {
  entries: readonly IndexEntry<T>[];
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

/** Precomputes the folded texts of the notes; build it once, search it on every keystroke. */
export function createNotesIndex<T extends SearchableNote>(notes: readonly T[]): NotesIndex<T> {
  const entries = notes.map((note, order) => ({
    note,
    order,
    title: foldForIndex(note.title),
    tags: foldForSearch((note.tags ?? []).join(' \n ')),
    body: foldForIndex(note.body),
  }));
  return { entries };
}

/** Splits a query into distinct folded words; an empty list means there is nothing to search for. */
export function getQueryWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))];
}

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
  const candidates: Candidate<T>[] = [];
  for (const entry of index.entries) {
    const candidate = scoreEntry(entry, words);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort(
    (a, b) => b.title - a.title || b.tags - a.tags || b.body - a.body || a.position - b.position || a.entry.order - b.entry.order,
  );
  return candidates.slice(0, options.limit ?? DEFAULT_LIMIT).map((candidate) => toMatch(candidate, words));
}

function scoreEntry<T>(entry: IndexEntry<T>, words: string[]): Candidate<T> | undefined {
  const found = { entry, title: 0, tags: 0, body: 0, position: Infinity };
  let titlePosition = Infinity;
  let bodyPosition = Infinity;
  for (const word of words) {
    const inTitle = findWord(entry.title.text, word, 0);
    const inTags = findWord(entry.tags, word, 0);
    const inBody = findWord(entry.body.text, word, 0);
    if (inTitle < 0 && inTags < 0 && inBody < 0) return undefined;
    if (inTitle >= 0) {
      found.title++;
      titlePosition = Math.min(titlePosition, inTitle);
    }
    if (inTags >= 0) found.tags++;
    if (inBody >= 0) {
      found.body++;
      bodyPosition = Math.min(bodyPosition, inBody);
    }
  }
  found.position = found.title > 0 ? titlePosition : bodyPosition;
  return found;
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
