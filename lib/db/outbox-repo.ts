import { outboxEntrySchema, withDueAt, type OutboxEntry } from '../receipts/outbox-entry';
import { getDb } from './open';

// Every write here is strict: an entry the user was told about, or a delivery the server
// acknowledged, must be on disk before anything else happens.
const STRICT = { durability: 'strict' } as const;

function readEntry(row: unknown): OutboxEntry | undefined {
  const parsed = outboxEntrySchema.safeParse(row);
  if (!parsed.success) console.warn('[hoithi] skipped an unreadable outbox entry', row);
  return parsed.success ? parsed.data : undefined;
}

/** Adds a receipt to the outbox unless its attempt already has one; true when added. */
export async function addOutboxEntry(entry: OutboxEntry): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', STRICT);
  const existing = await tx.store.index('byAttempt').getKey(entry.attemptId);
  if (existing === undefined) await tx.store.add(entry);
  await tx.done;
  return existing === undefined;
}

/** Every entry, oldest first. */
export async function getOutboxEntries(): Promise<OutboxEntry[]> {
  const db = await getDb();
  const rows = await db.getAllFromIndex('outbox', 'byCreated');
  return rows.flatMap((row) => readEntry(row) ?? []);
}

/** Ids of the attempts that already have a receipt. */
export async function getAttemptsWithReceipt(): Promise<Set<string>> {
  const db = await getDb();
  const ids = new Set<string>();
  let cursor = await db.transaction('outbox').store.index('byAttempt').openKeyCursor();
  while (cursor) {
    ids.add(cursor.key);
    cursor = await cursor.continue();
  }
  return ids;
}

/**
 * Claims up to `limit` entries due at `now` for `owner`, in one transaction: two flushes racing
 * cannot both take the same entry. Entries `sending` under an expired lease are due again.
 */
export async function claimDueEntries(owner: string, now: number, leaseMs: number, limit: number): Promise<OutboxEntry[]> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', STRICT);
  const claimed: OutboxEntry[] = [];
  // Only queued and sending entries are in the index, so settled receipts cost nothing here.
  let cursor = await tx.store.index('byDue').openCursor(IDBKeyRange.upperBound(now));
  while (cursor && claimed.length < limit) {
    const entry = readEntry(cursor.value);
    if (entry) {
      const next = withDueAt({ ...entry, state: 'sending', leaseOwner: owner, leaseUntil: now + leaseMs });
      await cursor.update(next);
      claimed.push(next);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return claimed;
}

/** Applies `change` to each entry still claimed by `owner`, in one transaction. */
export async function updateClaimedEntries(owner: string, changes: ReadonlyMap<string, (entry: OutboxEntry) => OutboxEntry>): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', STRICT);
  await Promise.all(
    [...changes].map(async ([receiptId, change]) => {
      const entry = readEntry(await tx.store.get(receiptId));
      if (entry && entry.state === 'sending' && entry.leaseOwner === owner) await tx.store.put(withDueAt(change(entry)));
    }),
  );
  await tx.done;
}

/** Changes every entry that `select` picks (e.g. "Gửi lại ngay", or releasing a dead worker's claims). */
export async function updateEntriesWhere(select: (entry: OutboxEntry) => boolean, change: (entry: OutboxEntry) => OutboxEntry): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', STRICT);
  let count = 0;
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const entry = readEntry(cursor.value);
    if (entry && select(entry)) {
      await cursor.update(withDueAt(change(entry)));
      count += 1;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return count;
}

/** The earliest `dueAt` of a queued or sending entry, or undefined when nothing is pending. */
export async function getNextDueAt(): Promise<number | undefined> {
  const db = await getDb();
  const cursor = await db.transaction('outbox').store.index('byDue').openKeyCursor();
  return cursor?.key;
}
