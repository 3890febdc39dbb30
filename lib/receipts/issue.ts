import type { AttemptRecord } from '../attempts/record';

/** Without the portal's confirmation, a submitted attempt gets its receipt this long after submitting. */
export const CONFIRMATION_WAIT_MS = 2 * 60_000;

/**
 * Which submitted attempts are ready for a receipt at `now` (confirmed, or unconfirmed for 2 minutes)
 * and when to look again for the ones still waiting for a confirmation.
 */
export function getAttemptsDueForReceipt(
  attempts: readonly AttemptRecord[],
  withReceipt: ReadonlySet<string>,
  now: number,
): { ready: AttemptRecord[]; nextCheckAt?: number } {
  const ready: AttemptRecord[] = [];
  let nextCheckAt: number | undefined;
  for (const attempt of attempts) {
    if (attempt.submittedAtMs === null || withReceipt.has(attempt.id)) continue;
    const deadline = attempt.submittedAtMs + CONFIRMATION_WAIT_MS;
    // A declaration has no portal confirmation to wait for.
    if (attempt.confirmationSeen || attempt.startSource === 'declared' || now >= deadline) ready.push(attempt);
    else nextCheckAt = Math.min(nextCheckAt ?? deadline, deadline);
  }
  return { ready, nextCheckAt };
}
