import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleReceipt } from '@/lib/receipts/test-data';
import { canonicalChunkText, hashChunk } from '@/lib/receipts/verify-batch';
import { createDigestPool, type DigestReply, type HashWorker } from './digest-pool';

const chunks = Array.from({ length: 12 }, (_, n) => canonicalChunkText([{ ...exampleReceipt, round: n + 1 }, { ...exampleReceipt, durationSeconds: n }]));

/** A stand-in for the digest worker: answers on a later task, as a real one does. */
class FakeWorker implements HashWorker {
  received = 0;
  holding = 0;
  most = 0;
  terminated = false;
  private listeners: Record<string, ((event: never) => void)[]> = {};
  constructor(private readonly behaviour: 'hash' | 'crash' | 'refuse' | 'silent' = 'hash') {}
  addEventListener(type: string, listener: (event: never) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  private emit(type: string, event: unknown) {
    for (const listener of this.listeners[type] ?? []) listener(event as never);
  }
  postMessage({ id, chunk }: { id: number; chunk: string }) {
    this.received++;
    if (this.behaviour === 'silent') return;
    this.most = Math.max(this.most, ++this.holding);
    setTimeout(() => {
      this.holding--;
      if (this.behaviour === 'crash') return this.emit('error', { message: 'worker script failed' });
      const reply: DigestReply = this.behaviour === 'refuse' ? { id, error: 'out of memory' } : { id, ...hashChunk(chunk) };
      this.emit('message', { data: reply });
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('createDigestPool', () => {
  // Each failure is said on the console; here they are meant.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('should hash every chunk as hashChunk does, a few at a time per worker, and take the rest here when drained', async () => {
    const worker = new FakeWorker();
    const pool = createDigestPool(1, () => worker);
    const results = Promise.all(chunks.map((chunk) => pool.hash(chunk)));
    await pool.drain!();
    expect(await results).toEqual(chunks.map(hashChunk));
    expect(worker.most).toBeLessThanOrEqual(4);
    expect(worker.received).toBeGreaterThan(0);
    expect(worker.received).toBeLessThan(chunks.length); // the drain took some here
  });

  it('should hash here the chunks of a worker that fails, and go on without it', async () => {
    const crashing = new FakeWorker('crash');
    const pool = createDigestPool(1, () => crashing);
    expect(await Promise.all(chunks.map((chunk) => pool.hash(chunk)))).toEqual(chunks.map(hashChunk));
    expect(crashing.terminated).toBe(true);
    expect(await pool.hash(chunks[0]!)).toEqual(hashChunk(chunks[0]!));
  });

  it('should hand a failed worker’s chunks to the workers left, and hash here a chunk a worker could not', async () => {
    const workers = [new FakeWorker('crash'), new FakeWorker('refuse'), new FakeWorker()];
    let n = 0;
    const pool = createDigestPool(3, () => workers[n++]!);
    const results = Promise.all(chunks.map((chunk) => pool.hash(chunk)));
    await pool.drain!();
    expect(await results).toEqual(chunks.map(hashChunk));
    expect(workers.map((w) => w.terminated)).toEqual([true, false, false]);
    // The drain found nothing queued (all handed out): the failed worker's four went to the others.
    expect([workers[0]!.received, workers[1]!.received + workers[2]!.received]).toEqual([4, 12]);
  });

  it('should hash here when no worker can start', async () => {
    const pool = createDigestPool(2, () => {
      throw new Error('SecurityError: script refused');
    });
    expect(await Promise.all(chunks.slice(0, 3).map((chunk) => pool.hash(chunk)))).toEqual(chunks.slice(0, 3).map(hashChunk));
  });

  it('should give up on a worker that holds chunks and never answers, and hash them elsewhere', async () => {
    const silent = new FakeWorker('silent');
    const pool = createDigestPool(1, () => silent, 30);
    const started = Date.now();
    expect(await Promise.all(chunks.slice(0, 3).map((chunk) => pool.hash(chunk)))).toEqual(chunks.slice(0, 3).map(hashChunk));
    expect(silent.terminated).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
