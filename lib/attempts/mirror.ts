import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { AttemptRecord } from './record';

// "Round N taken at T" per contest, in storage.sync: the same person's browser on another computer,
// signed into the same browser profile, then warns too. Small on purpose (sync quotas: 8 KB an item).
const mirrorSchema = z.record(z.string().check(z.regex(/^\d+$/)), z.string());
const key = (contestId: string) => `sync:taken:${contestId}` as const;

/** Round → first start time recorded by any of this person's browsers. */
export async function getMirroredTaken(contestId: string): Promise<Record<number, string>> {
  const parsed = mirrorSchema.safeParse(await storage.getItem(key(contestId)));
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).map(([round, at]) => [Number(round), at]));
}

/** Adds an attempt's round to the mirror, keeping the earliest start of each round. */
export async function mirrorAttempt(attempt: AttemptRecord): Promise<void> {
  if (attempt.round === null) return;
  const taken = await getMirroredTaken(attempt.contestId);
  const known = taken[attempt.round];
  if (known && Date.parse(known) <= attempt.startedAtMs) return;
  await storage.setItem(key(attempt.contestId), { ...taken, [attempt.round]: attempt.startedAt });
}
