import { describe, expect, it } from 'vitest';
import { buildGuardState } from './guard';
import { decideStartWarnings, getTimeLimitStage, isSamePerson } from './decide';

const rounds = [
  { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
  { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
];
const profile = { fullName: 'Nguyễn Văn A', account: 'nguyenvana' };
const guard = (taken: Record<number, string> = {}, withProfile = true) =>
  buildGuardState({ contestId: 'c', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh', rounds, taken, profile: withProfile ? profile : undefined, timeLimitMinutes: null });
const at = Date.parse;
const R1 = '2022-08-02T09:00:00+07:00';

describe('decideStartWarnings', () => {
  const cases: Array<{ name: string; taken?: Record<number, string>; now: string; shown?: string; profile?: boolean; codes: string[] }> = [
    { name: 'a first attempt in an open round', now: '2022-08-03T10:00:00+07:00', shown: 'Nguyễn Văn A', codes: [] },
    { name: 'a second attempt in the same round', taken: { 1: R1 }, now: '2022-08-07T23:59:59.999+07:00', codes: ['second-attempt'] },
    { name: 'Monday 00:00 after a round-1 attempt: a new round', taken: { 1: R1 }, now: '2022-08-08T00:00:00+07:00', codes: [] },
    { name: 'before the contest', now: '2022-07-31T23:59:59.999+07:00', codes: ['outside-round'] },
    { name: 'after the contest', taken: { 1: R1 }, now: '2022-08-15T00:00:00+07:00', codes: ['outside-round'] },
    { name: 'another person logged in', now: '2022-08-03T10:00:00+07:00', shown: 'Trần Thị B', codes: ['account-mismatch'] },
    { name: 'the account id shown instead of the name', now: '2022-08-03T10:00:00+07:00', shown: 'NguyenVanA', codes: [] },
    { name: 'the name shown in NFD with the old tone marks', now: '2022-08-03T10:00:00+07:00', shown: 'nguyễn văn a'.normalize('NFD'), codes: [] },
    { name: 'no profile yet: no identity check', now: '2022-08-03T10:00:00+07:00', shown: 'Trần Thị B', profile: false, codes: [] },
    { name: 'everything at once, in the receipt order', taken: { 2: '2022-08-08T08:00:00+07:00' }, now: '2022-08-09T08:00:00+07:00', shown: 'Trần Thị B', codes: ['second-attempt', 'account-mismatch'] },
  ];
  for (const c of cases) {
    it(`should warn correctly for ${c.name}`, () => {
      const warnings = decideStartWarnings(guard(c.taken, c.profile ?? true), at(c.now), c.shown);
      expect(warnings.map((w) => w.code)).toEqual(c.codes);
    });
  }

  it('should say which round was taken and when', () => {
    expect(decideStartWarnings(guard({ 1: R1 }), at('2022-08-05T10:00:00+07:00'))).toEqual([
      { code: 'second-attempt', round: 1, takenAt: R1 },
    ]);
  });

  it('should name the next opening before the contest and the end date after it', () => {
    expect(decideStartWarnings(guard(), at('2022-07-30T10:00:00Z'))).toEqual([
      { code: 'outside-round', next: { round: 1, opensAt: '2022-08-01T00:00:00+07:00' } },
    ]);
    expect(decideStartWarnings(guard(), at('2022-08-14T17:00:00Z'))).toEqual([{ code: 'outside-round', endedOn: '2022-08-14' }]);
  });

  it('should decide by the contest zone whatever the machine zone: Sunday evening in Los Angeles is Monday in Huế', () => {
    // 2022-08-07 10:30 in Los Angeles (UTC-7) = 2022-08-08 00:30 in Huế: round 2, not a second attempt.
    expect(decideStartWarnings(guard({ 1: R1 }), at('2022-08-07T10:30:00-07:00'))).toEqual([]);
  });
});

describe('isSamePerson', () => {
  it('should ignore case, spacing, Unicode form and tone-mark placement but not other letters', () => {
    expect(isSamePerson('  NGUYỄN  VĂN A ', profile)).toBe(true);
    expect(isSamePerson('Nguyễn Văn Á', profile)).toBe(false);
    expect(isSamePerson('Lê Thuỷ', { fullName: 'Lê Thủy', account: '' })).toBe(true);
    expect(isSamePerson('', { fullName: '', account: '' })).toBe(false);
  });
});

describe('getTimeLimitStage', () => {
  it('should warn from 80 % and be over at the limit', () => {
    expect(getTimeLimitStage(11 * 60_000 + 59_999, 15)).toBe('ok');
    expect(getTimeLimitStage(12 * 60_000, 15)).toBe('warn');
    expect(getTimeLimitStage(15 * 60_000 - 1, 15)).toBe('warn');
    expect(getTimeLimitStage(15 * 60_000, 15)).toBe('over');
  });
});
