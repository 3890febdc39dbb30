import { describe, expect, it } from 'vitest';
import { createMyNotesFile, mergeOwnNotes, parseMyNotesFile } from './my-notes-file';
import { createOwnNote, type OwnNote } from './own-note';

const at = Date.parse('2026-03-02T03:00:00Z');
const note = (id: string, title: string, body = 'Nội dung', updatedAt = at): OwnNote => ({
  ...createOwnNote({ title, body, tags: ['thẻ'], pinned: false }, at, () => id),
  updatedAt,
});
const fileOf = (notes: OwnNote[]) => JSON.stringify(createMyNotesFile(notes, at, 'Asia/Ho_Chi_Minh'));

describe('parseMyNotesFile', () => {
  it('should read back what createMyNotesFile wrote, times in the contest zone', () => {
    const notes = [note('a', 'Một'), { ...note('b', 'Hai'), pinned: true, source: { url: 'https://x/', title: 'X' } }];
    const text = fileOf(notes);
    expect(JSON.parse(text)).toMatchObject({ kind: 'hoithi.mynotes', version: 1, exportedAt: '2026-03-02T10:00:00+07:00' });
    expect(parseMyNotesFile(`\uFEFF${text}`)).toEqual({ ok: true, notes });
  });

  it('should refuse a file that is not JSON, of another kind, or a notes pack', () => {
    expect(parseMyNotesFile('{oops')).toMatchObject({ ok: false, error: { key: 'notes.error.notJson' } });
    expect(parseMyNotesFile('[]')).toMatchObject({ ok: false, error: { key: 'notes.error.notObject' } });
    expect(parseMyNotesFile('{"kind":"hoithi.receipts"}')).toMatchObject({ ok: false, error: { key: 'mynotes.error.wrongKind', field: 'kind' } });
    expect(parseMyNotesFile('{"kind":"hoithi.notes","version":1}')).toMatchObject({ ok: false, error: { key: 'mynotes.error.isPack' } });
    expect(parseMyNotesFile('{"kind":"hoithi.mynotes","version":2}')).toMatchObject({ ok: false, error: { key: 'notes.error.unsupportedVersion', params: { version: '2' } } });
  });

  it('should name the field of a bad note', () => {
    const file = JSON.parse(fileOf([note('a', 'Một')]));
    file.notes[0].title = '';
    expect(parseMyNotesFile(JSON.stringify(file))).toMatchObject({ ok: false, error: { key: 'notes.error.empty', field: 'notes[0].title' } });
    file.notes[0].title = 'Một';
    file.notes[0].updatedAt = 'hôm qua';
    expect(parseMyNotesFile(JSON.stringify(file))).toMatchObject({ ok: false, error: { field: 'notes[0].updatedAt' } });
    file.notes[0].updatedAt = file.notes[0].createdAt;
    file.notes[0].colour = 'red';
    expect(parseMyNotesFile(JSON.stringify(file))).toMatchObject({ ok: false, error: { key: 'notes.error.unknownField', field: 'notes[0].colour' } });
  });

  it('should refuse a file listing one id twice', () => {
    const text = fileOf([note('a', 'Một'), note('a', 'Hai')]);
    expect(parseMyNotesFile(text)).toMatchObject({ ok: false, error: { key: 'notes.error.duplicateId', field: 'notes[1].id' } });
  });
});

describe('mergeOwnNotes', () => {
  it('should add new notes and skip ones already stored under the same id', () => {
    const stored = [note('a', 'Một')];
    const plan = mergeOwnNotes(stored, [note('a', 'Một'), note('b', 'Hai')]);
    expect(plan).toMatchObject({ added: 1, updated: 0, skipped: 1 });
    expect(plan.put.map((n) => n.id)).toEqual(['own-b']);
  });

  it('should replace a stored note only by a newer version of it', () => {
    const stored = [note('a', 'Cũ', 'x', at)];
    expect(mergeOwnNotes(stored, [note('a', 'Mới', 'x', at + 1)])).toMatchObject({ updated: 1, put: [{ title: 'Mới' }] });
    expect(mergeOwnNotes(stored, [note('a', 'Xưa', 'x', at - 1)])).toMatchObject({ updated: 0, skipped: 1, put: [] });
  });

  it('should skip a note with the same title and body under another id, also within one file', () => {
    const plan = mergeOwnNotes([note('a', 'Một', 'Nội dung')], [note('b', 'Một', 'Nội dung'), note('c', 'Ba'), note('d', 'Ba')]);
    expect(plan).toMatchObject({ added: 1, skipped: 2 });
    expect(plan.put.map((n) => n.id)).toEqual(['own-c']);
  });
});
