import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { GuardState } from '@/lib/attempts/guard';
import { classifyControl, closestControl, type ControlKind } from '@/lib/portal/controls';
import { detectPortalPage } from '@/lib/portal/detect';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PortalEvent } from '@/lib/attempts/messages';
import { createExamTimer } from './exam-timer';
import { isKeyActivation } from './keys';
import { isMeaningfulChange } from './mutations';
import { createStartGuard } from './start-guard';

// The extension API of this content script's world. `browser` (wxt/browser) is not used: looking it up
// on every page load made Chromium build a second API object, time the portal paid for.
declare const chrome: typeof browser;

// Recognise the page → tell the background → warn before a wasted entry. Everything here fails
// open: a thrown error or a missing background never reaches the page, and no event is stopped
// unless a warning dialog is actually on screen.
//
// An unlisted script that wxt.config.ts declares as the portal's content script, rather than a WXT
// content script: WXT's wrapper (its context object, the start-up messages it posts to the page)
// cost every portal page more than this whole file does (`npm run bench`, portalOwnTaskMs).
export default defineUnlistedScript({
  main() {
    let lastPage = '';
    let pageKind = 'unknown';
    let account: string | undefined;
    let guardState: GuardState | undefined;
    let scanTimer: ReturnType<typeof setTimeout> | undefined;
    let lastActivation = { kind: '', at: 0 };
    let warned = false;
    // False once the extension is reloaded, updated or removed under this page (`chrome.runtime.id` goes).
    const alive = () => {
      try {
        return !!chrome.runtime?.id;
      } catch {
        return false;
      }
    };
    const timer = createExamTimer(alive);
    const observer = new MutationObserver((records) => {
      if (!alive()) return stop();
      if (isMeaningfulChange(records)) scheduleScan();
    });
    // Step aside, as if never installed: no listener, no timer, no warning from stale state.
    const stop = () => {
      observer.disconnect();
      clearTimeout(scanTimer);
      timer.stop();
      guardState = undefined;
      removeEventListener('click', onEvent, true);
      removeEventListener('keydown', onEvent, true);
      try {
        chrome.storage?.onChanged.removeListener(onStorage);
      } catch {
        // An orphaned script may no longer reach the API; nothing is left to remove then.
      }
    };
    const logOnce = (what: string, error: unknown) => {
      if (!alive()) return stop();
      if (!warned) console.debug(`[hoithi] ${what}`, error);
      warned = true;
    };

    const setGuard = (state: GuardState) => {
      guardState = state;
      timer.update(state, pageKind === 'exam');
    };
    const send = (event: PortalEvent) => sendMessage('portalEvent', event).catch((e: unknown) => logOnce('background not reachable', e));
    const loadGuard = () =>
      sendMessage('getGuard')
        .then(setGuard)
        .catch((e: unknown) => logOnce('no guard state', e));
    const guard = createStartGuard({ getState: () => guardState, getAccount: () => account });

    const scan = () => {
      scanTimer = undefined;
      try {
        const page = detectPortalPage(document, location);
        if (page.account) account = page.account;
        const key = `${page.kind}|${page.account ?? ''}|${location.pathname}`;
        if (page.kind === 'unknown' || key === lastPage) return;
        lastPage = key;
        pageKind = page.kind;
        if (page.kind === 'result') guard.reset();
        // One message per page: the reply carries the guard state as it is after this page's event
        // (the exam page's event may create the attempt the timer counts from).
        void send({ type: 'page', kind: page.kind, account: page.account ?? account }).then((reply) => {
          if (reply?.ok && reply.guard) setGuard(reply.guard);
          // The event failed or came back without the state: ask for it on its own.
          else if (alive()) return loadGuard();
        });
      } catch (error) {
        logOnce('recognition failed', error);
      }
    };
    const scheduleScan = () => {
      scanTimer ??= setTimeout(scan, 120);
    };

    const activate = (kind: ControlKind) => {
      const now = Date.now();
      // A key press and the click it causes are one activation.
      if (kind === lastActivation.kind && now - lastActivation.at < 500) return;
      lastActivation = { kind, at: now };
      if (kind === 'start') void send({ type: 'start', account });
      else if (kind === 'submit' || kind === 'confirm') void send({ type: 'submit', stage: kind });
      else void send({ type: 'submit-cancel' });
    };
    const onEvent = (event: Event) => {
      if (!alive()) return stop();
      try {
        const target = event.target;
        if (!(target instanceof Element)) return;
        if (event instanceof KeyboardEvent && !isKeyActivation(event, target)) return;
        const kind = classifyControl(target);
        if (!kind) return;
        // A fast click may beat the debounced scan: read the page now, so the account shown is known.
        if (scanTimer !== undefined) {
          clearTimeout(scanTimer);
          scan();
        }
        if (kind === 'start' && guard.intercept(event, closestControl(target) ?? target)) return;
        activate(kind);
      } catch (error) {
        logOnce('control check failed', error);
      }
    };

    addEventListener('click', onEvent, true);
    addEventListener('keydown', onEvent, true);
    // A single-page portal's view change is a DOM change too, so this also covers pushState
    // navigation without polling the URL.
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'style', 'class', 'aria-hidden'],
    });
    // An attempt in another tab, or on another computer (storage.sync), changes the decision here.
    function onStorage(changes: Record<string, unknown>, area: string) {
      if (!alive()) return stop();
      if (guardState && (area === 'sync' || 'attemptsChangedAt' in changes || 'config' in changes || 'profile' in changes)) void loadGuard();
    }
    chrome.storage.onChanged.addListener(onStorage);
    scan();
  },
});
