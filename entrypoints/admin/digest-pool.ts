import { hashChunk, type ChunkHasher, type HashedChunk } from '@/lib/receipts/verify-batch';

// The digest checks of a 30,000-receipt import, spread over the cores: hashing is most of an
// import's work. Chunks are handed out as the file is read, a few to a worker so that it never
// waits for the admin worker (busy reading, it answers only between steps); what is still queued
// when the admin worker has nothing else to do, it hashes itself (drain). One hashing worker per
// core but the admin worker's own.
const SIZE = Math.max(1, Math.min(3, (typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2) - 1));
// Enough to cover the admin worker's longest step between two answers (a garbage collection, the
// report), and no more: chunks already handed out cannot be taken back.
const DEPTH = 4;
// A worker that holds chunks and answers nothing for this long is taken for dead (a chunk takes
// about 10 ms): its chunks are hashed elsewhere, and an import never waits on it forever.
const SILENT_MS = 10_000;

/** What the pool needs of a worker: the digest worker, or a stand-in in tests. */
export interface HashWorker {
  postMessage(message: { id: number; chunk: string }): void;
  addEventListener(type: 'message', listener: (event: { data: DigestReply }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** A digest worker's answer: the chunk hashed, or why it could not be. */
export type DigestReply = { id: number } & (HashedChunk | { error: string });

interface Job { chunk: string; resolve: (hashed: HashedChunk) => void; reject: (error: Error) => void }
interface Helper { worker: HashWorker; jobs: Map<number, Job>; watchdog?: ReturnType<typeof setTimeout> }

/** A macrotask's pause: replies from the workers are taken (and the workers given more) before going on. */
export const pause = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

const startDigestWorker = (): HashWorker => new Worker(new URL('./digest.worker.ts', import.meta.url), { type: 'module' }) as unknown as HashWorker;

/** A hasher over a few workers, started on first use and kept for the page's life. */
export function createDigestPool(size = SIZE, startWorker: () => HashWorker = startDigestWorker, silentMs = SILENT_MS): ChunkHasher {
  const queue: Job[] = [];
  let helpers: Helper[] | undefined;
  let next = 1;
  const hashJobHere = (job: Job) => {
    try {
      job.resolve(hashChunk(job.chunk));
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  // Armed while a worker holds chunks, started again at each of its answers.
  const watch = (helper: Helper) => {
    clearTimeout(helper.watchdog);
    helper.watchdog = helper.jobs.size > 0 ? setTimeout(() => retire(helper, `no answer for ${silentMs} ms`), silentMs) : undefined;
  };
  const pump = () => {
    for (const helper of helpers ?? []) {
      const idle = helper.jobs.size === 0;
      while (helper.jobs.size < DEPTH && queue.length > 0) {
        const job = queue.shift()!;
        const id = next++;
        helper.jobs.set(id, job);
        helper.worker.postMessage({ id, chunk: job.chunk });
      }
      if (idle) watch(helper);
    }
  };
  // A worker that fails gives its chunks back; without any worker left they are hashed here.
  const retire = (helper: Helper, why: string) => {
    if (!helpers?.includes(helper)) return;
    console.warn('[hoithi] a digest worker failed; its chunks are hashed elsewhere:', why);
    clearTimeout(helper.watchdog);
    helper.worker.terminate();
    helpers = helpers.filter((h) => h !== helper);
    queue.unshift(...helper.jobs.values());
    helper.jobs.clear();
    if (helpers.length === 0) void drain();
    else pump();
  };
  // A worker that cannot even start (its script refused, say) is one fewer; with none, all is hashed here.
  const start = () =>
    Array.from({ length: size }, () => {
      try {
        return { worker: startWorker(), jobs: new Map() } as Helper;
      } catch (error) {
        console.warn('[hoithi] a digest worker could not start; hashing in the admin worker:', error);
        return undefined;
      }
    }).filter((helper) => helper !== undefined).map((helper) => {
      helper.worker.addEventListener('message', ({ data: reply }) => {
        const job = helper.jobs.get(reply.id);
        helper.jobs.delete(reply.id);
        if (job) {
          if ('error' in reply) {
            console.warn('[hoithi] a digest worker could not hash a chunk; hashing it here:', reply.error);
            hashJobHere(job);
          } else job.resolve({ bytes: reply.bytes, hashes: reply.hashes });
        }
        watch(helper);
        pump();
      });
      helper.worker.addEventListener('error', (event) => retire(helper, event.message ?? 'error'));
      helper.worker.addEventListener('messageerror', () => retire(helper, 'messageerror'));
      return helper;
    });
  async function drain(): Promise<void> {
    while (queue.length > 0) {
      hashJobHere(queue.shift()!);
      // The replies that came meanwhile give the workers more before the next chunk is taken here.
      await pause();
    }
  }
  return {
    hash(chunk) {
      helpers ??= start();
      return new Promise<HashedChunk>((resolve, reject) => {
        const job = { chunk, resolve, reject };
        if (helpers!.length === 0) return hashJobHere(job);
        queue.push(job);
        pump();
      });
    },
    drain,
  };
}
