import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/** Reminder settings of the options page: on by default, at 08:00 contest time. */
export const reminderSettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  hour: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(23)), 8),
});

export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: true, hour: 8 };

// Re-validated on every read: storage can hold what an older version (or a bad write) left there.
const remindersItem = storage.defineItem<unknown>('local:reminders');

/** The stored reminder settings, or `fallback` when none are stored or they are unreadable. */
export async function getReminderSettings(fallback: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Promise<ReminderSettings> {
  const stored = await remindersItem.getValue();
  if (stored === null) return fallback;
  const parsed = reminderSettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('[hoithi] stored reminder settings are unreadable; using the defaults', parsed.error.issues);
  return fallback;
}

/** Validates and stores reminder settings; throws a ZodError (and stores nothing) when they are invalid. */
export async function saveReminderSettings(settings: ReminderSettings): Promise<void> {
  await remindersItem.setValue(reminderSettingsSchema.parse(settings));
}

/** Calls `onChange` whenever the settings are saved, e.g. from the options page, to reschedule reminders. */
export function watchReminderSettings(onChange: () => void): () => void {
  return remindersItem.watch(() => onChange());
}
