import { afterEach, describe, expect, it } from 'vitest';
import { exampleReceipt } from '@/lib/receipts/test-data';
import { canonicalChunkText, hashChunk } from '@/lib/receipts/verify-batch';
import type { DigestReply } from './digest-pool';

// The worker's script run against a stand-in for its global scope: what it answers, and what it hands over.
const listeners: ((event: { data: { id: number; chunk: string } }) => void)[] = [];
const posted: { reply: DigestReply; transfer: Transferable[] }[] = [];
Object.assign(globalThis, {
  self: {
    addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
    postMessage: (reply: DigestReply, transfer: Transferable[] = []) => posted.push({ reply, transfer }),
  },
});
await import('./digest.worker');

afterEach(() => void posted.splice(0));

describe('digest worker', () => {
  it('should answer a chunk with its bytes and hashes under the same id, handing both buffers over', () => {
    const chunk = canonicalChunkText([exampleReceipt, { ...exampleReceipt, round: 9 }]);
    listeners[0]!({ data: { id: 7, chunk } });
    const [{ reply, transfer }] = posted as [(typeof posted)[number]];
    expect(reply).toEqual({ id: 7, ...hashChunk(chunk) });
    if ('error' in reply) throw new Error(reply.error);
    expect(transfer).toEqual([reply.bytes.buffer, reply.hashes.buffer]);
  });

  it('should answer a chunk it cannot hash with the reason, under its id', () => {
    listeners[0]!({ data: { id: 8, chunk: undefined as unknown as string } });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.reply).toMatchObject({ id: 8, error: expect.any(String) });
  });
});
