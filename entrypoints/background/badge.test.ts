import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getContestConfig, getLocale, saveContestConfig, saveLocale } from '@/lib/config/storage';
import { BADGE_COLORS } from '@/lib/attempts/badge';
import { BADGE_ALARM, registerBadge, updateBadge } from './badge';
import type { RoundDeps } from './round-deps';

const at = (iso: string) => Date.parse(iso);
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('toolbar badge wiring', () => {
  let now: number;
  let taken: Record<number, string>;
  let deps: RoundDeps;

  beforeEach(() => {
    now = at('2022-08-12T10:00:00+07:00');
    taken = {};
    deps = { getContestConfig, getTaken: async () => taken, getLocale, now: () => now };
  });

  it('should mark an open round not yet taken at worker start and set the alarm for midnight', async () => {
    registerBadge(deps);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    expect(await fakeBrowser.action.getTitle({})).toBe('Đợt 2 đang mở, bạn chưa thi — còn 3 ngày');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.due));
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(at('2022-08-13T00:00:00+07:00'));
  });

  it('should tick the round after an attempt', async () => {
    await updateBadge(deps);
    taken = { 2: '2022-08-12T10:01:30+07:00' };
    now = at('2022-08-12T10:02:00+07:00');
    await updateBadge(deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
    expect(await fakeBrowser.action.getTitle({})).toBe('Đã thi Đợt 2 lúc 12/08/2022 10:01');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.taken));
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(at('2022-08-15T00:00:00+07:00'));
  });

  it('should move to the next round when the alarm fires at Monday 00:00', async () => {
    registerBadge(deps);
    taken = { 2: '2022-08-09T09:14:03+07:00' };
    now = at('2022-08-14T23:59:59.999+07:00');
    await updateBadge(deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
    const alarm = await fakeBrowser.alarms.get(BADGE_ALARM);
    expect(alarm?.scheduledTime).toBe(at('2022-08-15T00:00:00+07:00'));
    now = alarm!.scheduledTime;
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Đợt 3 đang mở, bạn chưa thi — còn 7 ngày');
  });

  it('should ignore other alarms', async () => {
    registerBadge(deps);
    await updateBadge(deps);
    await fakeBrowser.action.setBadgeText({ text: 'x' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder', scheduledTime: now, persistAcrossSessions: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('x');
  });

  it('should clear the mark outside rounds and drop the alarm once the contest is over', async () => {
    now = at('2022-07-30T12:00:00+07:00');
    await saveLocale('en');
    await updateBadge(deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Round 1 opens at 01/08/2022 00:00');
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(at('2022-08-01T00:00:00+07:00'));
    now = at('2022-09-01T12:00:00+07:00');
    await saveLocale('vi');
    await updateBadge(deps);
    expect(await fakeBrowser.action.getTitle({})).toBe('Hội thi đã kết thúc');
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeUndefined();
  });

  it('should refresh when a department config is imported or the language changes', async () => {
    registerBadge(deps);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    const { config } = await getContestConfig();
    const rounds = [{ number: 1, opens: '2022-09-05', closes: '2022-09-11' }];
    await saveContestConfig({ ...config, contest: { ...config.contest, rounds } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toBe('Đợt 1 mở lúc 05/09/2022 00:00'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await saveLocale('en');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toBe('Round 1 opens at 05/09/2022 00:00'));
  });

  it('should refresh when another browser of this person records the round (sync mirror)', async () => {
    registerBadge(deps);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    taken = { 2: '2022-08-11T20:00:00+07:00' };
    await fakeBrowser.storage.sync.set({ 'taken:cchc-tth-2022': { 2: '2022-08-11T20:00:00+07:00' } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('✓'));
  });
});
