import { describe, expect, it } from 'vitest';
import { OPEN_ATTEMPT_MS } from './guard';
import { handlePortalEvent, type EventContext } from './handle-event';
import type { AttemptRecord, ContestClock } from './record';

const contest: ContestClock = {
  contestId: 'cchc-tth-2022',
  timeZone: 'Asia/Ho_Chi_Minh',
  rounds: [
    { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
    { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
  ],
};
const at = (iso: string) => Date.parse(iso);
let seq = 0;
const ctx = (now: number, attempts: AttemptRecord[] = []): EventContext => ({
  contest,
  attempts,
  now,
  newId: () => `id-${++seq}`,
});

function run(events: Array<[Parameters<typeof handlePortalEvent>[0], string]>): AttemptRecord[] {
  let attempts: AttemptRecord[] = [];
  for (const [event, iso] of events) {
    const { write } = handlePortalEvent(event, ctx(at(iso), attempts));
    if (write) attempts = [...attempts.filter((a) => a.id !== write.id), write];
  }
  return attempts;
}

describe('handlePortalEvent', () => {
  it('should record a whole attempt: start, submit, confirm step, result', () => {
    const [attempt, ...rest] = run([
      [{ type: 'start', account: 'Nguyễn Văn A' }, '2022-08-09T09:14:03.700+07:00'],
      [{ type: 'page', kind: 'exam' }, '2022-08-09T09:14:05+07:00'],
      [{ type: 'submit', stage: 'submit' }, '2022-08-09T09:21:30+07:00'],
      [{ type: 'submit', stage: 'confirm' }, '2022-08-09T09:21:40.999+07:00'],
      [{ type: 'page', kind: 'result' }, '2022-08-09T09:21:42+07:00'],
    ]);
    expect(rest).toHaveLength(0);
    expect(attempt).toMatchObject({
      contestId: 'cchc-tth-2022',
      round: 2,
      startedAt: '2022-08-09T09:14:03+07:00',
      startSource: 'start-control',
      portalAccount: 'Nguyễn Văn A',
      submittedAt: '2022-08-09T09:21:40+07:00',
      durationSeconds: 457,
      confirmationSeen: true,
    });
  });

  it('should put an attempt started on Sunday 23:59:59.999 in the round that was open then', () => {
    const [attempt] = run([
      [{ type: 'start' }, '2022-08-07T23:59:59.999+07:00'],
      [{ type: 'page', kind: 'result' }, '2022-08-08T00:05:00+07:00'],
    ]);
    expect(attempt?.round).toBe(1);
    expect(attempt?.submittedAt).toBe('2022-08-08T00:05:00+07:00');
  });

  it('should give round null to an attempt outside every round', () => {
    expect(run([[{ type: 'start' }, '2022-09-01T08:00:00+07:00']])[0]?.round).toBeNull();
  });

  it('should undo the submission when the confirm step is cancelled', () => {
    const [attempt] = run([
      [{ type: 'start' }, '2022-08-09T09:00:00+07:00'],
      [{ type: 'submit', stage: 'submit' }, '2022-08-09T09:05:00+07:00'],
      [{ type: 'submit-cancel' }, '2022-08-09T09:05:02+07:00'],
    ]);
    expect(attempt).toMatchObject({ submittedAt: null, durationSeconds: null, confirmationSeen: false });
  });

  it('should treat a second start signal within seconds as the same activation', () => {
    const attempts = run([
      [{ type: 'start' }, '2022-08-09T09:00:00+07:00'],
      [{ type: 'start' }, '2022-08-09T09:00:01+07:00'],
    ]);
    expect(attempts).toHaveLength(1);
  });

  it('should count a start after a quick submission as a new attempt even before the result is seen', () => {
    const attempts = run([
      [{ type: 'start' }, '2022-08-09T09:00:00+07:00'],
      [{ type: 'submit', stage: 'confirm' }, '2022-08-09T09:00:04+07:00'],
      [{ type: 'start' }, '2022-08-09T09:00:06+07:00'],
    ]);
    expect(attempts).toHaveLength(2);
  });

  it('should record a second attempt in the same round as a new attempt', () => {
    const attempts = run([
      [{ type: 'start' }, '2022-08-09T09:00:00+07:00'],
      [{ type: 'page', kind: 'result' }, '2022-08-09T09:10:00+07:00'],
      [{ type: 'start' }, '2022-08-10T10:00:00+07:00'],
    ]);
    expect(attempts.map((a) => a.round)).toEqual([2, 2]);
  });

  it('should never start an attempt from a page alone: only the person\'s start creates one (PRODUCT.md §3)', () => {
    // A page script may start the exam with no person involved: the exam page it leads to is no start.
    expect(run([[{ type: 'page', kind: 'exam', account: 'A' }, '2022-08-09T09:00:00+07:00']])).toEqual([]);
    expect(run([[{ type: 'page', kind: 'result' }, '2022-08-09T09:00:00+07:00']])).toEqual([]);
  });

  it('should record a submission the portal made by itself from the result page it leads to', () => {
    const [attempt] = run([
      [{ type: 'start' }, '2022-08-09T09:00:00+07:00'],
      [{ type: 'page', kind: 'exam' }, '2022-08-09T09:00:01+07:00'],
      [{ type: 'page', kind: 'result' }, '2022-08-09T09:15:02+07:00'],
    ]);
    expect(attempt).toMatchObject({ submittedAt: '2022-08-09T09:15:02+07:00', durationSeconds: 902, confirmationSeen: true });
  });

  it('should not attach a submission to a stale attempt', () => {
    const start = at('2022-08-09T09:00:00+07:00');
    const [attempt] = run([[{ type: 'start' }, '2022-08-09T09:00:00+07:00']]);
    const outcome = handlePortalEvent({ type: 'submit', stage: 'submit' }, ctx(start + OPEN_ATTEMPT_MS + 1, [attempt!]));
    expect(outcome.write).toBeUndefined();
  });
});
