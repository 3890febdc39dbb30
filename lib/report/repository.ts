import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { Receipt } from '../receipts/schema';
import { rosterRowSchema, type RosterRow } from './roster';

// The admin page's own database, apart from the extension's 'hoithi' (which the background owns):
// what an admin imports stays on this computer until they clear it.
export const ADMIN_DB_NAME = 'hoithi-admin';
const ADMIN_DB_VERSION = 2;

/** The receipts one file added (only those not already stored), with the ids whose digest failed. */
export interface ReceiptBatch { file: string; importedAt: number; receipts: Receipt[]; badDigests: string[] }
export interface StoredRoster { file: string; importedAt: number; rows: RosterRow[] }

/** A stored roster as read back: checked like any input, since the database may be damaged or hand-edited. */
export const storedRosterSchema: z.ZodMiniType<StoredRoster> = z.object({
  file: z.string(),
  importedAt: z.number(),
  rows: z.array(rosterRowSchema),
});

interface AdminDb extends DBSchema {
  // One record per imported file: 30,000 receipts are written as one value, not 30,000 puts.
  batches: { key: number; value: ReceiptBatch };
  roster: { key: string; value: StoredRoster };
  /** The per-file import lines, shown again when the page reopens. */
  log: { key: number; value: unknown };
  /** Small named values of the page (version 2): the collector's address and token, where the last pull stopped. */
  settings: { key: string; value: unknown };
}

/** Setting keys: `pullSource` survives a clear, `pullCursor` does not (a clear means "read everything again"). */
export type AdminSettingKey = 'pullSource' | 'pullCursor';

let opening: Promise<IDBPDatabase<AdminDb>> | undefined;

function getAdminDb(): Promise<IDBPDatabase<AdminDb>> {
  opening ??= openDB<AdminDb>(ADMIN_DB_NAME, ADMIN_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('batches', { autoIncrement: true });
        db.createObjectStore('roster');
        db.createObjectStore('log', { autoIncrement: true });
      }
      if (oldVersion < 2) db.createObjectStore('settings');
    },
  });
  return opening;
}

export interface AdminData { batches: ReceiptBatch[]; roster?: StoredRoster; log: unknown[]; settings: Partial<Record<AdminSettingKey, unknown>> }

/** Everything imported so far, batches in import order. */
export async function loadAdminData(): Promise<AdminData> {
  const db = await getAdminDb();
  const tx = db.transaction(['batches', 'roster', 'log', 'settings']);
  const settingsStore = tx.objectStore('settings');
  const [batches, roster, log, keys, values] = await Promise.all([
    tx.objectStore('batches').getAll(), tx.objectStore('roster').get('current'), tx.objectStore('log').getAll(), settingsStore.getAllKeys(), settingsStore.getAll(),
  ]);
  await tx.done;
  return { batches, roster, log, settings: Object.fromEntries(keys.map((k, i) => [k, values[i]])) };
}

/** Stores one import: new receipt batches, the roster if one was read, the file lines and settings, all or nothing. */
export async function saveImport(
  batches: readonly ReceiptBatch[],
  roster: StoredRoster | undefined,
  lines: readonly unknown[],
  settings: Partial<Record<AdminSettingKey, unknown>> = {},
): Promise<void> {
  const db = await getAdminDb();
  const tx = db.transaction(['batches', 'roster', 'log', 'settings'], 'readwrite', { durability: 'strict' });
  const writes: Promise<unknown>[] = batches.map((batch) => tx.objectStore('batches').add(batch));
  if (roster) writes.push(tx.objectStore('roster').put(roster, 'current'));
  for (const line of lines) writes.push(tx.objectStore('log').add(line));
  for (const [key, value] of Object.entries(settings)) writes.push(tx.objectStore('settings').put(value, key));
  await Promise.all([...writes, tx.done]);
}

/** Forgets every receipt, the roster, the log and where the last pull stopped (not the collector's address). */
export async function clearAdminData(): Promise<void> {
  const db = await getAdminDb();
  const tx = db.transaction(['batches', 'roster', 'log', 'settings'], 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.objectStore('batches').clear(), tx.objectStore('roster').clear(), tx.objectStore('log').clear(), tx.objectStore('settings').delete('pullCursor'), tx.done,
  ]);
}
