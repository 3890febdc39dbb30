import type { LineHasher } from '@/lib/receipts/verify-batch';

// The digest checks of a 30,000-receipt import spread over one worker per core: most of an
// import's time was SHA-256, and the admin worker would otherwise do it alone.
const SIZE = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));

/** A hasher over a few workers, started on first use and kept for the page's life. */
export function createDigestPool(): LineHasher {
  let workers: Worker[] | undefined;
  const pending = new Map<number, (hashes: Uint8Array) => void>();
  let next = 1;
  const start = () =>
    Array.from({ length: SIZE }, () => {
      const worker = new Worker(new URL('./digest.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<{ id: number; hashes: Uint8Array }>) => {
        pending.get(event.data.id)?.(event.data.hashes);
        pending.delete(event.data.id);
      });
      return worker;
    });
  return (batches) => {
    workers ??= start();
    const all = workers;
    return Promise.all(
      batches.map(
        (joined, i) =>
          new Promise<Uint8Array>((resolve, reject) => {
            const id = next++;
            const worker = all[i % all.length]!;
            const onError = (event: ErrorEvent) => reject(new Error(`digest worker failed: ${event.message}`));
            worker.addEventListener('error', onError, { once: true });
            pending.set(id, (hashes) => {
              worker.removeEventListener('error', onError);
              resolve(hashes);
            });
            worker.postMessage({ id, joined });
          }),
      ),
    );
  };
}
