import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUARD_STORAGE_KEY, hasOpenAttempt, type GuardState } from '@/lib/attempts/guard';
import type { PortalEvent } from '@/lib/attempts/messages';
import { classifyControl, closestControl, type ControlKind } from '@/lib/portal/controls';
import { detectPageKind, mayBeExamOrResult } from '@/lib/portal/detect';
import { extractAccount } from '@/lib/portal/extract';
import { createExamTimer } from './exam-timer';
import { isKeyActivation } from './keys';
import { isMeaningfulChange } from './mutations';
import { sendToBackground } from './send';
import { createStartGuard } from './start-guard';
import { isPersonsAct } from './trusted';

// The extension API of this content script's world. `browser` (wxt/browser) is not used: looking it up
// on every page load made Chromium build a second API object, time the portal paid for.
declare const chrome: typeof browser;

// Runs in every frame of a portal origin (PRODUCT.md §3), in its own tab or embedded in another site.
// At load it does almost nothing: it listens for the person's clicks and keys, and reads the guard
// state the background keeps in storage.local, so the decision is ready before the click. The page is
// read only when it matters: the control under a click, at the click; the whole page only while an
// attempt is in progress (the exam's timer, the result page that completes it).
//
// Everything fails open: a thrown error or a missing background never reaches the page, and no event
// is stopped unless a warning dialog is actually on screen. An unlisted script that wxt.config.ts
// declares, not a WXT content script: WXT's wrapper cost every portal page more than this file does.
export default defineUnlistedScript({
  main() {
    let guardState: GuardState | undefined;
    let observer: MutationObserver | undefined;
    let checkTimer: ReturnType<typeof setTimeout> | undefined;
    let lastResult = '';
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
    // Step aside, as if never installed: no listener, no timer, no warning from stale state.
    const stop = () => {
      unwatch();
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
    const send = (event: PortalEvent) => sendToBackground('portalEvent', event).catch((e: unknown) => logOnce('background not reachable', e));
    const guard = createStartGuard({ getState: () => guardState, getAccount: () => account });
    let account: string | undefined;

    // While an attempt is in progress: is this the exam (timer) or the result that completes it?
    const check = () => {
      checkTimer = undefined;
      if (!alive()) return stop();
      try {
        const root = document.documentElement;
        const page = mayBeExamOrResult(root) ? detectPageKind(document) : undefined;
        if (page?.account) account = page.account;
        timer.update(guardState, page?.kind === 'exam');
        const key = `${location.pathname}|${page?.account ?? ''}`;
        if (page?.kind !== 'result' || key === lastResult) return;
        lastResult = key;
        guard.reset();
        void send({ type: 'page', kind: 'result', account: page.account ?? account });
      } catch (error) {
        logOnce('recognition failed', error);
      }
    };
    const scheduleCheck = () => {
      checkTimer ??= setTimeout(check, 120);
    };
    const watch = () => {
      if (!observer) {
        // A single-page portal's view change is a DOM change too: this also covers pushState.
        observer = new MutationObserver((records) => isMeaningfulChange(records) && scheduleCheck());
        observer.observe(document.documentElement, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['hidden', 'open', 'style', 'class', 'aria-hidden'],
        });
      }
      check();
    };
    function unwatch() {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(checkTimer);
      checkTimer = undefined;
      timer.stop();
    }
    const setGuard = (value: unknown) => {
      guardState = value && typeof value === 'object' ? (value as GuardState) : undefined;
      if (hasOpenAttempt(guardState, Date.now())) watch();
      else unwatch();
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
        // Only the person's own acts count (PRODUCT.md §3): a page script's click() does nothing here.
        if (!isPersonsAct(event, guard.isReplay(event))) return;
        const target = event.target;
        if (!(target instanceof Element)) return;
        if (event instanceof KeyboardEvent && !isKeyActivation(event, target)) return;
        const kind = classifyControl(target);
        if (!kind) return;
        if (!alive()) return stop();
        // The identity shown is read at the start, the moment it matters.
        if (kind === 'start') account = extractAccount(document) ?? account;
        if (kind === 'start' && guard.intercept(event, closestControl(target) ?? target)) return;
        activate(kind);
      } catch (error) {
        logOnce('control check failed', error);
      }
    };

    // An attempt in another tab or frame, or on another computer (storage.sync), reaches the
    // background, which rewrites the guard state: every portal frame hears it here.
    function onStorage(changes: Record<string, { newValue?: unknown }>, area: string) {
      if (area === 'local' && GUARD_STORAGE_KEY in changes) setGuard(changes[GUARD_STORAGE_KEY]!.newValue);
    }
    addEventListener('click', onEvent, true);
    addEventListener('keydown', onEvent, true);
    try {
      chrome.storage.onChanged.addListener(onStorage);
      chrome.storage.local.get(GUARD_STORAGE_KEY).then(
        (items) => guardState === undefined && setGuard(items[GUARD_STORAGE_KEY]),
        (e: unknown) => logOnce('no guard state', e),
      );
    } catch (error) {
      logOnce('storage not reachable', error);
    }
  },
});
