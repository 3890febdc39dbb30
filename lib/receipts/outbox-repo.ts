import { OUTBOX_STATES, outboxEntrySchema, withDueAt, type OutboxEntry, type OutboxState } from './outbox-entry';
import { getDb } from '../db/open';

// A new receipt is written strictly: once the user is told it is saved, it is on disk. Delivery
// bookkeeping (claims, answers) is relaxed: if a crash loses it, the receipt is sent again with
// the same Idempotency-Key and the endpoint answers 409, which also counts as delivered.
const STRICT = { durability: 'strict' } as const;
const RELAXED = { durability: 'relaxed' } as const;

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
  const tx = db.transaction('outbox', 'readwrite', RELAXED);
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
  const tx = db.transaction('outbox', 'readwrite', RELAXED);
  await Promise.all(
    [...changes].map(async ([receiptId, change]) => {
      const entry = readEntry(await tx.store.get(receiptId));
      if (entry && entry.state === 'sending' && entry.leaseOwner === owner) await tx.store.put(withDueAt(change(entry)));
    }),
  );
  await tx.done;
}

/**
 * Makes entries due at `now`, visiting only the ones that can change (by index, not the whole
 * store): `sending` entries claimed by another owner (a stopped worker), and, as asked, `queued`
 * entries still backing off and `rejected` ones. Returns how many changed.
 */
export async function makeEntriesDue(
  now: number,
  which: { staleClaimsOf: string; backingOff: boolean; rejected: boolean },
): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', RELAXED);
  const byState = tx.store.index('byState');
  const release = (e: OutboxEntry): OutboxEntry =>
    withDueAt({ ...e, state: 'queued', leaseOwner: null, leaseUntil: null, nextAttemptAt: Math.min(e.nextAttemptAt, now) });
  let count = 0;
  const visit = async (state: OutboxState, select: (e: OutboxEntry) => boolean) => {
    for (let cursor = await byState.openCursor(state); cursor; cursor = await cursor.continue()) {
      const entry = readEntry(cursor.value);
      if (!entry || !select(entry)) continue;
      await cursor.update(release(entry));
      count += 1;
    }
  };
  await visit('sending', (e) => e.leaseOwner !== which.staleClaimsOf);
  if (which.backingOff) await visit('queued', (e) => e.nextAttemptAt > now);
  if (which.rejected) await visit('rejected', () => true);
  await tx.done;
  return count;
}

/** The earliest `dueAt` of a queued or sending entry, or undefined when nothing is pending. */
export async function getNextDueAt(): Promise<number | undefined> {
  const db = await getDb();
  const cursor = await db.transaction('outbox').store.index('byDue').openKeyCursor();
  return cursor?.key;
}

/** The `limit` newest entries, newest first, and how many entries there are in each state. */
export async function getRecentOutboxEntries(limit: number): Promise<{ entries: OutboxEntry[]; counts: Record<OutboxState, number> }> {
  const db = await getDb();
  const tx = db.transaction('outbox');
  const entries: OutboxEntry[] = [];
  let cursor = await tx.store.index('byCreated').openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    const entry = readEntry(cursor.value);
    if (entry) entries.push(entry);
    cursor = await cursor.continue();
  }
  const byState = tx.store.index('byState');
  const [queued, sending, delivered, rejected] = await Promise.all(OUTBOX_STATES.map((state) => byState.count(state)));
  return { entries, counts: { queued: queued!, sending: sending!, delivered: delivered!, rejected: rejected! } };
}

/**
 * Withdraws a declared attempt: deletes it and its receipt in one strict transaction, unless the
 * receipt is delivered or being sent (then nothing changes). One transaction over both stores, so
 * a flush claiming the receipt and this deletion cannot interleave.
 */
export async function removeAttemptAndReceipt(attemptId: string): Promise<'removed' | 'delivered' | 'sending'> {
  const db = await getDb();
  const tx = db.transaction(['attempts', 'outbox'], 'readwrite', STRICT);
  const outbox = tx.objectStore('outbox');
  const row = await outbox.index('byAttempt').get(attemptId);
  const entry = row === undefined ? undefined : readEntry(row);
  // An entry we cannot read is kept as if delivered: nothing stored is dropped on a guess.
  const state = row !== undefined && !entry ? 'delivered' : entry?.state;
  const blocked = state === 'delivered' || state === 'sending' ? state : undefined;
  if (!blocked) {
    if (entry) await outbox.delete(entry.receiptId);
    await tx.objectStore('attempts').delete(attemptId);
  }
  await tx.done;
  return blocked ?? 'removed';
}

/** Ids of the attempts whose receipt the endpoint has taken. */
export async function getAttemptsWithDeliveredReceipt(): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.getAllFromIndex('outbox', 'byState', 'delivered');
  // Only the ids are needed (the popup asks on every open): read them without validating each receipt.
  return new Set(rows.flatMap((row) => {
    const id = (row as { attemptId?: unknown } | null)?.attemptId;
    return typeof id === 'string' ? [id] : [];
  }));
}
