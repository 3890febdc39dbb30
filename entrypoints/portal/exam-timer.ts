import { getTimeLimitStage, type TimeLimitStage } from '@/lib/attempts/decide';
import type { GuardState } from '@/lib/attempts/guard';
import { createCatalogT } from '@/lib/i18n/translate';
import { warning as catalog } from '@/lib/i18n/catalog/warning';
import { createShadowHost } from './shadow';

const CSS = `.box{position:fixed;left:12px;bottom:12px;z-index:2147483646;max-width:300px;background:#fff;color:#1b2733;border:1px solid #b8c4d0;border-left:5px solid #1f4e8c;border-radius:6px;padding:6px 10px;font-size:13px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
.box.warn{border-left-color:#c77700}.box.over{border-left-color:#b3261e}
p{margin:2px 0}button{font:inherit;font-size:12px;margin-top:4px;padding:2px 10px;border:1px solid #1f4e8c;background:#fff;color:#1f4e8c;border-radius:4px;cursor:pointer}`;

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * A small elapsed/limit timer while the exam is on screen, when the config sets a time limit:
 * a warning at 80 % and at the limit, each announced once and dismissible.
 */
export function createExamTimer(alive: () => boolean = () => true) {
  let ui: { host: HTMLElement; box: HTMLElement; status: HTMLElement; alert: HTMLElement } | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let dismissed: TimeLimitStage = 'ok';

  const stop = () => {
    clearInterval(ticker);
    ticker = undefined;
    ui?.host.remove();
    ui = undefined;
  };

  const render = (state: GuardState, startedAtMs: number, limit: number) => {
    const t = createCatalogT(catalog, state.locale);
    if (!ui) {
      const { host, root } = createShadowHost('hoithi-timer', CSS);
      const box = Object.assign(document.createElement('div'), { className: 'box', lang: state.locale });
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', t('timer.label'));
      const status = document.createElement('p');
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      box.append(status, alert);
      root.append(box);
      ui = { host, box, status, alert };
    }
    const elapsed = Date.now() - startedAtMs;
    const stage = getTimeLimitStage(elapsed, limit);
    const limitText = clock(limit * 60_000);
    ui.box.className = `box ${stage}`;
    ui.status.textContent = t('timer.elapsed', { elapsed: clock(elapsed), limit: limitText });
    const shown = ui.alert.dataset.stage ?? 'ok';
    if (stage !== 'ok' && stage !== dismissed && stage !== shown) {
      ui.alert.dataset.stage = stage;
      const message = stage === 'warn' ? t('timer.warn', { left: clock(limit * 60_000 - elapsed) }) : t('timer.over', { limit: limitText });
      const ok = Object.assign(document.createElement('button'), { type: 'button', textContent: t('timer.dismiss') });
      ok.addEventListener('click', () => {
        dismissed = stage;
        ui?.alert.replaceChildren();
      });
      ui.alert.replaceChildren(Object.assign(document.createElement('p'), { textContent: message }), ok);
    }
  };

  return {
    /** Shows or updates the timer for the exam in progress; hides it when there is nothing to time. */
    update(state: GuardState | undefined, onExam: boolean): void {
      const limit = state?.timeLimitMinutes;
      const startedAtMs = state?.currentStartedAtMs;
      if (!state || !onExam || !limit || startedAtMs === undefined) return stop();
      render(state, startedAtMs, limit);
      clearInterval(ticker);
      // An orphaned script (extension reloaded or removed) stops ticking and removes the timer.
      ticker = setInterval(() => (alive() ? render(state, startedAtMs, limit) : stop()), 1000);
    },
    stop,
  };
}
