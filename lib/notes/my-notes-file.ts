import * as z from 'zod/mini';
import { formatZonedIso } from '../rounds';
import type { notesUi } from '../i18n/catalog/notes-ui';
import { ownNoteFileSchema, type OwnNote } from './own-note';
import { createNotesPackError, toNotesPackError, type NotesErrorKey } from './pack-error';

/** Largest own-notes backup accepted (UTF-8 bytes). */
export const MAX_MY_NOTES_BYTES = 10 * 1024 * 1024;

export type MyNotesErrorKey = Extract<keyof typeof notesUi, `mynotes.error.${string}`>;

/** Why a backup file was refused: a catalog key, parameters, and the field to blame if any. */
export interface MyNotesFileError {
  key: NotesErrorKey | MyNotesErrorKey;
  params: Record<string, string | number>;
  field?: string;
}

/** The own-notes export file, version 1. */
export const myNotesFileSchema = z
  .strictObject({
    kind: z.literal('hoithi.mynotes'),
    version: z.literal(1),
    exportedAt: z.iso.datetime({ offset: true }),
    notes: z.array(ownNoteFileSchema),
  })
  .check(z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.notes.forEach((note, index) => {
      if (seen.has(note.id)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate id', path: ['notes', index, 'id'], input: note.id, params: { key: 'notes.error.duplicateId' } });
      }
      seen.add(note.id);
    });
  }));

export type MyNotesFile = z.infer<typeof myNotesFileSchema>;
export type ParseMyNotesResult = { ok: true; notes: OwnNote[] } | { ok: false; error: MyNotesFileError };

/** Builds the export file of every own note; times in the contest's time zone. */
export function createMyNotesFile(notes: readonly OwnNote[], now: number, timeZone: string): MyNotesFile {
  const iso = (ms: number) => formatZonedIso(ms, timeZone);
  return {
    kind: 'hoithi.mynotes',
    version: 1,
    exportedAt: iso(now),
    notes: notes.map((note) => ({ ...note, createdAt: iso(note.createdAt), updatedAt: iso(note.updatedAt) })),
  };
}

/** Reads an own-notes backup; never throws, reports the first problem found. */
export function parseMyNotesFile(text: string): ParseMyNotesResult {
  const bytes = text.length > MAX_MY_NOTES_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_MY_NOTES_BYTES) return fail('mynotes.error.tooLarge', { size: Math.ceil(bytes / 1024) });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('notes.error.notJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('notes.error.notObject');
  const { kind, version } = value as Record<string, unknown>;
  // A pack file picked by mistake deserves its own hint: it goes through "Nhập gói ghi chú".
  if (kind === 'hoithi.notes') return fail('mynotes.error.isPack', {}, 'kind');
  if (kind !== 'hoithi.mynotes') return fail('mynotes.error.wrongKind', {}, 'kind');
  if (version !== 1) return fail('notes.error.unsupportedVersion', { version: String(version) }, 'version');
  const result = myNotesFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, error: toNotesPackError(result.error.issues[0]!) };
  const notes = result.data.notes.map((note) => ({ ...note, createdAt: Date.parse(note.createdAt), updatedAt: Date.parse(note.updatedAt) }));
  return { ok: true, notes };
}

function fail(key: MyNotesFileError['key'], params: Record<string, string | number> = {}, field?: string): ParseMyNotesResult {
  return { ok: false, error: createNotesPackError(key as NotesErrorKey, params, field) };
}

/** What an import would do: the notes to write and how many were new, newer, or already there. */
export interface MergePlan {
  put: OwnNote[];
  added: number;
  updated: number;
  skipped: number;
}

const contentKey = (note: OwnNote) => `${note.title.toLowerCase()}\u0000${note.body.toLowerCase()}`;

/**
 * Merges imported notes into the stored ones without duplicates: a known id is replaced only by a
 * newer version; a note whose title and body equal an existing note's is skipped whatever its id.
 */
export function mergeOwnNotes(existing: readonly OwnNote[], incoming: readonly OwnNote[]): MergePlan {
  const byId = new Map(existing.map((note) => [note.id, note]));
  const contents = new Set(existing.map(contentKey));
  const plan: MergePlan = { put: [], added: 0, updated: 0, skipped: 0 };
  for (const note of incoming) {
    const known = byId.get(note.id);
    if (known) {
      if (note.updatedAt > known.updatedAt) {
        plan.put.push(note);
        plan.updated++;
        byId.set(note.id, note);
        contents.add(contentKey(note));
      } else plan.skipped++;
      continue;
    }
    if (contents.has(contentKey(note))) {
      plan.skipped++;
      continue;
    }
    plan.put.push(note);
    plan.added++;
    byId.set(note.id, note);
    contents.add(contentKey(note));
  }
  return plan;
}
