import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { isDeclared, type AttemptRecord } from './record';

// "Round N taken at T" per contest, in storage.sync: the same person's browser on another computer,
// signed into the same browser profile, then warns too. Small on purpose (sync quotas: 8 KB an item).
const mirrorSchema = z.record(z.string().check(z.regex(/^\d+$/)), z.string());
const key = (contestId: string) => `sync:taken:${contestId}` as const;
// Beside it, the rounds whose first attempt there is a declaration (round → its time): another
// browser then says "đã khai" too. An entry counts only while it equals the round's taken time.
const declaredKey = (contestId: string) => `sync:declared:${contestId}` as const;

async function readMirror(item: `sync:${string}`): Promise<Record<number, string>> {
  const parsed = mirrorSchema.safeParse(await storage.getItem(item));
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).map(([round, at]) => [Number(round), at]));
}

/** Round → first start time recorded by any of this person's browsers. */
export function getMirroredTaken(contestId: string): Promise<Record<number, string>> {
  return readMirror(key(contestId));
}

/** Round → time of a declaration made in any of this person's browsers. */
export function getMirroredDeclared(contestId: string): Promise<Record<number, string>> {
  return readMirror(declaredKey(contestId));
}

/** Adds an attempt's round to the mirror, keeping the earliest start of each round. */
export async function mirrorAttempt(attempt: AttemptRecord): Promise<void> {
  if (attempt.round === null) return;
  const taken = await getMirroredTaken(attempt.contestId);
  const known = taken[attempt.round];
  if (known && Date.parse(known) <= attempt.startedAtMs) return;
  await storage.setItem(key(attempt.contestId), { ...taken, [attempt.round]: attempt.startedAt });
  if (isDeclared(attempt)) {
    const declared = await getMirroredDeclared(attempt.contestId);
    await storage.setItem(declaredKey(attempt.contestId), { ...declared, [attempt.round]: attempt.startedAt });
  }
}

/** Takes a withdrawn attempt out of the mirror: its round then shows the earliest attempt that remains, if any. */
export async function unmirrorAttempt(attempt: AttemptRecord, remaining: readonly AttemptRecord[]): Promise<void> {
  if (attempt.round === null) return;
  const taken = await getMirroredTaken(attempt.contestId);
  if (taken[attempt.round] !== attempt.startedAt) return; // another browser's earlier attempt stays
  const { [attempt.round]: _withdrawn, ...rest } = taken;
  const next = remaining.filter((a) => a.round === attempt.round).sort((a, b) => a.startedAtMs - b.startedAtMs)[0];
  await storage.setItem(key(attempt.contestId), next ? { ...rest, [attempt.round]: next.startedAt } : rest);
  const { [attempt.round]: _declared, ...otherDeclared } = await getMirroredDeclared(attempt.contestId);
  await storage.setItem(declaredKey(attempt.contestId), otherDeclared);
}
