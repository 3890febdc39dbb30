import { describe, expect, it } from 'vitest';
import { getNextOpening, getRoundAt, getRoundState, getRoundWindow, getTimeLeftMs, type RoundSpec } from './schedule';

const ZONE = 'Asia/Ho_Chi_Minh';
const ROUNDS: RoundSpec[] = [
  { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
  { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
  { number: 3, opens: '2022-08-15', closes: '2022-08-21' },
  { number: 4, opens: '2022-08-22', closes: '2022-08-28' },
];
const [round1, round2, round3, round4] = ROUNDS as [RoundSpec, RoundSpec, RoundSpec, RoundSpec];
const at = (iso: string) => Date.parse(iso);

describe('getRoundWindow', () => {
  it('should run from local midnight of opens to local midnight after closes', () => {
    expect(getRoundWindow(round1, ZONE)).toEqual({
      round: round1,
      start: at('2022-07-31T17:00:00Z'),
      end: at('2022-08-07T17:00:00Z'),
    });
  });

  it('should be 23 hours long over a spring-forward day in a DST zone', () => {
    const window = getRoundWindow({ number: 1, opens: '2022-03-13', closes: '2022-03-13' }, 'America/Los_Angeles');
    expect(window.start).toBe(at('2022-03-13T00:00:00-08:00'));
    expect(window.end).toBe(at('2022-03-14T00:00:00-07:00'));
    expect(window.end - window.start).toBe(23 * 3_600_000);
  });
});

describe('round at an instant', () => {
  it('should still be round 1 on Sunday 23:59:59.999 in Vietnam', () => {
    const now = at('2022-08-07T23:59:59.999+07:00');
    expect(getRoundAt(ROUNDS, ZONE, now)).toBe(round1);
    expect(getRoundState(round1, ZONE, now)).toBe('open');
    expect(getRoundState(round2, ZONE, now)).toBe('not-open');
  });

  it('should be round 2 from Monday 00:00:00.000 in Vietnam', () => {
    const now = at('2022-08-08T00:00:00.000+07:00');
    expect(getRoundAt(ROUNDS, ZONE, now)).toBe(round2);
    expect(getRoundState(round1, ZONE, now)).toBe('closed');
    expect(getRoundState(round2, ZONE, now)).toBe('open');
  });

  it('should follow the contest zone, not the viewer’s: Sunday evening in Los Angeles is Monday in Vietnam', () => {
    expect(getRoundAt(ROUNDS, ZONE, at('2022-08-07T10:00:00-07:00'))).toBe(round2);
  });

  it('should have nothing open before 2022-08-01 and open round 1 next at 2022-08-01T00:00+07:00', () => {
    const now = at('2022-07-31T23:59:59.999+07:00');
    expect(getRoundAt(ROUNDS, ZONE, now)).toBeUndefined();
    expect(ROUNDS.map((round) => getRoundState(round, ZONE, now))).toEqual(Array(4).fill('not-open'));
    expect(getTimeLeftMs(ROUNDS, ZONE, now)).toBeUndefined();
    expect(getNextOpening(ROUNDS, ZONE, now)).toEqual({ round: round1, at: at('2022-07-31T17:00:00Z') });
  });

  it('should keep round 4 open until the end of 2022-08-28, then close everything with no next opening', () => {
    expect(getRoundAt(ROUNDS, ZONE, at('2022-08-28T23:59:59.999+07:00'))).toBe(round4);
    const now = at('2022-08-29T00:00:00+07:00');
    expect(getRoundAt(ROUNDS, ZONE, now)).toBeUndefined();
    expect(ROUNDS.map((round) => getRoundState(round, ZONE, now))).toEqual(Array(4).fill('closed'));
    expect(getTimeLeftMs(ROUNDS, ZONE, now)).toBeUndefined();
    expect(getNextOpening(ROUNDS, ZONE, now)).toBeUndefined();
  });
});

describe('getTimeLeftMs', () => {
  it('should count down to the end of the open round', () => {
    const now = at('2022-08-09T09:14:03+07:00');
    expect(getTimeLeftMs(ROUNDS, ZONE, now)).toBe(at('2022-08-15T00:00:00+07:00') - now);
    expect(getTimeLeftMs(ROUNDS, ZONE, at('2022-08-07T23:59:59.999+07:00'))).toBe(1);
    expect(getTimeLeftMs(ROUNDS, ZONE, at('2022-08-15T00:00:00+07:00'))).toBe(7 * 86_400_000);
  });
});

describe('getNextOpening', () => {
  it('should give the following round while one is open', () => {
    expect(getNextOpening(ROUNDS, ZONE, at('2022-08-09T09:14:03+07:00'))).toEqual({
      round: round3,
      at: at('2022-08-15T00:00:00+07:00'),
    });
  });

  it('should find the next round in a gap between rounds, whatever their order in the list', () => {
    const rounds: RoundSpec[] = [
      { number: 2, opens: '2023-09-11', closes: '2023-09-17' },
      { number: 1, opens: '2023-09-01', closes: '2023-09-03' },
    ];
    const now = at('2023-09-05T12:00:00+07:00');
    expect(getRoundAt(rounds, ZONE, now)).toBeUndefined();
    expect(getNextOpening(rounds, ZONE, now)?.round.number).toBe(2);
  });
});
