import { describe, expect, it } from 'vitest';
import { createAttempt, withConfirmation, withSubmission } from '../attempts/record';
import { CONFIRMATION_WAIT_MS, getAttemptsDueForReceipt } from './issue';

const contest = { contestId: 'c', timeZone: 'Asia/Ho_Chi_Minh', rounds: [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }] };
const T0 = Date.parse('2022-08-02T09:00:00+07:00');
const started = (id: string) => createAttempt({ contest, now: T0, id, startSource: 'start-control' });
const submitted = (id: string) => withSubmission(started(id), T0 + 300_000, contest.timeZone);
const confirmed = (id: string) => withConfirmation(submitted(id), T0 + 301_000, contest.timeZone);

describe('getAttemptsDueForReceipt', () => {
  it('should issue a receipt at once for a confirmed attempt and never for one not submitted', () => {
    const { ready, nextCheckAt } = getAttemptsDueForReceipt([confirmed('a'), started('b')], new Set(), T0 + 302_000);
    expect(ready.map((a) => a.id)).toEqual(['a']);
    expect(nextCheckAt).toBeUndefined();
  });

  it('should wait 2 minutes for the confirmation of a submitted attempt, then issue it unconfirmed', () => {
    const attempt = submitted('a');
    const deadline = attempt.submittedAtMs! + CONFIRMATION_WAIT_MS;
    expect(getAttemptsDueForReceipt([attempt], new Set(), deadline - 1)).toEqual({ ready: [], nextCheckAt: deadline });
    const due = getAttemptsDueForReceipt([attempt], new Set(), deadline);
    expect(due.ready.map((a) => [a.id, a.confirmationSeen])).toEqual([['a', false]]);
  });

  it('should not issue a second receipt for an attempt that has one', () => {
    expect(getAttemptsDueForReceipt([confirmed('a')], new Set(['a']), T0 + 999_999).ready).toEqual([]);
  });
});
