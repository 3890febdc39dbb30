import { decideStartWarnings, type StartWarning } from '@/lib/attempts/decide';
import type { GuardState } from '@/lib/attempts/guard';
import { createCatalogT } from '@/lib/i18n/translate';
import { warning as catalog } from '@/lib/i18n/catalog/warning';
import { formatWallDateTime } from '@/lib/i18n/format';
import { findControls } from '@/lib/portal/controls';
import { showWarningDialog, type WarningText } from './warning-dialog';

function describe(warnings: StartWarning[], locale: GuardState['locale']): WarningText {
  const t = createCatalogT(catalog, locale);
  const second = warnings.find((w) => w.code === 'second-attempt');
  const paragraphs = warnings.map((w) => {
    if (w.code === 'second-attempt') {
      return t(w.declared ? 'warning.second.declared' : 'warning.second', { round: w.round, time: formatWallDateTime(w.takenAt) });
    }
    if (w.code === 'account-mismatch') return t('warning.account', { shown: w.shown, fullName: w.fullName, account: w.account || '—' });
    return w.next
      ? t('warning.outside.next', { round: w.next.round, time: formatWallDateTime(w.next.opensAt) })
      : t('warning.outside.ended', { date: formatWallDateTime(w.endedOn ?? '') });
  });
  return {
    lang: locale,
    title: second ? t('warning.title.second', { round: second.round }) : t('warning.title.other'),
    paragraphs,
    cancel: t('warning.cancel'),
    proceed: t('warning.proceed'),
  };
}

/**
 * Stops an activation of the start control that would waste or void an entry, asks, and replays
 * the portal's own action exactly once if the user goes ahead. Anything unexpected lets the event
 * through untouched: the portal must work as if the extension were not there.
 */
export function createStartGuard(deps: {
  getState: () => GuardState | undefined;
  getAccount: () => string | undefined;
  /** Whether a click or key in the dialog is the person's; the browser's `isTrusted` unless a test says otherwise. */
  isPersonsEvent?: (event: Event) => boolean;
}) {
  // The control being replayed, until its click has been seen once.
  let replaying: Element | undefined;
  let asking = false;
  const acknowledged = new Set<string>();

  return {
    /** True when the event was stopped (the dialog is open); false to let it proceed. */
    intercept(event: Event, control: Element): boolean {
      const state = deps.getState();
      if (replaying || !state) return false;
      if (asking) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return true;
      }
      let answer: Promise<boolean>;
      let key: string;
      try {
        const warnings = decideStartWarnings(state, Date.now(), deps.getAccount());
        key = warnings.map((w) => (w.code === 'second-attempt' ? `${w.code}:${w.round}` : w.code)).join('|');
        if (!warnings.length || acknowledged.has(key)) return false;
        answer = showWarningDialog(describe(warnings, state.locale), deps.isPersonsEvent);
      } catch (error) {
        // Could not decide or could not show the dialog: the portal proceeds as without us.
        console.debug('[hoithi] start guard failed open', error);
        return false;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      asking = true;
      void answer.then((proceed) => {
        asking = false;
        if (!proceed) return;
        acknowledged.add(key);
        // A single-page portal may have re-rendered the control while the dialog was open.
        const target = control.isConnected ? control : findControls(document, 'start')[0];
        replaying = target;
        try {
          (target as HTMLElement | undefined)?.click();
        } finally {
          replaying = undefined;
        }
      });
      return true;
    },
    /**
     * True for the click the extension itself replays after "Vẫn bắt đầu thi" (the person's act,
     * PRODUCT.md §3) — that one event only: a click the portal's handler dispatches meanwhile is not.
     */
    isReplay(event: Event): boolean {
      const target = replaying;
      if (!target || event.type !== 'click' || !(event.target instanceof Node) || !target.contains(event.target)) return false;
      replaying = undefined;
      return true;
    },
    /** A finished attempt: the next one is a new decision. */
    reset(): void {
      acknowledged.clear();
    },
  };
}
