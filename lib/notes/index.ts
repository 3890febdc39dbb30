export { BuiltinNotesPackError, getBuiltinNotesPack } from './builtin-pack';
export type { FoldedText, IndexedText, TextRange } from './normalize';
export { foldForIndex, foldForSearch, foldWithOffsets, toOriginalRange } from './normalize';
export type { Note, NotesErrorKey, NotesPack, NotesPackError, NoteTopic, ParseNotesPackResult } from './pack.schema';
export { MAX_NOTES_PACK_BYTES, notesPackSchema, parseNotesPack, validateNotesPack } from './pack.schema';
export type { NoteMatch, NotesIndex, SearchableNote, SearchOptions } from './search';
export { createNotesIndex, getQueryWords, searchNotes } from './search';
