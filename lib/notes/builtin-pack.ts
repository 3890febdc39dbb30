import raw from './builtin-pack.json';
import { validateNotesPack, type NotesPack } from './pack.schema';

/** The pack shipped with the extension failed validation: a build defect, never the user's doing. */
export class BuiltinNotesPackError extends Error {
  override name = 'BuiltinNotesPackError';
}

let cached: NotesPack | undefined;

/** The built-in study-notes pack, validated on first use and then kept. */
export function getBuiltinNotesPack(): NotesPack {
  if (cached) return cached;
  const result = validateNotesPack(raw);
  if (!result.ok) throw new BuiltinNotesPackError(`${result.error.key} at ${result.error.field ?? '(root)'}`);
  cached = result.pack;
  return cached;
}
