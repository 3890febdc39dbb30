import { getContestConfig } from '@/lib/config/storage';
import { getOwnNotes, putOwnNotes, saveOfficePack } from '@/lib/notes/repository';
import { createMyNotesFile, mergeOwnNotes, parseMyNotesFile, type MergePlan, type MyNotesFileError } from '@/lib/notes/my-notes-file';
import type { PackMode } from '@/lib/notes/library';
import { parseNotesPack, type NotesPack, type NotesPackError } from '@/lib/notes/pack.schema';
import { saveLastBackupAt } from '@/lib/notes/backup-state';
import { formatZonedIso } from '@/lib/rounds';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads every own note as the `hoithi.mynotes` file and records the backup time. */
export async function exportOwnNotes(): Promise<{ file: string; count: number; at: number }> {
  const [notes, { contest }] = await Promise.all([getOwnNotes(), getContestConfig()]);
  const at = Date.now();
  const stamp = formatZonedIso(at, contest.timeZone).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = `ghi-chu-hoithi-${stamp}.json`;
  download(file, `${JSON.stringify(createMyNotesFile(notes, at, contest.timeZone), null, 2)}\n`);
  await saveLastBackupAt(at);
  return { file, count: notes.length, at };
}

/** Reads a backup and merges it in one transaction; a refused file writes nothing. */
export async function importOwnNotes(file: File): Promise<{ ok: true; plan: MergePlan } | { ok: false; error: MyNotesFileError }> {
  const parsed = parseMyNotesFile(await file.text());
  if (!parsed.ok) return parsed;
  const plan = mergeOwnNotes(await getOwnNotes(), parsed.notes);
  if (plan.put.length) await putOwnNotes(plan.put);
  return { ok: true, plan };
}

/** Reads an office pack and stores it in the "office" slot; a refused file writes nothing. */
export async function importPack(file: File, mode: PackMode): Promise<{ ok: true; pack: NotesPack } | { ok: false; error: NotesPackError }> {
  const parsed = parseNotesPack(await file.text());
  if (!parsed.ok) return parsed;
  await saveOfficePack({ slot: 'office', mode, importedAt: Date.now(), pack: parsed.pack });
  return { ok: true, pack: parsed.pack };
}
