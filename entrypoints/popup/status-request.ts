import { browser } from 'wxt/browser';
import { ageRoundsStatus } from '@/lib/attempts/status-age';
import { POPUP_STATUS_KEY, sendMessage, type PopupStatus, type PopupStatusSnapshot } from '@/lib/messaging/protocol';

// Imported first by main.tsx, so it is evaluated before React: both reads are on their way while
// React starts. Every module of the first paint is a static import, so the page's HTML preloads them
// all at once and the browser compiles them while it parses the page.

/** A fresh status from the background (it reads the config, the attempts and the outbox). */
export const status = sendMessage('getStatus');

/**
 * The status the background last kept ready (storage.session), as it reads now; undefined when there
 * is none or a round has opened or closed since. One read from the browser, no worker in between:
 * the popup paints it at once, and the fresh status replaces it when it comes.
 */
export const cachedStatus: Promise<PopupStatus | undefined> = browser.storage.session
  .get(POPUP_STATUS_KEY)
  .then((items) => {
    const snapshot = items[POPUP_STATUS_KEY] as Partial<PopupStatusSnapshot> | undefined;
    if (typeof snapshot?.at !== 'number' || !Array.isArray(snapshot.view?.rounds)) return undefined;
    return ageRoundsStatus(snapshot.view, snapshot.at, Date.now());
  })
  .catch(() => undefined);
