import { describe, expect, it } from 'vitest';
import { findWord } from './match';
import { foldForIndex, foldForSearch } from '../text/search-fold';
import { createNotesIndex, getQueryWords, searchNotes, type SearchableNote } from './search';

const notes: SearchableNote[] = [
  { id: 'body-only', title: 'Nghị quyết 76/NQ-CP', body: 'Sáu nội dung, trong đó có cải cách thủ tục hành chính.' },
  { id: 'title', title: 'Cải cách thủ tục hành chính', body: 'Một trong sáu nội dung.' },
  { id: 'tag', title: 'Mục tiêu 2025', body: 'Cắt giảm quy định về thủ tục.', tags: ['cải cách'] },
  { id: 'other', title: 'Đề án 06', body: 'Dữ liệu dân cư, định danh điện tử.' },
];
const index = createNotesIndex(notes);
const ids = (query: string) => searchNotes(index, query).map((match) => match.note.id);
const highlighted = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

describe('searchNotes', () => {
  it('should find notes without diacritics in the query', () => {
    expect(ids('cai cach thu tuc')).toEqual(['title', 'tag', 'body-only']);
  });

  it('should find đ with a plain d, as a word prefix', () => {
    expect(ids('de an')).toEqual(['other']);
    expect(ids('dinh danh')).toEqual(['other']);
  });

  it('should require every query word and match only at word starts', () => {
    expect(ids('cai dan')).toEqual([]);
    expect(ids('ach')).toEqual([]);
  });

  it('should rank title matches before tag matches before body matches', () => {
    expect(ids('cải cách')).toEqual(['title', 'tag', 'body-only']);
  });

  it('should rank by matched title words, then by earlier position', () => {
    const local = createNotesIndex([
      { id: 'late', title: 'Sáu nội dung cải cách', body: '' },
      { id: 'both', title: 'Cải cách nội dung', body: '' },
      { id: 'early', title: 'Cải cách', body: 'nội dung' },
    ]);
    expect(searchNotes(local, 'noi cai').map((match) => match.note.id)).toEqual(['both', 'late', 'early']);
  });

  it('should return nothing for an empty query and honour the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(searchNotes(index, 'cai', { limit: 1 })).toHaveLength(1);
  });

  it('should return ranges that point at the matched words of the original title and body', () => {
    const [first] = searchNotes(index, 'thu tuc');
    expect(first?.note.id).toBe('title');
    expect(highlighted(first!.note.title, first!.titleRanges)).toEqual(['thủ', 'tục']);
    const bodyHit = searchNotes(index, 'cat giam').find((match) => match.note.id === 'tag')!;
    expect(highlighted(bodyHit.note.body, bodyHit.bodyRanges)).toEqual(['Cắt', 'giảm']);
    expect(bodyHit.matchedIn).toEqual(['body']);
  });

  it('should highlight only the matched prefix of a word, in whole characters', () => {
    const hit = searchNotes(index, 'đi').find((match) => match.note.id === 'other')!;
    // "định danh điện tử": the "i" of "định" is the precomposed "ị", so the range covers it whole.
    expect(highlighted(hit.note.body, hit.bodyRanges)).toEqual(['đị', 'đi']);
  });

  it('should map ranges onto NFD text, keeping combining marks with their letters', () => {
    const title = 'Cơ chế một cửa liên thông'.normalize('NFD');
    const local = createNotesIndex([{ id: 'nfd', title, body: 'Bộ phận Một cửa'.normalize('NFD') }]);
    const [hit] = searchNotes(local, 'mot cua che');
    const words = highlighted(title, hit!.titleRanges);
    // "chế" ends in two combining marks (circumflex, acute): the range must not cut them off.
    expect(words.map((word) => word.normalize('NFC'))).toEqual(['chế', 'một', 'cửa']);
    expect(words.map((word) => word.length)).toEqual(['chế', 'một', 'cửa'].map((word) => word.normalize('NFD').length));
    expect(highlighted(hit!.note.body, hit!.bodyRanges).map((word) => word.normalize('NFC'))).toEqual(['Một', 'cửa']);
  });

  it('should highlight every occurrence and merge overlapping ranges', () => {
    const local = createNotesIndex([{ id: 'x', title: 'Cửa và cửa', body: '' }]);
    const [hit] = searchNotes(local, 'cua cu');
    expect(highlighted(hit!.note.title, hit!.titleRanges)).toEqual(['Cửa', 'cửa']);
  });
});

