import { createSerialQueue } from '../async/serial';
import { getAttempts, putAttempt } from './repository';
import type { Locale } from '../i18n';
import type { PortalEvent, PortalEventResult } from './messages';
import { buildGuardState, getDeclaredRounds, mergeTaken, type GuardState } from './guard';
import { findOpenAttempt, handlePortalEvent } from './handle-event';
import { declareAttempt } from './declare';
import type { DeclareRequest, DeclareResult, WithdrawResult } from './declare-message';
import { isDeclared, type AttemptRecord, type ContestClock } from './record';

/** What the service reads before each event: the contest, the person and the cross-device mirror. */
export interface AttemptContext {
  contest: ContestClock;
  timeLimitMinutes: number | null;
  locale: Locale;
  profile?: { fullName: string; account: string };
  /** Round → first start time recorded by this person's other browsers (storage.sync). */
  mirrored: Record<number, string>;
  /** Round → time of a declaration made in one of those browsers (storage.sync). */
  mirroredDeclared?: Record<number, string>;
}

export interface AttemptServiceDeps {
  getContext: () => Promise<AttemptContext>;
  now: () => number;
  newId: () => string;
  /** Called after an attempt is durably written (badge, mirror, open portal tabs). */
  onWrite?: (attempt: AttemptRecord) => Promise<void> | void;
  /**
   * Deletes a declared attempt and its receipt in one transaction unless that receipt is delivered
   * or being sent (the receipts domain owns the outbox); 'removed' when both are gone.
   */
  removeDeclared?: (attempt: AttemptRecord) => Promise<'removed' | 'delivered' | 'sending'>;
  /** Called after a declared attempt is removed, with the attempts that remain. */
  onRemove?: (attempt: AttemptRecord, remaining: AttemptRecord[]) => Promise<void> | void;
}

function toGuard(context: AttemptContext, attempts: AttemptRecord[], now: number): GuardState {
  const taken = mergeTaken(attempts, context.mirrored);
  return buildGuardState({
    contestId: context.contest.contestId,
    locale: context.locale,
    timeZone: context.contest.timeZone,
    rounds: context.contest.rounds,
    taken,
    declared: getDeclaredRounds(attempts, taken, context.mirroredDeclared),
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

  async function declare(request: DeclareRequest): Promise<DeclareResult> {
    const context = await deps.getContext();
    const attempts = await getAttempts(context.contest.contestId);
    const outcome = declareAttempt({ ...request, contest: context.contest, attempts, mirrored: context.mirrored, now: deps.now(), id: deps.newId() });
    if (!outcome.ok) return outcome;
    await putAttempt(outcome.attempt);
    await deps.onWrite?.(outcome.attempt);
    return { ok: true, startedAt: outcome.attempt.startedAt };
  }

  async function withdraw(round: number): Promise<WithdrawResult> {
    const context = await deps.getContext();
    const attempts = await getAttempts(context.contest.contestId);
    const declared = attempts.find((a) => a.round === round && isDeclared(a));
    if (!declared || !deps.removeDeclared) return { ok: false, reason: 'not-declared' };
    const result = await deps.removeDeclared(declared);
    if (result !== 'removed') return { ok: false, reason: result };
    await deps.onRemove?.(declared, attempts.filter((a) => a.id !== declared.id));
    return { ok: true };
  }

  return {
    /** The popup's "Tôi đã thi đợt này trên thiết bị khác": checked against the history, then stored. */
    declare: (request: DeclareRequest) => serially(() => declare(request)),
    /** Withdraws the declaration of `round` while its receipt is not delivered. */
    withdraw: (round: number) => serially(() => withdraw(round)),
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
