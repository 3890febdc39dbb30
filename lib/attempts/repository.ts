import { attemptRecordSchema, type AttemptRecord } from './record';
import { getDb } from '../db/open';

/** Writes one attempt and resolves only when it is on disk (strict durability). */
export async function putAttempt(attempt: AttemptRecord): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('attempts', 'readwrite', { durability: 'strict' });
  await tx.store.put(attempt);
  await tx.done;
}

/** All stored attempts of one contest (of every contest when `contestId` is omitted), oldest first; records that fail validation are skipped. */
export async function getAttempts(contestId?: string): Promise<AttemptRecord[]> {
  const db = await getDb();
  const rows = await db.getAllFromIndex('attempts', 'byStartedAt');
  return rows.flatMap((row) => {
    const parsed = attemptRecordSchema.safeParse(row);
    if (!parsed.success) {
      console.warn('[hoithi] skipped an unreadable attempt record', row);
      return [];
    }
    return contestId === undefined || parsed.data.contestId === contestId ? [parsed.data] : [];
  });
}
