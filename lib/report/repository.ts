import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { Receipt } from '../receipts/schema';
import { canonicalChunkText, type CanonicalChunk } from '../receipts/verify-batch';
import { rosterRowSchema, type RosterRow } from './roster';

// The admin page's own database, apart from the extension's 'hoithi' (which the background owns):
// what an admin imports stays on this computer until they clear it.
export const ADMIN_DB_NAME = 'hoithi-admin';
const ADMIN_DB_VERSION = 2;

/**
 * The receipts one file added (only those not already stored), with the ids whose digest failed and,
 * when the digest checks made them, the canonical texts they were checked over (see StoredBatch).
 */
export interface ReceiptBatch { file: string; importedAt: number; receipts: Receipt[]; badDigests: string[]; canonical?: CanonicalChunk[] }

/**
 * A batch as stored: its receipts as the canonical texts their digests cover, in chunks (a JSON
 * array, UTF-8: canonicalChunkText) with each chunk's digests beside it, in order. These are the
 * bytes the import hashed, so storing them costs no second serialisation.
 */
interface StoredBatch {
  file: string;
  importedAt: number;
  badDigests: string[];
  chunks: { canonical: Uint8Array; digests: string[] }[];
  /** Always empty: a version from before chunks reads the batch as holding nothing, instead of failing to open the page. */
  receipts: [];
}
/** How batches were stored before: the receipt objects themselves. Still read. */
interface ObjectBatch { file: string; importedAt: number; badDigests: string[]; receipts: unknown[] }

/** A stored batch as read back: its records are unchecked (undefined where a receipt could not be read). */
export interface LoadedBatch { file: string; importedAt: number; badDigests: string[]; records: unknown[] }
export interface StoredRoster { file: string; importedAt: number; rows: RosterRow[] }

/** A stored roster as read back: checked like any input, since the database may be damaged or hand-edited. */
export const storedRosterSchema: z.ZodMiniType<StoredRoster> = z.object({
  file: z.string(),
  importedAt: z.number(),
  rows: z.array(rosterRowSchema),
});

interface AdminDb extends DBSchema {
  // One record per imported file: 30,000 receipts are written as one value, not 30,000 puts.
  batches: { key: number; value: StoredBatch | ObjectBatch };
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

export interface AdminData { batches: LoadedBatch[]; roster?: StoredRoster; log: unknown[]; settings: Partial<Record<AdminSettingKey, unknown>> }

/** Everything imported so far, batches in import order. */
export async function loadAdminData(): Promise<AdminData> {
  const db = await getAdminDb();
  const tx = db.transaction(['batches', 'roster', 'log', 'settings']);
  const settingsStore = tx.objectStore('settings');
  const [batches, roster, log, keys, values] = await Promise.all([
    tx.objectStore('batches').getAll(), tx.objectStore('roster').get('current'), tx.objectStore('log').getAll(), settingsStore.getAllKeys(), settingsStore.getAll(),
  ]);
  await tx.done;
  return { batches: batches.map(loadBatch), roster, log, settings: Object.fromEntries(keys.map((k, i) => [k, values[i]])) };
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

function loadBatch(value: StoredBatch | ObjectBatch): LoadedBatch {
  // Read as the damaged or hand-edited record it may be: anything missing is left to the checks.
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<StoredBatch & ObjectBatch>;
  const { file = '', importedAt = 0 } = stored;
  const badDigests = isList(stored.badDigests) ? stored.badDigests.filter((id) => typeof id === 'string') : [];
  if (stored.chunks === undefined) return { file, importedAt, badDigests, records: isList(stored.receipts) ? stored.receipts : [] };
  const records: unknown[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const chunk of isList(stored.chunks) ? stored.chunks : []) {
    const digests: unknown[] = isList(chunk?.digests) ? chunk.digests : [];
    let bodies: unknown[] = [];
    try {
      const parsed: unknown = JSON.parse(decoder.decode(chunk.canonical));
      if (isList(parsed)) bodies = parsed;
    } catch {
      // not UTF-8, not JSON, or not bytes at all: each of its digests stands for one damaged receipt
    }
    for (let i = 0; i < Math.max(bodies.length, digests.length); i++) records.push(withDigest(bodies[i], digests[i]));
  }
  return { file, importedAt, badDigests, records };
}

// One stored receipt body and its digest as the receipt they were: left to the schema to judge.
const withDigest = (body: unknown, digest: unknown): unknown =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body, digest } : undefined;

/** The stored form of a batch; canonical texts the digest checks did not give are made here. */
function storedBatch({ file, importedAt, badDigests, receipts, canonical }: ReceiptBatch): StoredBatch {
  const given = canonical ?? [{ bytes: new TextEncoder().encode(canonicalChunkText(receipts)), count: receipts.length }];
  let at = 0;
  const chunks = given.map(({ bytes, count }) => {
    const digests = receipts.slice(at, at + count).map((r) => r.digest);
    at += count;
    return { canonical: bytes, digests };
  });
  if (at !== receipts.length) throw new Error(`canonical texts for ${at} of ${receipts.length} receipts`);
  return { file, importedAt, badDigests, chunks: receipts.length > 0 ? chunks : [], receipts: [] };
}

/** Stores one import: new receipt batches, the roster if one was read, the file lines and settings, all or nothing. */
export async function saveImport(
  batches: readonly ReceiptBatch[],
  roster: StoredRoster | undefined,
  lines: readonly unknown[],
  settings: Partial<Record<AdminSettingKey, unknown>> = {},
): Promise<void> {
  // Made before the transaction opens: a batch that cannot be stored must not leave the others written.
  const stored = batches.map(storedBatch);
  const db = await getAdminDb();
  const tx = db.transaction(['batches', 'roster', 'log', 'settings'], 'readwrite', { durability: 'strict' });
  const writes: Promise<unknown>[] = stored.map((batch) => tx.objectStore('batches').add(batch));
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
