import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { GuardState } from '@/lib/attempts/guard';
import { classifyControl, closestControl, type ControlKind } from '@/lib/portal/controls';
import { detectPortalPage } from '@/lib/portal/detect';
import { PORTAL_MATCHES } from '@/lib/portal/profile';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PortalEvent } from '@/lib/messaging/schemas';
import { createExamTimer } from './exam-timer';
import { isKeyActivation } from './keys';
import { isMeaningfulChange } from './mutations';
import { createStartGuard } from './start-guard';

// Recognise the page → tell the background → warn before a wasted entry. Everything here fails
// open: a thrown error or a missing background never reaches the page, and no event is stopped
// unless a warning dialog is actually on screen.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Only for `npm run bench`: a build with an empty content script measures what any content
    // script costs the portal, so portalAddedTaskMs can be split into Chromium's share and ours.
    if (import.meta.env.WXT_BENCH_EMPTY_CONTENT_SCRIPT) return;
    let lastPage = '';
    let pageKind = 'unknown';
    let account: string | undefined;
    let guardState: GuardState | undefined;
    let scanTimer: ReturnType<typeof setTimeout> | undefined;
    let lastActivation = { kind: '', at: 0 };
    let warned = false;
    const logOnce = (what: string, error: unknown) => {
      if (!warned) console.debug(`[hoithi] ${what}`, error);
      warned = true;
    };

    const send = (event: PortalEvent) => sendMessage('portalEvent', event).catch((e: unknown) => logOnce('background not reachable', e));
    const timer = createExamTimer();
    const loadGuard = () =>
      sendMessage('getGuard')
        .then((state) => {
          guardState = state;
          timer.update(state, pageKind === 'exam');
        })
        .catch((e: unknown) => logOnce('no guard state', e));
    const guard = createStartGuard({ getState: () => guardState, getAccount: () => account });

    const scan = () => {
      scanTimer = undefined;
      try {
        const page = detectPortalPage(document, new URL(location.href));
        if (page.account) account = page.account;
        const key = `${page.kind}|${page.account ?? ''}|${location.pathname}`;
        if (page.kind === 'unknown' || key === lastPage) return;
        const firstRecognised = lastPage === '';
        lastPage = key;
        pageKind = page.kind;
        if (page.kind === 'result') guard.reset();
        if (firstRecognised) void loadGuard();
        // The exam page's event may create the attempt the timer counts from: reload after it.
        void send({ type: 'page', kind: page.kind, account: page.account ?? account }).then(() => {
          if (page.kind === 'exam' || page.kind === 'result') return loadGuard();
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

    ctx.addEventListener(window, 'click', onEvent, { capture: true });
    ctx.addEventListener(window, 'keydown', onEvent, { capture: true });
    // A single-page portal's view change is a DOM change too, so this also covers pushState
    // navigation without polling the URL.
    const observer = new MutationObserver((records) => isMeaningfulChange(records) && scheduleScan());
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'style', 'class', 'aria-hidden'],
    });
    // An attempt in another tab, or on another computer (storage.sync), changes the decision here.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (guardState && (area === 'sync' || 'attemptsChangedAt' in changes || 'config' in changes || 'profile' in changes)) void loadGuard();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(scanTimer);
      timer.stop();
      browser.storage.onChanged.removeListener(onStorage);
    });
    scan();
  },
});
