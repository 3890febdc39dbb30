import * as z from 'zod/mini';
import { storedPackSchema, type StoredPack } from './library';
import { ownNoteSchema, type OwnNote } from './own-note';
import { getDb } from '../db/open';

// The three notes stores. Extension pages open the database themselves (it is the extension's
// origin); the background uses putOwnNote for the context-menu capture. Rows are validated on read.

const noteStateSchema = z.object({ noteId: z.string(), learnedAt: z.number() });

/** Every readable own note; unreadable rows are skipped and logged. */
export async function getOwnNotes(): Promise<OwnNote[]> {
  const rows = await (await getDb()).getAll('notes');
  return rows.flatMap((row) => {
    const parsed = ownNoteSchema.safeParse(row);
    if (parsed.success) return [parsed.data];
    console.warn('[hoithi] skipped an unreadable note', row);
    return [];
  });
}

/** Writes own notes in one transaction, resolved only when on disk: losing a note is the worst failure. */
export async function putOwnNotes(notes: readonly OwnNote[]): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
  await Promise.all([...notes.map((note) => tx.store.put(note)), tx.done]);
}

export async function putOwnNote(note: OwnNote): Promise<void> {
  await putOwnNotes([note]);
}

/** Deletes an own note and its learned mark. */
export async function deleteOwnNote(id: string): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(['notes', 'noteState'], 'readwrite', { durability: 'strict' });
  await Promise.all([tx.objectStore('notes').delete(id), tx.objectStore('noteState').delete(id), tx.done]);
}

/** Ids of the notes marked as learned. */
export async function getLearnedIds(): Promise<Set<string>> {
  const rows = await (await getDb()).getAll('noteState');
  return new Set(rows.flatMap((row) => {
    const parsed = noteStateSchema.safeParse(row);
    return parsed.success ? [parsed.data.noteId] : [];
  }));
}

/** Marks or unmarks one note (built-in or own) as learned. */
export async function setLearned(noteId: string, learned: boolean, now: number): Promise<void> {
  const db = await getDb();
  if (learned) await db.put('noteState', { noteId, learnedAt: now });
  else await db.delete('noteState', noteId);
}

/** The office pack in use, if one was imported and is still readable. */
export async function getOfficePack(): Promise<StoredPack | undefined> {
  const row = await (await getDb()).get('notePacks', 'office');
  if (row === undefined) return undefined;
  const parsed = storedPackSchema.safeParse(row);
  if (!parsed.success) console.warn('[hoithi] the stored notes pack is unreadable; using the built-in one');
  return parsed.success ? parsed.data : undefined;
}

export async function saveOfficePack(pack: StoredPack): Promise<void> {
  await (await getDb()).put('notePacks', pack);
}

/** Back to the built-in pack only. */
export async function removeOfficePack(): Promise<void> {
  await (await getDb()).delete('notePacks', 'office');
}

