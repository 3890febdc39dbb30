import { describe, expect, it } from 'vitest';
import { MAX_NOTES_PACK_BYTES, parseNotesPack } from './pack.schema';

type Json = Record<string, unknown>;
const base = () => ({
  kind: 'hoithi.notes',
  version: 1,
  id: 'my-pack',
  name: 'Ghi chú của tôi',
  packVersion: '2026.1',
  language: 'vi',
  topics: [{ id: 'mot-cua', title: 'Một cửa' }],
  notes: [
    { id: 'a', topic: 'mot-cua', title: 'Nghị định 61', body: 'Hai câu. Ở đây.', source: 'Nghị định 61/2018/NĐ-CP' },
    { id: 'b', topic: 'mot-cua', title: 'Khác', body: 'Nội dung.', source: 'Trang X', tags: ['một cửa'] },
  ] as Json[],
});
const errorOf = (file: unknown) => {
  const result = parseNotesPack(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
};

describe('parseNotesPack: accepted packs', () => {
  it('should accept a valid pack, trim text and store it in NFC', () => {
    const file = base();
    file.notes[0]!.title = '  Nghi\u0323 đi\u0323nh 61 '; // NFD "Nghị định"
    const result = parseNotesPack(`\uFEFF${JSON.stringify(file)}`);
    expect(result.ok && result.pack.notes[0]!.title).toBe('Nghị định 61');
    expect(result.ok && result.pack.notes[1]!.tags).toEqual(['một cửa']);
  });
});

describe('parseNotesPack: refusals', () => {
  it('should refuse text that is not JSON, without throwing', () => {
    expect(errorOf('{ "kind": ').key).toMatch(/^notes\.error\.notJson(At)?$/);
    expect(errorOf('[]').key).toBe('notes.error.notObject');
  });

  it('should refuse a file of another kind', () => {
    expect(errorOf({ ...base(), kind: 'hoithi.config' })).toEqual({ key: 'notes.error.wrongKind', params: { field: 'kind' }, field: 'kind' });
  });

  it('should refuse another version', () => {
    expect(errorOf({ ...base(), version: 2 })).toMatchObject({ key: 'notes.error.unsupportedVersion', field: 'version', params: { version: '2' } });
  });

  it('should refuse a note whose topic is not declared', () => {
    const file = base();
    file.notes[1]!.topic = 'dich-vu-cong';
    expect(errorOf(file)).toEqual({
      key: 'notes.error.unknownTopic',
      params: { field: 'notes[1].topic', value: 'dich-vu-cong' },
      field: 'notes[1].topic',
    });
  });

  it('should refuse a duplicate note id, also when it differs only in normal form', () => {
    const file = base();
    file.notes[0]!.id = 'ghi-chú';
    file.notes[1]!.id = 'ghi-chú'.normalize('NFD');
    expect(errorOf(file)).toMatchObject({ key: 'notes.error.duplicateId', field: 'notes[1].id', params: { value: 'ghi-chú' } });
  });

  it('should refuse a duplicate topic id', () => {
    const file = base();
    file.topics.push({ id: 'mot-cua', title: 'Lặp' });
    expect(errorOf(file)).toMatchObject({ key: 'notes.error.duplicateId', field: 'topics[1].id' });
  });

  it('should refuse a note with an empty, blank or missing source', () => {
    const empty = base();
    empty.notes[1]!.source = '';
    expect(errorOf(empty)).toMatchObject({ key: 'notes.error.noSource', field: 'notes[1].source' });
    const blank = base();
    blank.notes[0]!.source = '   ';
    expect(errorOf(blank)).toMatchObject({ key: 'notes.error.noSource', field: 'notes[0].source' });
    const missing = base();
    delete missing.notes[0]!.source;
    expect(errorOf(missing)).toMatchObject({ key: 'notes.error.noSource', field: 'notes[0].source' });
  });

  it('should name the field for wrong types, unknown fields and bad values', () => {
    expect(errorOf({ ...base(), topics: {} })).toMatchObject({ key: 'notes.error.notList', field: 'topics' });
    expect(errorOf({ ...base(), notes: [] })).toMatchObject({ key: 'notes.error.emptyList', field: 'notes' });
    expect(errorOf({ ...base(), language: 'en' })).toMatchObject({ key: 'notes.error.wrongLanguage', params: { value: 'en' } });
    expect(errorOf({ ...base(), packVersion: 'v1' })).toMatchObject({ key: 'notes.error.badPackVersion', field: 'packVersion' });
    expect(errorOf({ ...base(), author: 'x' })).toMatchObject({ key: 'notes.error.unknownField', field: 'author' });
    const file = base();
    file.notes[0]!.title = 7;
    expect(errorOf(file)).toMatchObject({ key: 'notes.error.notText', field: 'notes[0].title' });
  });

  it('should refuse a file larger than the limit before parsing it', () => {
    expect(errorOf(' '.repeat(MAX_NOTES_PACK_BYTES + 1)).key).toBe('notes.error.tooLarge');
  });
});
