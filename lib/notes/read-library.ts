import { getBuiltinNotesPack } from './builtin-pack';
import { createNotesLibrary, type NotesLibrary, type StoredPack } from './library';
import type { OwnNote } from './own-note';
import { getLearnedIds, getOfficePack, getOwnNotes } from './repository';

// Kept apart from the repository so the background (which only captures notes) never bundles the pack.

/** Everything a notes view shows: the library (packs + own notes), the own notes, learned ids. */
export async function readNotesLibrary(): Promise<{ library: NotesLibrary; own: OwnNote[]; learned: Set<string>; office?: StoredPack }> {
  const [office, own, learned] = await Promise.all([getOfficePack(), getOwnNotes(), getLearnedIds()]);
  return { library: createNotesLibrary(getBuiltinNotesPack(), office, own), own, learned, office };
}
