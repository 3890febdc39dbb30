import * as z from 'zod/mini';
import { notesPackSchema, type NotesPack } from './pack.schema';
import type { OwnNote } from './own-note';

/** Topic id under which the user's own notes are listed. */
export const OWN_TOPIC = 'own';

/** How an office pack joins the built-in one. */
export type PackMode = 'add' | 'replace';

/** The office pack as kept in the `notePacks` store (slot "office"). */
export const storedPackSchema = z.strictObject({
  slot: z.literal('office'),
  mode: z.enum(['add', 'replace']),
  importedAt: z.number(),
  pack: notesPackSchema,
});
export type StoredPack = z.infer<typeof storedPackSchema>;

/** A note as the reader sees it, whichever pack or person wrote it. */
export interface LibraryNote {
  id: string;
  topic: string;
  title: string;
  body: string;
  tags: readonly string[];
  /** The pack note's source text, or the captured page's title. */
  source?: string;
  sourceUrl?: string;
  own: boolean;
  pinned: boolean;
  updatedAt?: number;
}

export interface LibraryTopic {
  id: string;
  /** Undefined for the own-notes topic: the UI names it in the user's language. */
  title?: string;
}

/** Every note on offer: pack topics first, then the user's own notes (pinned first, newest first). */
export interface NotesLibrary {
  topics: LibraryTopic[];
  notes: LibraryNote[];
  packs: { name: string; packVersion: string }[];
}

/** Combines the built-in pack, the office pack (added or replacing) and the user's own notes. */
export function createNotesLibrary(builtin: NotesPack, office: StoredPack | undefined, own: readonly OwnNote[]): NotesLibrary {
  const packs = office ? (office.mode === 'replace' ? [office.pack] : [builtin, office.pack]) : [builtin];
  const topics = new Map<string, LibraryTopic>();
  const notes = new Map<string, LibraryNote>();
  for (const pack of packs) {
    for (const topic of pack.topics) topics.set(topic.id, topic);
    // A later pack's note with the same id is the office's correction of the built-in one.
    for (const note of pack.notes) {
      notes.set(note.id, { id: note.id, topic: note.topic, title: note.title, body: note.body, tags: note.tags ?? [], source: note.source, own: false, pinned: false });
    }
  }
  const ownSorted = [...own].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt);
  const ownNotes: LibraryNote[] = ownSorted.map((note) => ({
    id: note.id,
    topic: OWN_TOPIC,
    title: note.title,
    body: note.body,
    tags: note.tags,
    source: note.source?.title || undefined,
    sourceUrl: note.source?.url || undefined,
    own: true,
    pinned: note.pinned,
    updatedAt: note.updatedAt,
  }));
  return {
    topics: [...topics.values(), { id: OWN_TOPIC }],
    notes: [...ownNotes.filter((n) => n.pinned), ...notes.values(), ...ownNotes.filter((n) => !n.pinned)],
    packs: packs.map(({ name, packVersion }) => ({ name, packVersion })),
  };
}

/** Learned/total of one topic. */
export interface TopicProgress {
  topic: LibraryTopic;
  learned: number;
  total: number;
}

/** Learned/total per topic (topics without notes left out), in the library's topic order. */
export function getTopicProgress(library: NotesLibrary, learned: ReadonlySet<string>): TopicProgress[] {
  const counts = new Map<string, { learned: number; total: number }>();
  for (const note of library.notes) {
    const count = counts.get(note.topic) ?? { learned: 0, total: 0 };
    count.total++;
    if (learned.has(note.id)) count.learned++;
    counts.set(note.topic, count);
  }
  return library.topics.flatMap((topic) => {
    const count = counts.get(topic.id);
    return count ? [{ topic, ...count }] : [];
  });
}
