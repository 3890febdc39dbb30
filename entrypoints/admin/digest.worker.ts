import { hashChunk } from '@/lib/receipts/verify-batch';
import type { DigestReply } from './digest-pool';

// One of the admin worker's hashing helpers: a canonical chunk in; its UTF-8 bytes (which the
// import stores) and the SHA-256 of each receipt in it out, both handed over without a copy.
self.addEventListener('message', (event: MessageEvent<{ id: number; chunk: string }>) => {
  const post = (reply: DigestReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
  const { id, chunk } = event.data;
  try {
    const { bytes, hashes } = hashChunk(chunk);
    post({ id, bytes, hashes }, [bytes.buffer, hashes.buffer]);
  } catch (error) {
    post({ id, error: String(error) });
  }
});
