import { getAttempts, putAttempt } from '../db/attempts-repo';
import type { PortalEvent, PortalEventResult } from '../messaging/schemas';
import { handlePortalEvent } from './handle-event';
import type { ContestClock } from './record';

export interface AttemptServiceDeps {
  getContest: () => Promise<ContestClock>;
  now: () => number;
  newId: () => string;
}

/**
 * Applies portal events to the stored attempts one at a time: two events racing (a start click and
 * the exam page it leads to) must not both read the same history before either writes.
 */
export function createAttemptService(deps: AttemptServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();

  async function apply(event: PortalEvent): Promise<PortalEventResult> {
    const contest = await deps.getContest();
    const attempts = await getAttempts(contest.contestId);
    const outcome = handlePortalEvent(event, { contest, attempts, now: deps.now(), newId: deps.newId });
    if (outcome.write) await putAttempt(outcome.write);
    return { ok: true, attemptId: outcome.attemptId };
  }

  return {
    /** Resolves once the event's effect is durably stored. */
    handle(event: PortalEvent): Promise<PortalEventResult> {
      const result = queue.then(() => apply(event));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
