import * as z from 'zod/mini';
import type { DeclareRefusal } from './declare';

// What the popup may ask of the background about declared rounds; validated there with zod.
const round = z.number().check(z.int(), z.positive(), z.lte(1000));

export const declareRequestSchema = z.strictObject({
  round,
  /** Local day and time in the contest's time zone, as the form's date and time inputs give them. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  time: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
});
export type DeclareRequest = z.infer<typeof declareRequestSchema>;

export const withdrawRequestSchema = z.strictObject({ round });
export type WithdrawRequest = z.infer<typeof withdrawRequestSchema>;

/** Why withdrawing is refused: no declaration in that round, or its receipt is (being) delivered. */
export type WithdrawRefusal = 'not-declared' | 'delivered' | 'sending';

export type DeclareResult = { ok: true; startedAt: string } | { ok: false; reason: DeclareRefusal | 'invalid-message' };
export type WithdrawResult = { ok: true } | { ok: false; reason: WithdrawRefusal | 'invalid-message' };
