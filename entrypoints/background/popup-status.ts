import { browser } from 'wxt/browser';
import { createSerialQueue } from '@/lib/async/serial';
import { getMirroredDeclared, getMirroredTaken } from '@/lib/attempts/mirror';
import { getAttempts } from '@/lib/attempts/repository';
import { getRoundsStatus } from '@/lib/attempts/status';
import { getPortalAccess } from '@/lib/config/portal-access';
import { getContestConfig, getLocale, getProfile } from '@/lib/config/storage';
import { POPUP_STATUS_KEY, STATUS_KEYS, type PopupStatus, type PopupStatusSnapshot } from '@/lib/messaging/protocol';
import { portalHome } from '@/lib/portal/origins';
import type { ReceiptsWiring } from './receipts';

/**
 * Keeps the popup's status ready in storage.session (in memory, extension pages only): rebuilt at
 * every worker start and whenever an input changes (attempts, receipts, config, policy, profile,
 * language, the other browsers' rounds, a permission). The popup paints it at once and still asks for
 * a fresh one, so a snapshot that is late by a change is corrected within the same open.
 */
export function registerPopupStatus(build: () => Promise<PopupStatus>, now: () => number): { publish: () => void } {
  const serially = createSerialQueue();
  let pending = false;
  // Changes come in bursts (a drain marks the outbox per answer): one rebuild waits, the rest join it.
  const publish = () => {
    if (pending) return;
    pending = true;
    serially(async () => {
      pending = false;
      const snapshot: PopupStatusSnapshot = { at: now(), view: await build() };
      await browser.storage.session.set({ [POPUP_STATUS_KEY]: snapshot });
    }).catch((error: unknown) => console.warn('[hoithi] could not keep the popup status ready', error));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' || (area === 'local' && STATUS_KEYS.some((key) => key in changes))) publish();
  });
  browser.permissions.onAdded.addListener(publish);
  browser.permissions.onRemoved.addListener(publish);
  publish();
  return { publish };
}

/** Builds the popup's status: every read at once, since the popup's first paint may wait for it. */
export function createStatusBuilder(receipts: Pick<ReceiptsWiring, 'delivered' | 'views' | 'endpoint'>, now: () => number): () => Promise<PopupStatus> {
  return async () => {
    const contestRead = getContestConfig();
    const contestId = contestRead.then(({ contest }) => contest.id);
    const [{ contest, managedError }, profile, locale, attempts, mirrored, mirroredDeclared, delivered, receiptsView, endpoint, access] = await Promise.all([
      contestRead,
      getProfile(),
      getLocale(),
      contestId.then(getAttempts),
      contestId.then(getMirroredTaken),
      contestId.then(getMirroredDeclared),
      receipts.delivered(),
      receipts.views(),
      receipts.endpoint(),
      contestRead.then(({ config }) => getPortalAccess(config)),
    ]);
    const rounds = getRoundsStatus({
      locale,
      contestName: contest.name,
      timeZone: contest.timeZone,
      rounds: contest.rounds,
      attempts,
      mirrored,
      mirroredDeclared,
      delivered,
      hasProfile: profile !== undefined,
      now: now(),
    });
    const view = { ...rounds, receipts: receiptsView, endpoint, portal: { home: portalHome(access.granted), pending: access.pending } };
    return managedError ? { ...view, managedError } : view;
  };
}
