import * as z from 'zod/mini';
import { createNotesPackError, toNotesPackError, type NotesErrorKey, type NotesPackError } from './pack-error';

export type { NotesErrorKey, NotesPackError } from './pack-error';

/** Largest notes pack accepted (UTF-8 bytes); larger files are refused before parsing. */
export const MAX_NOTES_PACK_BYTES = 2 * 1024 * 1024;

// Custom issues carry their catalog key so pack-error.ts can turn them into a specific message.
const keyed = (key: NotesErrorKey) => ({ key });

// Every string is stored NFC so that ids compare and search folds the same whatever the author's editor wrote.
const text = z.string().check(z.trim(), z.normalize('NFC'));
const required = (max: number) => text.check(z.minLength(1), z.maxLength(max));
const id = required(100);

const topicSchema = z.strictObject({ id, title: required(200) });

const noteSchema = z.strictObject({
  id,
  topic: id,
  title: required(200),
  body: required(5000),
  source: required(500),
  tags: z.optional(z.array(required(50))),
});

/** The study-notes pack file, version 1: topics, and notes that each name their source. */
export const notesPackSchema = z
  .strictObject({
    kind: z.literal('hoithi.notes'),
    version: z.literal(1),
    id,
    name: required(200),
    packVersion: text.check(z.refine((value) => /^\d{4}\.\d+$/.test(value), { params: keyed('notes.error.badPackVersion') })),
    language: z.literal('vi'),
    topics: z.array(topicSchema).check(z.minLength(1)),
    notes: z.array(noteSchema).check(z.minLength(1)),
  })
  .check(z.superRefine((pack, ctx) => {
    const duplicate = (path: (string | number)[], value: string) =>
      ctx.addIssue({ code: 'custom', message: 'duplicate id', path, input: value, params: keyed('notes.error.duplicateId') });
    const topics = new Set<string>();
    pack.topics.forEach((topic, index) => {
      if (topics.has(topic.id)) duplicate(['topics', index, 'id'], topic.id);
      topics.add(topic.id);
    });
    const notes = new Set<string>();
    pack.notes.forEach((note, index) => {
      if (notes.has(note.id)) duplicate(['notes', index, 'id'], note.id);
      notes.add(note.id);
      if (!topics.has(note.topic)) {
        const params = keyed('notes.error.unknownTopic');
        ctx.addIssue({ code: 'custom', message: 'unknown topic', path: ['notes', index, 'topic'], input: note.topic, params });
      }
    });
  }));

export type NotesPack = z.infer<typeof notesPackSchema>;
export type Note = NotesPack['notes'][number];
export type NoteTopic = NotesPack['topics'][number];

export type ParseNotesPackResult = { ok: true; pack: NotesPack } | { ok: false; error: NotesPackError };

/** Reads a notes pack file; never throws, reports the first problem found. */
export function parseNotesPack(text: string): ParseNotesPackResult {
  // Cheap check first: UTF-8 never takes fewer bytes than UTF-16 code units.
  const bytes = text.length > MAX_NOTES_PACK_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_NOTES_PACK_BYTES) return fail('notes.error.tooLarge', { size: Math.ceil(bytes / 1024) });
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return position ? fail('notes.error.notJsonAt', getLineColumn(source, Number(position[1]))) : fail('notes.error.notJson');
  }
  return validateNotesPack(value);
}

/** Validates an already-parsed value as a notes pack (e.g. the built-in JSON); never throws. */
export function validateNotesPack(value: unknown): ParseNotesPackResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('notes.error.notObject');
  // Kind and version first: a different file deserves "wrong file", not a list of field errors.
  const { kind, version } = value as Record<string, unknown>;
  if (kind !== 'hoithi.notes') return fail('notes.error.wrongKind', {}, 'kind');
  if (version === undefined) return fail('notes.error.missing', {}, 'version');
  if (version !== 1) return fail('notes.error.unsupportedVersion', { version: String(version) }, 'version');
  const result = notesPackSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, error: toNotesPackError(result.error.issues[0]!) };
}

function fail(key: NotesErrorKey, params: Record<string, string | number> = {}, field?: string): ParseNotesPackResult {
  return { ok: false, error: createNotesPackError(key, params, field) };
}

function getLineColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, position).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
