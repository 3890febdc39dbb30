import { DatabaseSync, type StatementSync } from 'node:sqlite';

// One SQLite file, WAL with synchronous=FULL: a COMMIT returns only once the WAL is on disk, so a
// receipt answered 201 survives a crash or a power cut. Receipts that arrive together are written in
// one transaction (group commit): one fsync for the lot instead of one each, and still no answer
// before the commit. The primary key on the receipt id makes a repeat a no-op inside that same
// transaction, so two racing copies of one receipt can never both be stored.

export type AddResult = 'inserted' | 'duplicate';

/** A stored receipt: its place in insertion order (the cursor) and the JSON text that was accepted. */
export interface StoredRow { seq: number; body: string }

export interface ReceiptStore {
  /** Stores the receipt unless its id is already there; resolves after the commit. */
  add(receiptId: string, body: string, receivedAt: number): Promise<AddResult>;
  /** Up to `limit` receipts after `after`, oldest first, and whether more follow. */
  page(after: number, limit: number): { rows: StoredRow[]; more: boolean };
  count(): number;
  /** Waits for the commits in progress, then closes the database. */
  close(): Promise<void>;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS receipts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    receipt_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL
  ) STRICT;
`;

interface Pending { receiptId: string; body: string; receivedAt: number; resolve: (r: AddResult) => void; reject: (e: unknown) => void }

/** Opens (or creates) the receipt database at `file`; ':memory:' for a store that lives with the process. */
export function openReceiptStore(file: string): ReceiptStore {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(SCHEMA);
  const insert: StatementSync = db.prepare('INSERT INTO receipts (receipt_id, body, received_at) VALUES (?, ?, ?) ON CONFLICT (receipt_id) DO NOTHING');
  const select = db.prepare('SELECT seq, body FROM receipts WHERE seq > ? ORDER BY seq LIMIT ?');
  const counter = db.prepare('SELECT count(*) AS n FROM receipts');
  let queue: Pending[] = [];
  let flushing: Promise<void> | undefined;
  let closed = false;

  // Everything queued since the last flush goes into one transaction; all answers wait for its COMMIT.
  function flush() {
    const batch = queue;
    queue = [];
    const results: AddResult[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const p of batch) results.push(insert.run(p.receiptId, p.body, p.receivedAt).changes === 1 ? 'inserted' : 'duplicate');
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]!));
  }

  function schedule() {
    flushing ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        flushing = undefined;
        flush();
        resolve();
      }),
    );
  }

  return {
    add(receiptId, body, receivedAt) {
      if (closed) return Promise.reject(new Error('The receipt store is closed'));
      return new Promise<AddResult>((resolve, reject) => {
        queue.push({ receiptId: receiptId.toLowerCase(), body, receivedAt, resolve, reject });
        schedule();
      });
    },
    page(after, limit) {
      const rows = select.all(after, limit + 1) as unknown as StoredRow[];
      const more = rows.length > limit;
      return { rows: more ? rows.slice(0, limit) : rows, more };
    },
    count: () => Number((counter.get() as { n: number | bigint }).n),
    async close() {
      closed = true;
      while (flushing) await flushing;
      if (db.isOpen) db.close();
    },
  };
}
