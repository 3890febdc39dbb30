import { getBuiltinNotesPack } from '../notes/builtin-pack';
import { createNotesLibrary, type NotesLibrary, type StoredPack } from '../notes/library';
import type { OwnNote } from '../notes/own-note';
import { getLearnedIds, getOfficePack, getOwnNotes } from './notes-repo';

// Kept apart from notes-repo so the background (which only captures notes) never bundles the pack.

/** Everything a notes view shows: the library (packs + own notes), the own notes, learned ids. */
export async function readNotesLibrary(): Promise<{ library: NotesLibrary; own: OwnNote[]; learned: Set<string>; office?: StoredPack }> {
  const [office, own, learned] = await Promise.all([getOfficePack(), getOwnNotes(), getLearnedIds()]);
  return { library: createNotesLibrary(getBuiltinNotesPack(), office, own), own, learned, office };
}
