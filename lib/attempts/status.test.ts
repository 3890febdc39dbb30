import { describe, expect, it } from 'vitest';
import { createAttempt, withConfirmation } from './record';
import { getRoundsStatus } from './status';

const timeZone = 'Asia/Ho_Chi_Minh';
const rounds = [
  { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
  { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
  { number: 3, opens: '2022-08-15', closes: '2022-08-21' },
  { number: 4, opens: '2022-08-22', closes: '2022-08-28' },
];
const contest = { contestId: 'c', timeZone, rounds };

function view(nowIso: string, attemptTimes: string[] = []) {
  const attempts = attemptTimes.map((iso, i) =>
    withConfirmation(createAttempt({ contest, now: Date.parse(iso), id: `a${i}`, startSource: 'start-control' }), Date.parse(iso) + 60_000, timeZone),
  );
  return getRoundsStatus({ locale: 'vi', contestName: 'X', timeZone, rounds, attempts, hasProfile: true, now: Date.parse(nowIso) });
}

describe('getRoundsStatus', () => {
  it('should mark taken, not taken, not open and closed rounds', () => {
    const v = view('2022-08-16T08:00:00+07:00', ['2022-08-02T09:00:00+07:00']);
    expect(v.rounds.map((r) => r.status)).toEqual(['taken', 'closed', 'not-taken', 'not-open']);
    expect(v.rounds[0]?.takenAt).toBe('2022-08-02T09:00:00+07:00');
    expect(v.openRound).toBe(3);
    expect(v.timeLeftMs).toBe(Date.parse('2022-08-22T00:00:00+07:00') - Date.parse('2022-08-16T08:00:00+07:00'));
  });

  it('should switch rounds exactly at Monday 00:00 ICT', () => {
    expect(view('2022-08-07T23:59:59.999+07:00').openRound).toBe(1);
    expect(view('2022-08-08T00:00:00.000+07:00').openRound).toBe(2);
  });

  it('should give the next opening before the contest and nothing after it', () => {
    const before = view('2022-07-20T12:00:00+07:00');
    expect(before.openRound).toBeUndefined();
    expect(before.nextOpening).toEqual({ round: 1, at: Date.parse('2022-08-01T00:00:00+07:00') });
    const after = view('2022-08-29T00:00:00+07:00');
    expect(after.nextOpening).toBeUndefined();
    expect(after.rounds.every((r) => r.status === 'closed')).toBe(true);
  });

  it('should count several attempts in one round', () => {
    const v = view('2022-08-03T12:00:00+07:00', ['2022-08-02T09:00:00+07:00', '2022-08-03T09:00:00+07:00']);
    expect(v.rounds[0]).toMatchObject({ status: 'taken', attempts: 2, takenAt: '2022-08-02T09:00:00+07:00' });
  });
});
