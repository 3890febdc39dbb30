import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyControl, type ControlKind } from '@/lib/portal/controls';
import { detectPortalPage } from '@/lib/portal/detect';
import { PORTAL_MATCHES } from '@/lib/portal/profile';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PortalEvent } from '@/lib/messaging/schemas';
import { isKeyActivation } from './keys';

// Recognise the page → tell the background. Everything here fails open: a thrown error or a
// missing background never reaches the page, and no event is ever stopped or delayed.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastPage = '';
    let account: string | undefined;
    let scanTimer: ReturnType<typeof setTimeout> | undefined;
    let lastActivation = { kind: '', at: 0 };
    let warned = false;

    const send = (event: PortalEvent) => {
      sendMessage('portalEvent', event).catch((error: unknown) => {
        if (!warned) console.debug('[hoithi] background not reachable', error);
        warned = true;
      });
    };

    const scan = () => {
      scanTimer = undefined;
      try {
        const page = detectPortalPage(document, new URL(location.href));
        if (page.account) account = page.account;
        const key = `${page.kind}|${page.account ?? ''}|${location.pathname}`;
        if (page.kind === 'unknown' || key === lastPage) return;
        lastPage = key;
        send({ type: 'page', kind: page.kind, account: page.account ?? account });
      } catch (error) {
        console.debug('[hoithi] recognition failed', error);
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
      if (kind === 'start') send({ type: 'start', account });
      else if (kind === 'submit' || kind === 'confirm') send({ type: 'submit', stage: kind });
      else send({ type: 'submit-cancel' });
    };
    const onEvent = (event: Event) => {
      try {
        const target = event.target;
        if (!(target instanceof Element)) return;
        if (event instanceof KeyboardEvent && !isKeyActivation(event, target)) return;
        const kind = classifyControl(target);
        if (kind) activate(kind);
      } catch (error) {
        console.debug('[hoithi] control check failed', error);
      }
    };

    ctx.addEventListener(window, 'click', onEvent, { capture: true });
    ctx.addEventListener(window, 'keydown', onEvent, { capture: true });
    const observer = new MutationObserver(scheduleScan);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'style', 'class', 'aria-hidden'],
    });
    ctx.addEventListener(window, 'wxt:locationchange', scheduleScan);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(scanTimer);
    });
    scan();
  },
});
