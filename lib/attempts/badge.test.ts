import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/defaults';
import { formatMessage } from '../i18n';
import { reminders } from '../i18n/catalog/reminders';
import { BADGE_COLORS, getBadgeState, type BadgeState } from './badge';

const { rounds, timeZone } = DEFAULT_CONFIG.contest;
const at = (iso: string) => Date.parse(iso);
const vi = (state: BadgeState) => formatMessage(reminders[state.titleKey].vi, state.titleParams);

describe('getBadgeState', () => {
  const cases: Array<{
    name: string;
    now: string;
    taken?: Record<number, string>;
    text: string;
    color?: string;
    title: string;
    nextChangeAt?: string;
  }> = [
    {
      name: 'should show the next opening and no mark before the first round',
      now: '2022-07-31T23:59:59.999+07:00',
      text: '',
      title: 'Đợt 1 mở lúc 01/08/2022 00:00',
      nextChangeAt: '2022-08-01T00:00:00+07:00',
    },
    {
      name: 'should mark the first day of a round not yet taken, changing at the next local midnight',
      now: '2022-08-08T00:00:00+07:00',
      text: '!',
      color: BADGE_COLORS.due,
      title: 'Đợt 2 đang mở, bạn chưa thi — còn 7 ngày',
      nextChangeAt: '2022-08-09T00:00:00+07:00',
    },
    {
      name: 'should count the days left in calendar days, today included',
      now: '2022-08-12T23:00:00+07:00',
      text: '!',
      color: BADGE_COLORS.due,
      title: 'Đợt 2 đang mở, bạn chưa thi — còn 3 ngày',
      nextChangeAt: '2022-08-13T00:00:00+07:00',
    },
    {
      name: 'should turn red on the last day, up to Sunday 23:59:59.999',
      now: '2022-08-07T23:59:59.999+07:00',
      text: '!',
      color: BADGE_COLORS.lastDay,
      title: 'Đợt 1 đang mở, bạn chưa thi — hôm nay là ngày cuối',
      nextChangeAt: '2022-08-08T00:00:00+07:00',
    },
    {
      name: 'should tick a taken round until its last instant',
      now: '2022-08-07T23:59:59.999+07:00',
      taken: { 1: '2022-08-03T10:05:00+07:00' },
      text: '✓',
      color: BADGE_COLORS.taken,
      title: 'Đã thi Đợt 1 lúc 03/08/2022 10:05',
      nextChangeAt: '2022-08-08T00:00:00+07:00',
    },
    {
      name: 'should mark the new round on Monday 00:00 though the last one was taken',
      now: '2022-08-08T00:00:00+07:00',
      taken: { 1: '2022-08-03T10:05:00+07:00' },
      text: '!',
      color: BADGE_COLORS.due,
      title: 'Đợt 2 đang mở, bạn chưa thi — còn 7 ngày',
      nextChangeAt: '2022-08-09T00:00:00+07:00',
    },
    {
      name: 'should give the wall time of the first attempt and change at the round end',
      now: '2022-08-10T15:00:00+07:00',
      taken: { 2: '2022-08-09T09:14:03+07:00' },
      text: '✓',
      color: BADGE_COLORS.taken,
      title: 'Đã thi Đợt 2 lúc 09/08/2022 09:14',
      nextChangeAt: '2022-08-15T00:00:00+07:00',
    },
    {
      name: 'should say the contest has ended, with no alarm, after the last round',
      now: '2022-08-29T00:00:00+07:00',
      taken: { 4: '2022-08-22T08:00:00+07:00' },
      text: '',
      title: 'Hội thi đã kết thúc',
    },
  ];

  it.each(cases)('$name', ({ now, taken = {}, text, color, title, nextChangeAt }) => {
    const state = getBadgeState({ rounds, timeZone, taken, now: at(now) });
    expect(state.text).toBe(text);
    expect(state.color).toBe(color);
    expect(vi(state)).toBe(title);
    expect(state.nextChangeAt).toBe(nextChangeAt === undefined ? undefined : at(nextChangeAt));
  });

  it('should show the next opening between rounds that leave a gap', () => {
    const gapped = [
      { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
      { number: 2, opens: '2022-08-15', closes: '2022-08-21' },
    ];
    const state = getBadgeState({ rounds: gapped, timeZone, taken: {}, now: at('2022-08-10T12:00:00+07:00') });
    expect(state).toMatchObject({ text: '', titleKey: 'badge.title.next', titleParams: { round: 2 } });
    expect(state.nextChangeAt).toBe(at('2022-08-15T00:00:00+07:00'));
  });

  it('should say the contest has ended when there are no rounds at all', () => {
    expect(getBadgeState({ rounds: [], timeZone, taken: {}, now: 0 })).toEqual({ text: '', titleKey: 'badge.title.ended', titleParams: {} });
  });

  it('should count calendar days and find local midnight across a DST change', () => {
    const zone = 'America/Los_Angeles';
    const round = [{ number: 1, opens: '2022-11-01', closes: '2022-11-07' }];
    // 6 November 2022 is 25 hours long in Los Angeles.
    const state = getBadgeState({ rounds: round, timeZone: zone, taken: {}, now: at('2022-11-06T12:00:00-08:00') });
    expect(state.titleParams).toEqual({ round: 1, days: 2 });
    expect(state.nextChangeAt).toBe(at('2022-11-07T00:00:00-08:00'));
  });
});
