import { claimDueEntries, getNextDueAt, makeEntriesDue, updateClaimedEntries } from './outbox-repo';
import { getRetryDelayMs, type SendOutcome } from './backoff';
import type { OutboxEntry } from './outbox-entry';
import { sendReceipt } from './send';

/** A claim outlives the 15 s request timeout with room to spare; a dead worker's claim then lapses. */
export const LEASE_MS = 60_000;
const BATCH = 50;
const CONCURRENCY = 6;
// Answers are written in groups: one transaction per receipt would cost more than the sending.
const RECORD_EVERY = 25;

export interface OutboxDeps {
  /** This service-worker instance: only one runs at a time, so other owners' claims are stale. */
  owner: string;
  getEndpoint: () => Promise<string | null>;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /** Wake the sender at `at` (an alarm), or never when undefined. */
  scheduleWake: (at: number | undefined) => Promise<void>;
  onChange?: () => void;
  /** Request timeout; 15 s unless a test shortens it. */
  timeoutMs?: number;
}

function applyOutcome(outcome: SendOutcome, now: number, random: () => number) {
  return (entry: OutboxEntry): OutboxEntry => {
    const attempts = entry.attempts + 1;
    const base = { ...entry, attempts, leaseOwner: null, leaseUntil: null };
    if (outcome.kind === 'delivered') return { ...base, state: 'delivered', deliveredAt: now, lastError: null };
    if (outcome.kind === 'rejected') {
      return { ...base, state: 'rejected', lastError: { kind: 'rejected', status: outcome.status, message: outcome.message, at: now } };
    }
    const delay = getRetryDelayMs(attempts, random, outcome.retryAfterMs);
    const lastError = { kind: outcome.reason, status: outcome.status, message: outcome.message, at: now };
    return { ...base, state: 'queued', nextAttemptAt: now + delay, lastError };
  };
}

/**
 * The outbox sender: claims due receipts in a transaction, POSTs them, and records each answer.
 * An entry leaves the queue only on an answer; nothing is dropped or deleted.
 */
export function createOutbox(deps: OutboxDeps) {
  let running: Promise<void> | undefined;
  let again = false;

  /**
   * Sends every due entry through CONCURRENCY lanes that pull from a buffer refilled by claims, so a
   * hanging request holds one lane, not the whole queue; answers are recorded in small batches
   * while the rest are on the network. Claims never overlap: a claimed entry is no longer due.
   */
  async function send(endpoint: string): Promise<void> {
    const buffer: OutboxEntry[] = [];
    const answers = new Map<string, (entry: OutboxEntry) => OutboxEntry>();
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    let recording: Promise<void> = Promise.resolve();
    const refill = () =>
      (claiming ??= claimDueEntries(deps.owner, deps.now(), LEASE_MS, BATCH)
        .then((claimed) => {
          buffer.push(...claimed);
          exhausted = claimed.length === 0;
        })
        .finally(() => (claiming = undefined)));
    const record = () => {
      if (!answers.size) return;
      const changes = new Map(answers);
      answers.clear();
      recording = recording.then(() => updateClaimedEntries(deps.owner, changes)).then(() => deps.onChange?.());
    };
    const lane = async () => {
      for (;;) {
        if (buffer.length <= CONCURRENCY && !exhausted) refill().catch(() => undefined); // awaited below if it matters
        const entry = buffer.shift();
        if (!entry) {
          if (exhausted && !claiming) return;
          await refill();
          continue;
        }
        const outcome = await sendReceipt(entry.receipt, endpoint, deps);
        answers.set(entry.receiptId, applyOutcome(outcome, deps.now(), deps.random));
        if (answers.size >= RECORD_EVERY) record();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    record();
    await recording;
  }

  async function drain(): Promise<void> {
    const endpoint = await deps.getEndpoint();
    if (endpoint) await send(endpoint);
    await deps.scheduleWake(endpoint ? await getNextDueAt() : undefined);
  }

  /** Sends everything due; concurrent calls share one run (and ask for one more pass). */
  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return {
    flush,
    /**
     * At worker start: claims left by a stopped worker are released, then everything due is sent.
     * In a new browser session, queued receipts are due at once: the network may have changed, and
     * the alarms of the previous session may be gone.
     */
    async resume(options: { newSession: boolean }): Promise<void> {
      const changed = await makeEntriesDue(deps.now(), { staleClaimsOf: deps.owner, backingOff: options.newSession, rejected: false });
      if (changed) deps.onChange?.();
      await flush();
    },
    /** "Gửi lại ngay": queued and rejected receipts are due now. */
    async retryNow(): Promise<void> {
      await makeEntriesDue(deps.now(), { staleClaimsOf: deps.owner, backingOff: true, rejected: true });
      deps.onChange?.();
      await flush();
    },
  };
}
