import { storage } from 'wxt/utils/storage';

const lastBackupItem = storage.defineItem<number>('local:notesBackupAt');

/** When the own notes were last exported (epoch ms), or undefined if never. */
export async function getLastBackupAt(): Promise<number | undefined> {
  const value = await lastBackupItem.getValue();
  return typeof value === 'number' ? value : undefined;
}

export async function saveLastBackupAt(at: number): Promise<void> {
  await lastBackupItem.setValue(at);
}

/** How many own notes were created or changed after the last backup (all of them if never). */
export function countUnsavedNotes(notes: readonly { updatedAt: number }[], lastBackupAt: number | undefined): number {
  return lastBackupAt === undefined ? notes.length : notes.filter((note) => note.updatedAt > lastBackupAt).length;
}
