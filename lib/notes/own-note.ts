import * as z from 'zod/mini';

/** Prefix of every own note id, so an own note never collides with a pack note in `noteState`. */
export const OWN_ID_PREFIX = 'own-';

const text = z.string().check(z.trim(), z.normalize('NFC'));
const required = (max: number) => text.check(z.minLength(1), z.maxLength(max));

/** Where a captured note came from: the page's address and title. */
const ownSourceSchema = z.strictObject({
  url: z.string().check(z.maxLength(2000)),
  title: text.check(z.maxLength(500)),
});

const fields = {
  id: required(100),
  title: required(200),
  body: text.check(z.maxLength(20_000)),
  tags: z.array(required(50)).check(z.maxLength(30)),
  pinned: z.boolean(),
  source: z.optional(ownSourceSchema),
};

/** One of the user's own notes as stored in IndexedDB (times in epoch milliseconds). */
export const ownNoteSchema = z.strictObject({
  ...fields,
  createdAt: z.number().check(z.nonnegative()),
  updatedAt: z.number().check(z.nonnegative()),
});

/** The same note inside an export file: times as ISO 8601 with offset (PRODUCT.md §4). */
export const ownNoteFileSchema = z.strictObject({
  ...fields,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type OwnNote = z.infer<typeof ownNoteSchema>;
export type OwnNoteSource = z.infer<typeof ownSourceSchema>;

/** What the editor hands over; the rest is filled in by createOwnNote/updateOwnNote. */
export interface OwnNoteDraft {
  title: string;
  body: string;
  tags: string[];
  pinned: boolean;
  source?: OwnNoteSource;
}

/** Splits "a, b ,, c" into distinct trimmed tags. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((tag) => tag.trim().normalize('NFC')).filter(Boolean))];
}

/** A new own note, validated; throws a ZodError when the draft breaks the schema. */
export function createOwnNote(draft: OwnNoteDraft, now: number, newId: () => string): OwnNote {
  return ownNoteSchema.parse({ ...draft, id: `${OWN_ID_PREFIX}${newId()}`, createdAt: now, updatedAt: now });
}

/** The note with the draft's content and a new `updatedAt`. */
export function updateOwnNote(note: OwnNote, draft: OwnNoteDraft, now: number): OwnNote {
  return ownNoteSchema.parse({ ...note, ...draft, source: draft.source ?? note.source, updatedAt: Math.max(now, note.updatedAt) });
}

/** True when `id` names an own note rather than a pack note. */
export function isOwnNoteId(id: string): boolean {
  return id.startsWith(OWN_ID_PREFIX);
}

const MAX_CAPTURED_TITLE = 80;

/**
 * The note made from text selected on a portal page (context menu): the first words as title,
 * the whole selection as body, the page as source. Undefined when the selection is empty.
 */
export function createCapturedNote(
  selection: string,
  page: { url: string; title: string },
  now: number,
  newId: () => string,
): OwnNote | undefined {
  const body = selection.replace(/\s+/g, ' ').trim().slice(0, 20_000);
  if (!body) return undefined;
  const title = body.length <= MAX_CAPTURED_TITLE ? body : `${body.slice(0, MAX_CAPTURED_TITLE).replace(/\s+\S*$/, '')}…`;
  return createOwnNote(
    { title, body, tags: [], pinned: false, source: { url: page.url.slice(0, 2000), title: page.title.slice(0, 500) } },
    now,
    newId,
  );
}
