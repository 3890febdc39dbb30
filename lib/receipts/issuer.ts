import type { AttemptRecord } from '../attempts/record';
import { addOutboxEntry, getAttemptsWithReceipt } from './outbox-repo';
import { buildReceipt } from './build';
import { getAttemptsDueForReceipt } from './issue';
import { createOutboxEntry } from './outbox-entry';
import type { Participant } from './schema';

export interface IssuerDeps {
  getAttempts: () => Promise<AttemptRecord[]>;
  /** The person's profile as a receipt participant; undefined until it is saved. */
  getParticipant: () => Promise<Participant | undefined>;
  timeZone: () => Promise<string>;
  extensionVersion: string;
  now: () => number;
  newId: () => string;
  /** Look again at `at` for attempts still waiting for the portal's confirmation. */
  scheduleCheck: (at: number | undefined) => Promise<void>;
}

/**
 * Builds and stores (strict durability) the receipt of every submitted attempt that is ready and
 * has none yet; returns how many were added. Without a profile nothing is built: the attempts wait.
 */
export async function issueDueReceipts(deps: IssuerDeps): Promise<number> {
  const [attempts, withReceipt, participant, timeZone] = await Promise.all([
    deps.getAttempts(),
    getAttemptsWithReceipt(),
    deps.getParticipant(),
    deps.timeZone(),
  ]);
  const now = deps.now();
  const { ready, nextCheckAt } = getAttemptsDueForReceipt(attempts, withReceipt, now);
  await deps.scheduleCheck(nextCheckAt);
  if (!participant) return 0;
  let added = 0;
  for (const attempt of ready) {
    const receipt = await buildReceipt({ attempt, participant, now, newId: deps.newId, extensionVersion: deps.extensionVersion, timeZone });
    if (await addOutboxEntry(createOutboxEntry(receipt, attempt.id, now))) added += 1;
  }
  return added;
}
