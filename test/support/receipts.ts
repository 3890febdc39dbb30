// Valid receipts in bulk, already as outbox entries, for the soak test and the drain benchmark.
import { randomUUID } from 'node:crypto';
import type { Worker } from '@playwright/test';
import { buildReceipt } from '../../lib/receipts/build';
import { createOutboxEntry, type OutboxEntry } from '../../lib/receipts/outbox-entry';
import { formatZonedIso } from '../../lib/rounds';

const TZ = 'Asia/Ho_Chi_Minh';

/** `count` queued outbox entries, each holding a valid receipt with a real digest. */
export async function makeOutboxEntries(count: number, now = Date.now()): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (let i = 0; i < count; i++) {
    const started = now - 600_000 - i * 1000;
    const receipt = await buildReceipt({
      attempt: {
        contestId: 'cchc-test',
        round: 2,
        portalAccount: `Người thi ${i}`,
        startedAt: formatZonedIso(started, TZ),
        submittedAt: formatZonedIso(started + 420_000, TZ),
        durationSeconds: 420,
        confirmationSeen: true,
        warnings: [],
      },
      participant: { fullName: `Người thi ${i}`, unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: i % 10 === 0, account: `nguoithi${i}` },
      now,
      newId: randomUUID,
      extensionVersion: '1.0.0',
      timeZone: TZ,
    });
    entries.push(createOutboxEntry(receipt, `attempt-${i}-${receipt.receiptId}`, now));
  }
  return entries;
}

/** Puts entries straight into the extension's outbox store, as if they had been queued there. */
export async function putOutboxEntries(worker: Worker, entries: OutboxEntry[]): Promise<void> {
  await worker.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hoithi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          for (const row of rows) tx.objectStore('outbox').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}