// The plain definition, note by note and word by word, that the cached search must always agree with.
function referenceIds(all: readonly SearchableNote[], query: string, limit: number): string[] {
  const words = getQueryWords(query);
  if (words.length === 0) return [];
  const scored = all.flatMap((note, order) => {
    const fields = [foldForIndex(note.title).text, foldForSearch((note.tags ?? []).join(' \n ')), foldForIndex(note.body).text];
    const at = words.map((word) => fields.map((field) => findWord(field, word, 0)));
    if (at.some((places) => places.every((p) => p < 0))) return [];
    const count = (f: number) => at.filter((places) => places[f]! >= 0).length;
    const first = (f: number) => Math.min(...at.map((places) => places[f]!).filter((p) => p >= 0));
    return [{ id: note.id, order, title: count(0), tags: count(1), body: count(2), position: count(0) > 0 ? first(0) : first(2) }];
  });
  scored.sort((a, b) => b.title - a.title || b.tags - a.tags || b.body - a.body || a.position - b.position || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.id);
}

describe('searchNotes while typing', () => {
  // Many notes sharing words in varied places, so ties, prefixes and the limit all come into play.
  const vocabulary = ['cải cách', 'thủ tục', 'hành chính', 'một cửa', 'dịch vụ công', 'đề án', 'định danh', 'chỉ số', 'cách', 'thủ', 'cai'];
  const many: SearchableNote[] = Array.from({ length: 300 }, (_, i) => {
    const pick = (k: number) => vocabulary[(i * 7 + k * 5 + (i >> 3)) % vocabulary.length]!;
    return { id: `n${i}`, title: `${pick(1)} ${pick(i % 4)}`, body: Array.from({ length: 4 + (i % 9) }, (_, k) => pick(k + i)).join(' '), tags: i % 5 ? [] : [pick(2)] };
  });

  it('should give exactly the plain definition after every keystroke, backspace and fresh query', () => {
    const typed = createNotesIndex(many);
    const sequences = ['cai cach thu tuc hanh chinh', 'dich vu cong', 'de an dinh danh', 'chi so cach thu', 'thu tuc cai'];
    let checked = 0;
    for (const text of sequences) {
      const steps = [...Array.from(text, (_, i) => text.slice(0, i + 1)), ...Array.from(text, (_, i) => text.slice(0, text.length - i - 1))];
      for (const query of steps) {
        for (const limit of [1, 7, 50]) {
          expect(searchNotes(typed, query, { limit }).map((m) => m.note.id), `${query} (${limit})`).toEqual(referenceIds(many, query, limit));
          checked++;
        }
      }
    }
    expect(checked).toBe(480);
    expect(typed.hits.size).toBeLessThanOrEqual(32);
  });
});

describe('getQueryWords', () => {
  it('should fold, split and de-duplicate the query', () => {
    expect(getQueryWords('  Một  CỬA một ')).toEqual(['mot', 'cua']);
  });
});

describe('searchNotes limits', () => {
  it('should return nothing for a limit of zero or less', () => {
    const local = createNotesIndex([{ id: 'a', title: 'Cải cách', body: '' }]);
    expect(searchNotes(local, 'cai', { limit: 0 })).toEqual([]);
    expect(searchNotes(local, 'cai', { limit: -1 })).toEqual([]);
  });
});
