import type { PortalEvent } from './messages';
import { decideStartWarnings } from './decide';
import { OPEN_ATTEMPT_MS, type GuardState } from './guard';
import {
  createAttempt,
  withConfirmation,
  withSubmission,
  withoutSubmission,
  isDeclared,
  WARNING_CODES,
  type AttemptRecord,
  type ContestClock,
  type WarningCode,
} from './record';

/** A second start signal this soon after the first is the same activation (click + key, or a retry). */
export const SAME_START_MS = 10 * 1000;

export interface EventContext {
  contest: ContestClock;
  attempts: AttemptRecord[];
  now: number;
  newId: () => string;
  /** Lets a start carry its warnings and a submission the time-limit check. */
  guard?: GuardState;
}

export interface EventOutcome {
  /** The attempt to write, when the event changed one. */
  write?: AttemptRecord;
  attemptId?: string;
}

/** The latest attempt that is neither confirmed nor stale: the one the exam in progress belongs to. */
export function findOpenAttempt(attempts: AttemptRecord[], now: number): AttemptRecord | undefined {
  // A declaration is no exam on this computer: a submit or a result never belongs to it.
  const latest = attempts.filter((a) => !isDeclared(a)).reduce<AttemptRecord | undefined>(
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
    const created = createAttempt({ contest, now, id: ctx.newId(), portalAccount, startSource });
    const warnings = ctx.guard ? decideStartWarnings(ctx.guard, now, portalAccount).map((w) => w.code) : [];
    const write = withWarnings(created, warnings);
    return { write, attemptId: write.id };
  };
  const submit = (attempt: AttemptRecord): AttemptRecord => {
    const submitted = withSubmission(attempt, now, contest.timeZone);
    const limit = ctx.guard?.timeLimitMinutes;
    const over = limit != null && (submitted.durationSeconds ?? 0) > limit * 60;
    return over ? withWarnings(submitted, ['over-time-limit']) : submitted;
  };
  switch (event.type) {
    case 'start':
      if (open && open.submittedAtMs === null && now - open.startedAtMs < SAME_START_MS) return { attemptId: open.id };
      return start('start-control', event.account);
    case 'submit':
      return open ? { write: submit(open), attemptId: open.id } : {};
    case 'submit-cancel':
      return open && open.submittedAtMs !== null ? { write: withoutSubmission(open), attemptId: open.id } : {};
    case 'page':
      // An exam page on its own starts nothing: a page script can bring it up with no person
      // involved (PRODUCT.md §3). A result page completes the open attempt, also after the portal
      // submitted by itself at time-out.
      if (event.kind === 'result' && open) {
        const submitted = open.submittedAtMs === null ? submit(open) : open;
        return { write: withConfirmation(submitted, now, contest.timeZone), attemptId: open.id };
      }
      return {};
  }
}

/** Adds warnings to an attempt, kept unique and in the receipt's order. */
export function withWarnings(attempt: AttemptRecord, add: readonly WarningCode[]): AttemptRecord {
  const set = new Set<WarningCode>([...attempt.warnings, ...add]);
  return { ...attempt, warnings: WARNING_CODES.filter((code) => set.has(code)) };
}
