import { browser } from 'wxt/browser';
import { getBadgeState, type BadgeState } from '@/lib/attempts/badge';
import { createBackgroundT as createT } from '@/lib/i18n/contexts';
import { createSerialQueue } from '@/lib/async/serial';
import { watchRoundInputs, type RoundDeps } from './round-deps';

export const BADGE_ALARM = 'badge';

async function applyBadge(deps: RoundDeps): Promise<BadgeState> {
  const [{ contest }, locale] = await Promise.all([deps.getContestConfig(), deps.getLocale()]);
  const taken = await deps.getTaken(contest.id);
  const state = getBadgeState({ rounds: contest.rounds, timeZone: contest.timeZone, taken, now: deps.now() });
  const t = createT(locale);
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    state.color && browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setTitle({ title: t(state.titleKey, state.titleParams) }),
  ]);
  // The alarm survives the service worker stopping, so the badge turns at midnight with no page open.
  if (state.nextChangeAt === undefined) await browser.alarms.clear(BADGE_ALARM);
  else await browser.alarms.create(BADGE_ALARM, { when: state.nextChangeAt });
  return state;
}

// One queue for the whole worker: updates from startup, alarms and attempts run in order.
const enqueue = createSerialQueue();

/** Sets the badge text, colour and tooltip for `now`, and the alarm for its next change. */
export function updateBadge(deps: RoundDeps): Promise<BadgeState> {
  return enqueue(() => applyBadge(deps));
}

/** Updates the badge when the `badge` alarm fires; other alarms are ignored. */
export async function handleBadgeAlarm(alarm: { name: string }, deps: RoundDeps): Promise<void> {
  if (alarm.name === BADGE_ALARM) await updateBadge(deps);
}

/** Listens for the badge alarm and input changes, and refreshes the badge now; call synchronously at the top of main(). */
export function registerBadge(deps: RoundDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => handleBadgeAlarm(alarm, deps).catch(logFailure));
  watchRoundInputs(() => void updateBadge(deps).catch(logFailure));
  // Every worker start, not only onStartup/onInstalled: a relaunched browser may re-install an
  // unpacked extension and drop its alarms without firing onStartup.
  void updateBadge(deps).catch(logFailure);
}

function logFailure(error: unknown): void {
  console.warn('[hoithi] could not update the toolbar badge', error);
}
