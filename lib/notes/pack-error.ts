import type * as z from 'zod/mini';
import { formatFieldPath } from '../config/parse';
import type { notes } from '../i18n/catalog/notes';

export type NotesErrorKey = Extract<keyof typeof notes, `notes.error.${string}`>;

/** Why a notes pack was refused: a catalog key, its parameters, and the field path when one is to blame. */
export interface NotesPackError {
  key: NotesErrorKey;
  params: Record<string, string | number>;
  field?: string;
}

/** Builds a refusal; `field` also goes into the parameters so messages can name it. */
export function createNotesPackError(
  key: NotesErrorKey,
  params: Record<string, string | number> = {},
  field?: string,
): NotesPackError {
  return field === undefined ? { key, params } : { key, params: { ...params, field }, field };
}

/** Turns the first zod issue of a notes pack into a specific, translatable refusal. */
export function toNotesPackError(issue: z.core.$ZodIssue): NotesPackError {
  let field = formatFieldPath(issue.path);
  const error = (key: NotesErrorKey, extra: Record<string, string | number> = {}) =>
    createNotesPackError(key, extra, field);
  // A note without a source is the one refusal a pack author must understand at once.
  const isSource = issue.path.at(-1) === 'source' && issue.path[0] === 'notes';
  switch (issue.code) {
    case 'custom': {
      const { key, ...extra } = (issue.params ?? {}) as { key?: NotesErrorKey } & Record<string, string | number>;
      const value: Record<string, string> = typeof issue.input === 'string' ? { value: issue.input } : {};
      return error(key ?? 'notes.error.invalid', { ...value, ...extra });
    }
    case 'invalid_type':
      if (issue.input === undefined) return error(isSource ? 'notes.error.noSource' : 'notes.error.missing');
      if (issue.expected === 'string') return error('notes.error.notText');
      if (issue.expected === 'array') return error('notes.error.notList');
      if (issue.expected === 'object') return error('notes.error.notGroup');
      return error('notes.error.invalid');
    case 'invalid_value':
      if (field === 'language') return error('notes.error.wrongLanguage', { value: String(issue.input) });
      return error('notes.error.invalid');
    case 'unrecognized_keys':
      field = formatFieldPath([...issue.path, issue.keys[0] ?? '']);
      return error('notes.error.unknownField');
    case 'too_small':
      if (isSource) return error('notes.error.noSource');
      return error(issue.origin === 'array' ? 'notes.error.emptyList' : 'notes.error.empty');
    case 'too_big':
      return error('notes.error.tooLong', { max: Number(issue.maximum) });
    default:
      return error('notes.error.invalid');
  }
}
