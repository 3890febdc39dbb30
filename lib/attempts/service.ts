import { createSerialQueue } from '../async/serial';
import { getAttempts, putAttempt } from './repository';
import type { Locale } from '../i18n';
import type { PortalEvent, PortalEventResult } from './messages';
import { buildGuardState, mergeTaken, type GuardState } from './guard';
import { findOpenAttempt, handlePortalEvent } from './handle-event';
import type { AttemptRecord, ContestClock } from './record';

/** What the service reads before each event: the contest, the person and the cross-device mirror. */
export interface AttemptContext {
  contest: ContestClock;
  timeLimitMinutes: number | null;
  locale: Locale;
  profile?: { fullName: string; account: string };
  /** Round → first start time recorded by this person's other browsers (storage.sync). */
  mirrored: Record<number, string>;
}

export interface AttemptServiceDeps {
  getContext: () => Promise<AttemptContext>;
  now: () => number;
  newId: () => string;
  /** Called after an attempt is durably written (badge, mirror, open portal tabs). */
  onWrite?: (attempt: AttemptRecord) => Promise<void> | void;
}

function toGuard(context: AttemptContext, attempts: AttemptRecord[], now: number): GuardState {
  return buildGuardState({
    contestId: context.contest.contestId,
    locale: context.locale,
    timeZone: context.contest.timeZone,
    rounds: context.contest.rounds,
    taken: mergeTaken(attempts, context.mirrored),
    profile: context.profile,
    timeLimitMinutes: context.timeLimitMinutes,
    currentStartedAtMs: findOpenAttempt(attempts, now)?.startedAtMs,
  });
}

/**
 * Applies portal events to the stored attempts one at a time: two events racing (a start click and
 * the exam page it leads to) must not both read the same history before either writes.
 */
export function createAttemptService(deps: AttemptServiceDeps) {
  const serially = createSerialQueue();

  async function apply(event: PortalEvent): Promise<PortalEventResult> {
    const context = await deps.getContext();
    const attempts = await getAttempts(context.contest.contestId);
    const now = deps.now();
    const guard = toGuard(context, attempts, now);
    const outcome = handlePortalEvent(event, { contest: context.contest, attempts, now, newId: deps.newId, guard });
    if (outcome.write) {
      await putAttempt(outcome.write);
      await deps.onWrite?.(outcome.write);
    }
    return { ok: true, attemptId: outcome.attemptId };
  }

  return {
    /** Resolves once the event's effect is durably stored. */
    handle: (event: PortalEvent) => serially(() => apply(event)),
    /** The state a portal page decides its warnings from. */
    getGuard: () =>
      serially(async () => {
        const context = await deps.getContext();
        return toGuard(context, await getAttempts(context.contest.contestId), deps.now());
      }),
  };
}
