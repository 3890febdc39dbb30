import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { getDueReminder, getNextReminder, type ReminderSlot } from '@/lib/attempts/reminders';
import { getReminderSettingsInForce } from '@/lib/config/managed-storage';
import { watchReminderSettings } from '@/lib/config/reminders';
import type { Locale } from '@/lib/i18n';
import { createBackgroundT as createT } from '@/lib/i18n/contexts';
import { formatDateRange, formatWallDateTime } from '@/lib/i18n/format';
import { getContestConfig } from '@/lib/config/storage';
import { getPortalAccess } from '@/lib/config/portal-access';
import { portalHome } from '@/lib/portal/origins';
import { PORTAL_ORIGIN } from '@/lib/portal/profile';
import type { RoundSpec } from '@/lib/rounds';
import { createSerialQueue } from '@/lib/async/serial';
import { watchRoundInputs, type RoundDeps } from './round-deps';

export const REMINDER_ALARM = 'reminder';
/** Prefix of our notification ids, so a click on anything else is left alone. */
export const REMINDER_NOTIFICATION_PREFIX = 'reminder:';

// The last slot shown, so a worker restart (or a second alarm) on the same day does not repeat it.
const sentItem = storage.defineItem<string>('local:reminderSent');
const enqueue = createSerialQueue();

async function showReminder(slot: ReminderSlot, round: RoundSpec | undefined, locale: Locale): Promise<void> {
  const t = createT(locale);
  const message =
    slot.kind === 'opens'
      ? t('reminders.notification.opens', { round: slot.round, dates: round ? formatDateRange(round.opens, round.closes) : slot.date })
      : t('reminders.notification.lastDay', { round: slot.round, date: formatWallDateTime(slot.date) });
  await browser.notifications.create(`${REMINDER_NOTIFICATION_PREFIX}${slot.key}`, {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: t('reminders.notification.title', { round: slot.round }),
    message,
  });
}

async function applySchedule(deps: RoundDeps): Promise<ReminderSlot | undefined> {
  const [{ contest }, settings, locale, sentKey] = await Promise.all([
    deps.getContestConfig(),
    getReminderSettingsInForce(),
    deps.getLocale(),
    sentItem.getValue(),
  ]);
  const taken = await deps.getTaken(contest.id);
  const now = deps.now();
  const { rounds, timeZone } = contest;
  const due = getDueReminder({ rounds, timeZone, settings, taken, sentKey: sentKey ?? undefined, now });
  if (due) {
    await showReminder(due, rounds.find((r) => r.number === due.round), locale);
    await sentItem.setValue(due.key);
  }
  // Taken rounds need no alarm; the handler checks again anyway in case one is taken meanwhile.
  const open = rounds.filter((round) => taken[round.number] === undefined);
  const next = settings.enabled ? getNextReminder(open, timeZone, settings.hour, now) : undefined;
  if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.at });
  else await browser.alarms.clear(REMINDER_ALARM);
  return due;
}

/** Shows the reminder due now (once) and sets the `reminder` alarm for the next slot; idempotent. */
export function scheduleReminders(deps: RoundDeps): Promise<ReminderSlot | undefined> {
  return enqueue(() => applySchedule(deps));
}

/** Reminds and reschedules when the `reminder` alarm fires; other alarms are ignored. */
export async function handleReminderAlarm(alarm: { name: string }, deps: RoundDeps): Promise<void> {
  if (alarm.name === REMINDER_ALARM) await scheduleReminders(deps);
}

/** Opens the portal in a new tab when one of our reminders is clicked (tabs.create needs no permission). */
export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_NOTIFICATION_PREFIX)) return;
    // The contest site in force: an edition moved by config opens where it now is.
    const home = getContestConfig().then(({ config }) => getPortalAccess(config)).then(({ granted }) => portalHome(granted), () => `${PORTAL_ORIGIN}/`);
    return Promise.all([home.then((url) => browser.tabs.create({ url })), browser.notifications.clear(id)])
      .then(() => undefined)
      .catch((error: unknown) => console.warn('[hoithi] could not open the contest site', error));
  });
}

/** All reminder listeners plus a first schedule; call synchronously at the top of main(). */
export function registerReminders(deps: RoundDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => handleReminderAlarm(alarm, deps).catch(logFailure));
  registerNotificationClicks();
  const reschedule = () => void scheduleReminders(deps).catch(logFailure);
  watchReminderSettings(reschedule);
  watchRoundInputs(reschedule);
  // Every worker start: alarms may be gone after a relaunch that re-installs instead of starting.
  void scheduleReminders(deps).catch(logFailure);
}

function logFailure(error: unknown): void {
  console.warn('[hoithi] could not schedule the reminders', error);
}
