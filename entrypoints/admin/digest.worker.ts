import { sha256Lines } from '@/lib/receipts/verify-batch';

// One of the admin worker's hashing helpers: canonical receipt texts in, their SHA-256 out.
self.addEventListener('message', (event: MessageEvent<{ id: number; joined: string }>) => {
  const hashes = sha256Lines(event.data.joined);
  (self as unknown as Worker).postMessage({ id: event.data.id, hashes }, [hashes.buffer]);
});
