import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'hoithi';
export const DB_VERSION = 3;

/**
 * IndexedDB schema, owned by the background. Each store belongs to one domain's repository
 * (attempts, receipts' outbox, notes), which validates what it reads: values are `unknown` here so
 * that this folder knows no domain.
 */
export interface HoithiDb extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { byStartedAt: number } };
  outbox: { key: string; value: unknown; indexes: { byAttempt: string; byCreated: number; byDue: number; byState: string } };
  /** The user's own notes (lib/notes validates them on read). */
  notes: { key: string; value: unknown; indexes: { byUpdated: number } };
  /** Per-note study state of any note, built-in or own: learned, and when. */
  noteState: { key: string; value: unknown };
  /** A notes pack imported from the office, in slot "office". */
  notePacks: { key: string; value: unknown };
}

let opening: Promise<IDBPDatabase<HoithiDb>> | undefined;

/** Opens (and upgrades) the database once per context. */
export function getDb(): Promise<IDBPDatabase<HoithiDb>> {
  opening ??= openDB<HoithiDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        attempts.createIndex('byStartedAt', 'startedAtMs');
      }
      if (oldVersion < 2) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'receiptId' });
        outbox.createIndex('byAttempt', 'attemptId', { unique: true });
        outbox.createIndex('byCreated', 'createdAtMs');
        outbox.createIndex('byDue', 'dueAt');
        outbox.createIndex('byState', 'state');
      }
      if (oldVersion < 3) {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byUpdated', 'updatedAt');
        db.createObjectStore('noteState', { keyPath: 'noteId' });
        db.createObjectStore('notePacks', { keyPath: 'slot' });
      }
    },
  }).catch((error: unknown) => {
    opening = undefined; // let the next call try again instead of caching a failure
    throw error;
  });
  return opening;
}

/** Closes the shared connection (tests use it to start from a fresh database). */
export async function closeDb(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
