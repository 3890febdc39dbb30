import { describe, expect, it } from 'vitest';
import { createCapturedNote, createOwnNote, isOwnNoteId, parseTags, updateOwnNote } from './own-note';

const draft = { title: ' Ghi chú ', body: 'Nội dung', tags: ['a'], pinned: false };

describe('own notes', () => {
  it('should create a note with an own- id, trimmed NFC text and both times', () => {
    const note = createOwnNote({ ...draft, title: 'Thủ tục'.normalize('NFD') }, 1000, () => 'x1');
    expect(note).toMatchObject({ id: 'own-x1', title: 'Thủ tục', createdAt: 1000, updatedAt: 1000 });
    expect(isOwnNoteId(note.id)).toBe(true);
    expect(isOwnNoteId('nq76-ban-hanh')).toBe(false);
  });

  it('should refuse a note without a title', () => {
    expect(() => createOwnNote({ ...draft, title: '  ' }, 1, () => 'x')).toThrow();
  });

  it('should keep id, createdAt and source on update, and move updatedAt forward', () => {
    const note = createOwnNote({ ...draft, source: { url: 'https://a/', title: 'A' } }, 1000, () => 'x');
    const updated = updateOwnNote(note, { ...draft, title: 'Mới', pinned: true }, 2000);
    expect(updated).toMatchObject({ id: 'own-x', createdAt: 1000, updatedAt: 2000, title: 'Mới', pinned: true, source: { url: 'https://a/' } });
  });

  it('should split tags on commas, dropping blanks and repeats', () => {
    expect(parseTags(' một cửa, , riêng,một cửa ')).toEqual(['một cửa', 'riêng']);
  });

  it('should capture a selection with the page as its source and a short title', () => {
    const long = `${'Cải cách thủ tục hành chính '.repeat(6)}kết thúc`;
    const note = createCapturedNote(`  ${long}\n `, { url: 'https://hoithicchc.thuathienhue.gov.vn/thi', title: 'Hội thi' }, 5, () => 'c');
    expect(note?.body).toBe(long);
    expect(note?.title.length).toBeLessThanOrEqual(81);
    expect(note?.title.endsWith('…')).toBe(true);
    expect(note?.source).toEqual({ url: 'https://hoithicchc.thuathienhue.gov.vn/thi', title: 'Hội thi' });
    expect(createCapturedNote(' \n ', { url: 'https://x/', title: '' }, 5, () => 'c')).toBeUndefined();
  });
});
