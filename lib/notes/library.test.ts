import { describe, expect, it } from 'vitest';
import { getBuiltinNotesPack } from './builtin-pack';
import { createNotesLibrary, getTopicProgress, OWN_TOPIC, type StoredPack } from './library';
import { createOwnNote } from './own-note';
import { getSnippet } from './snippet';

const builtin = getBuiltinNotesPack();
const office: StoredPack = {
  slot: 'office', mode: 'add', importedAt: 1,
  pack: { ...builtin, id: 'office', name: 'Văn phòng', packVersion: '2026.2', topics: [{ id: 'noi-bo', title: 'Nội bộ' }],
    notes: [{ id: 'lich', topic: 'noi-bo', title: 'Lịch trực', body: 'Thứ Hai', source: 'QĐ 12' }] },
};
const own = (id: string, pinned: boolean, at: number) => createOwnNote({ title: id, body: '', tags: [], pinned }, at, () => id);

describe('createNotesLibrary', () => {
  it('should add an office pack to the built-in one, or replace it', () => {
    const added = createNotesLibrary(builtin, office, []);
    expect(added.notes).toHaveLength(builtin.notes.length + 1);
    expect(added.packs.map((p) => p.name)).toEqual([builtin.name, 'Văn phòng']);
    const replaced = createNotesLibrary(builtin, { ...office, mode: 'replace' }, []);
    expect(replaced.notes.map((n) => n.id)).toEqual(['lich']);
    expect(replaced.topics.map((t) => t.id)).toEqual(['noi-bo', OWN_TOPIC]);
  });

  it('should list pinned own notes first, then the packs, then other own notes newest first', () => {
    const library = createNotesLibrary(builtin, undefined, [own('old', false, 1), own('pin', true, 2), own('new', false, 3)]);
    expect(library.notes[0]?.id).toBe('own-pin');
    expect(library.notes.slice(-2).map((n) => n.id)).toEqual(['own-new', 'own-old']);
  });
});

describe('getTopicProgress', () => {
  it('should count learned and total notes per topic, leaving out empty topics', () => {
    const library = createNotesLibrary(builtin, undefined, [own('x', false, 1)]);
    const first = builtin.notes[0]!;
    const progress = getTopicProgress(library, new Set([first.id, 'own-x', 'gone']));
    const ofTopic = progress.find((p) => p.topic.id === first.topic)!;
    expect(ofTopic.learned).toBe(1);
    expect(ofTopic.total).toBe(builtin.notes.filter((n) => n.topic === first.topic).length);
    expect(progress.at(-1)).toMatchObject({ topic: { id: OWN_TOPIC }, learned: 1, total: 1 });
    expect(progress.reduce((n, p) => n + p.total, 0)).toBe(builtin.notes.length + 1);
    expect(getTopicProgress(createNotesLibrary(builtin, undefined, []), new Set()).some((p) => p.topic.id === OWN_TOPIC)).toBe(false);
  });
});

describe('getSnippet', () => {
  it('should cut around the first highlight and shift the ranges onto the piece', () => {
    const text = `${'mở đầu '.repeat(30)}cải cách thủ tục${' kết thúc'.repeat(30)}`;
    const start = text.indexOf('cải');
    const snippet = getSnippet(text, [{ start, end: start + 3 }], 80);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end)).toBe('cải');
  });
});
