import type { PortalEvent } from '../messaging/schemas';
import {
  createAttempt,
  withConfirmation,
  withSubmission,
  withoutSubmission,
  type AttemptRecord,
  type ContestClock,
} from './record';

/** An attempt not confirmed within this time is no longer the one a submit or result belongs to. */
export const OPEN_ATTEMPT_MS = 6 * 60 * 60 * 1000;
/** A second start signal this soon after the first is the same activation (click + key, or a retry). */
export const SAME_START_MS = 10 * 1000;

export interface EventContext {
  contest: ContestClock;
  attempts: AttemptRecord[];
  now: number;
  newId: () => string;
}

export interface EventOutcome {
  /** The attempt to write, when the event changed one. */
  write?: AttemptRecord;
  attemptId?: string;
}

/** The latest attempt that is neither confirmed nor stale: the one the exam in progress belongs to. */
export function findOpenAttempt(attempts: AttemptRecord[], now: number): AttemptRecord | undefined {
  const latest = attempts.reduce<AttemptRecord | undefined>(
    (best, a) => (!best || a.startedAtMs >= best.startedAtMs ? a : best),
    undefined,
  );
  if (!latest || latest.confirmationSeen || now - latest.startedAtMs > OPEN_ATTEMPT_MS) return undefined;
  return latest;
}

/** Decides what a portal event does to the attempts (pure: the caller persists `write`). */
export function handlePortalEvent(event: PortalEvent, ctx: EventContext): EventOutcome {
  const { contest, now } = ctx;
  const open = findOpenAttempt(ctx.attempts, now);
  const start = (startSource: AttemptRecord['startSource'], portalAccount?: string): EventOutcome => {
    const write = createAttempt({ contest, now, id: ctx.newId(), portalAccount, startSource });
    return { write, attemptId: write.id };
  };
  switch (event.type) {
    case 'start':
      if (open && now - open.startedAtMs < SAME_START_MS) return { attemptId: open.id };
      return start('start-control', event.account);
    case 'submit':
      return open ? { write: withSubmission(open, now, contest.timeZone), attemptId: open.id } : {};
    case 'submit-cancel':
      return open && open.submittedAtMs !== null ? { write: withoutSubmission(open), attemptId: open.id } : {};
    case 'page':
      if (event.kind === 'exam' && !ctx.attempts.some((a) => now - a.startedAtMs < OPEN_ATTEMPT_MS)) {
        // The exam is on screen but its start was missed (e.g. the extension was just installed);
        // any recent attempt means this is the same exam seen again (a reload, the back button).
        return start('exam-page', event.account);
      }
      if (event.kind === 'result' && open) {
        return { write: withConfirmation(open, now, contest.timeZone), attemptId: open.id };
      }
      return {};
  }
}
