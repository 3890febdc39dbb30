import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { getReminderSettings, reminderSettingsSchema, saveReminderSettings, watchReminderSettings } from './reminders';

describe('reminderSettingsSchema', () => {
  it('should default to on at 08:00', () => {
    expect(reminderSettingsSchema.parse({})).toEqual({ enabled: true, hour: 8 });
  });

  it.each([24, -1, 8.5, '8', null])('should refuse the hour %j', (hour) => {
    expect(reminderSettingsSchema.safeParse({ enabled: true, hour }).success).toBe(false);
  });

  it.each([0, 23])('should accept the hour %j', (hour) => {
    expect(reminderSettingsSchema.parse({ enabled: false, hour })).toEqual({ enabled: false, hour });
  });
});

describe('reminder settings storage', () => {
  it('should read the defaults when nothing is stored', async () => {
    expect(await getReminderSettings()).toEqual({ enabled: true, hour: 8 });
  });

  it('should read back saved settings', async () => {
    await saveReminderSettings({ enabled: false, hour: 17 });
    expect(await getReminderSettings()).toEqual({ enabled: false, hour: 17 });
    expect(await fakeBrowser.storage.local.get('reminders')).toEqual({ reminders: { enabled: false, hour: 17 } });
  });

  it('should fall back to the defaults when the stored value is unreadable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ reminders: { enabled: 'yes', hour: 30 } });
    expect(await getReminderSettings()).toEqual({ enabled: true, hour: 8 });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('should refuse to save an invalid hour and keep what is stored', async () => {
    await saveReminderSettings({ enabled: true, hour: 9 });
    await expect(saveReminderSettings({ enabled: true, hour: 24 })).rejects.toThrow();
    expect(await getReminderSettings()).toEqual({ enabled: true, hour: 9 });
  });

  it('should tell a watcher when the settings are saved', async () => {
    const onChange = vi.fn();
    const unwatch = watchReminderSettings(onChange);
    await saveReminderSettings({ enabled: false, hour: 8 });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    unwatch();
  });
});
