import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveReminderSettings } from '@/lib/config/reminders';
import { getContestConfig } from '@/lib/config/storage';
import type { Locale } from '@/lib/i18n';
import { REMINDER_ALARM, registerNotificationClicks, registerReminders, scheduleReminders } from './reminders';
import type { RoundDeps } from './round-deps';

const at = (iso: string) => Date.parse(iso);
const shown = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string; iconUrl: string }>;
const alarmAt = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime;

describe('reminder wiring', () => {
  let now: number;
  let taken: Record<number, string>;
  let locale: Locale;
  let deps: RoundDeps;

  beforeEach(() => {
    now = at('2022-08-08T09:30:00+07:00');
    taken = {};
    locale = 'vi';
    deps = { getContestConfig, getTaken: async () => taken, getLocale: async () => locale, now: () => now };
  });

  it('should remind once when the worker starts late on a round first day, and set the next alarm', async () => {
    registerReminders(deps);
    await vi.waitFor(() => expect(Object.keys(shown())).toEqual(['reminder:2:opens:2022-08-08']));
    expect(shown()['reminder:2:opens:2022-08-08']).toEqual({
      type: 'basic',
      iconUrl: '/icon/128.png',
      title: 'Nhắc thi: Đợt 2',
      message: 'Đợt 2 đã mở (08/08 – 14/08/2022) và bạn chưa thi. Nhấn vào đây để mở trang Hội thi.',
    });
    expect(await alarmAt()).toBe(at('2022-08-14T08:00:00+07:00'));

    // The worker restarts the same day: the sent slot is remembered in storage.local.
    await fakeBrowser.notifications.clear('reminder:2:opens:2022-08-08');
    now = at('2022-08-08T11:00:00+07:00');
    expect(await scheduleReminders(deps)).toBeUndefined();
    expect(shown()).toEqual({});
  });

  it('should remind on the last day when the alarm fires', async () => {
    now = at('2022-08-10T12:00:00+07:00');
    registerReminders(deps);
    await vi.waitFor(async () => expect(await alarmAt()).toBe(at('2022-08-14T08:00:00+07:00')));
    expect(shown()).toEqual({});
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    now = alarm!.scheduledTime;
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(shown()['reminder:2:last-day:2022-08-14']?.message).toBe(
      'Hôm nay (14/08/2022) là ngày cuối của Đợt 2 và bạn chưa thi. Nhấn vào đây để mở trang Hội thi.',
    );
    expect(await alarmAt()).toBe(at('2022-08-15T08:00:00+07:00'));
  });

  it('should not remind about a taken round and should skip its slots', async () => {
    taken = { 2: '2022-08-08T09:00:00+07:00' };
    expect(await scheduleReminders(deps)).toBeUndefined();
    expect(shown()).toEqual({});
    expect(await alarmAt()).toBe(at('2022-08-15T08:00:00+07:00'));
  });

  it('should neither remind nor keep an alarm when reminders are off, and reschedule when switched on', async () => {
    await saveReminderSettings({ enabled: false, hour: 8 });
    registerReminders(deps);
    await scheduleReminders(deps);
    expect(shown()).toEqual({});
    expect(await alarmAt()).toBeUndefined();

    await saveReminderSettings({ enabled: true, hour: 10 });
    await vi.waitFor(async () => expect(await alarmAt()).toBe(at('2022-08-08T10:00:00+07:00')));
    expect(shown()).toEqual({});
  });

  it('should speak English when the user chose it', async () => {
    locale = 'en';
    await scheduleReminders(deps);
    expect(shown()['reminder:2:opens:2022-08-08']).toMatchObject({
      title: 'Contest reminder: round 2',
      message: 'Round 2 is open (08/08 – 14/08/2022) and you have not taken it. Click to open the contest site.',
    });
  });

  it('should open the portal in a new tab when a reminder is clicked, and ignore other notifications', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerNotificationClicks();
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(create).not.toHaveBeenCalled();
    await scheduleReminders(deps);
    await fakeBrowser.notifications.onClicked.trigger('reminder:2:opens:2022-08-08');
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: 'https://hoithicchc.thuathienhue.gov.vn/' });
    expect(shown()).toEqual({});
  });
});
