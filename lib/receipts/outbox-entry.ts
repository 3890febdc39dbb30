import * as z from 'zod/mini';
import { receiptSchema } from './schema';

export const OUTBOX_STATES = ['queued', 'sending', 'delivered', 'rejected'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** One receipt in the outbox: the receipt itself and where its delivery stands. */
export const outboxEntrySchema = z.object({
  receiptId: z.string(),
  attemptId: z.string(),
  receipt: receiptSchema,
  state: z.enum(OUTBOX_STATES),
  /** Delivery attempts made so far. */
  attempts: z.number(),
  /** Not before this instant (epoch ms) is the next attempt made. */
  nextAttemptAt: z.number(),
  /** While `sending`: which service-worker instance claimed it, and until when. */
  leaseOwner: z.nullable(z.string()),
  leaseUntil: z.nullable(z.number()),
  lastError: z.nullable(
    z.object({
      kind: z.enum(['http', 'network', 'timeout', 'rejected']),
      status: z.nullable(z.number()),
      message: z.string(),
      at: z.number(),
    }),
  ),
  createdAtMs: z.number(),
  deliveredAt: z.nullable(z.number()),
  /** When it is next due (queued: next attempt; sending: lease end); absent once settled, so the index skips it. */
  dueAt: z.optional(z.number()),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** The entry with `dueAt` derived from its state; every write goes through this. */
export function withDueAt(entry: OutboxEntry): OutboxEntry {
  const { dueAt: _old, ...rest } = entry;
  if (entry.state === 'queued') return { ...rest, dueAt: entry.nextAttemptAt };
  if (entry.state === 'sending') return { ...rest, dueAt: entry.leaseUntil ?? 0 };
  return rest;
}

/** A fresh entry, queued for sending at once. */
export function createOutboxEntry(receipt: OutboxEntry['receipt'], attemptId: string, now: number): OutboxEntry {
  return withDueAt({
    receiptId: receipt.receiptId,
    attemptId,
    receipt,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now,
    leaseOwner: null,
    leaseUntil: null,
    lastError: null,
    createdAtMs: now,
    deliveredAt: null,
  });
}
