// drain1000: 1,000 queued receipts delivered by the outbox to the local receiver, against a bare
// sequential fetch loop posting the same bodies from the same service worker, interleaved.
import type { Worker } from '@playwright/test';
import type { OutboxEntry } from '../../lib/receipts/outbox-entry';
import { launchWithExtension, makeProfileDir, messageFromExtensionPage, setStorage } from '../support/browser';
import { makeOutboxEntries, putOutboxEntries } from '../support/receipts';
import { startReceiver } from '../support/receiver';
import { makeTestConfig } from '../support/test-config';

const COUNT = 1000;

// Evaluated in the service worker: the plainest way to post the same bodies one after another.
async function bareLoop(worker: Worker, url: string, bodies: string[]): Promise<number> {
  return worker.evaluate(
    async ({ target, all }) => {
      const t0 = performance.now();
      for (const body of all) {
        const id = (JSON.parse(body) as { receiptId: string }).receiptId;
        const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id }, body });
        if (response.status !== 201) throw new Error(`bare loop got ${response.status}`);
      }
      return performance.now() - t0;
    },
    { target: url, all: bodies },
  );
}

async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

/** Interleaved runs of the outbox drain and the bare loop; each run uses fresh receipts and a fresh receiver. */
export async function measureDrain(rounds: number): Promise<{ drain: number[]; bare: number[] }> {
  const ext = await launchWithExtension(makeProfileDir());
  const page = await ext.context.newPage();
  // The options page, not the popup: an open popup re-reads the status on every batch.
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const drain: number[] = [];
  const bare: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const entries: OutboxEntry[] = await makeOutboxEntries(COUNT);
      const bareReceiver = await startReceiver();
      bare.push(await bareLoop(ext.worker, bareReceiver.url, entries.map((e) => JSON.stringify(e.receipt))));
      await bareReceiver.close();

      const receiver = await startReceiver();
      await setStorage(ext.worker, { config: makeTestConfig(Date.now(), receiver.url) });
      await putOutboxEntries(ext.worker, entries);
      const t0 = performance.now();
      await messageFromExtensionPage(page, 'retryReceipts');
      await waitFor(() => receiver.stats().accepted >= COUNT);
      drain.push(performance.now() - t0);
      await receiver.close();
    }
    return { drain, bare };
  } finally {
    await ext.context.close();
  }
}
