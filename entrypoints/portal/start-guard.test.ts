// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGuardState } from '@/lib/attempts/guard';
import { createStartGuard } from './start-guard';

const rounds = [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }];
const state = (taken: Record<number, string>) =>
  buildGuardState({ contestId: 'c', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh', rounds, taken, timeLimitMinutes: null });

function startButton(onClick: () => void): HTMLButtonElement {
  document.body.innerHTML = '<button type="button">BẮT ĐẦU THI</button>';
  const button = document.querySelector('button')!;
  button.addEventListener('click', onClick);
  return button;
}

let listeners = new AbortController();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Wires the guard as the content script does (capture phase on window) and clicks the button. */
function clickThroughGuard(guard: ReturnType<typeof createStartGuard>, button: HTMLElement): boolean {
  let stopped = false;
  // As the content script does: only activations of the start control reach the guard.
  const onClick = (e: Event) => {
    if (e.target === button) stopped = guard.intercept(e, button);
  };
  window.addEventListener('click', onClick, { capture: true, signal: listeners.signal });
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  return stopped;
}

afterEach(() => {
  listeners.abort();
  listeners = new AbortController();
  vi.useRealTimers();
  document.documentElement.querySelectorAll('hoithi-warning').forEach((e) => e.remove());
});

describe('createStartGuard', () => {
  it('should let the click through untouched when the state is not loaded (fail open)', () => {
    const portal = vi.fn();
    const guard = createStartGuard({ getState: () => undefined, getAccount: () => undefined, isPersonsEvent: () => true });
    expect(clickThroughGuard(guard, startButton(portal))).toBe(false);
    expect(portal).toHaveBeenCalledTimes(1);
  });

  it('should let the click through when deciding throws', () => {
    const portal = vi.fn();
    const broken = { ...state({}), rounds: null } as unknown as ReturnType<typeof state>;
    const guard = createStartGuard({ getState: () => broken, getAccount: () => undefined, isPersonsEvent: () => true });
    expect(clickThroughGuard(guard, startButton(portal))).toBe(false);
    expect(portal).toHaveBeenCalledTimes(1);
  });

  it('should hold a second start, then replay the portal action exactly once on "Vẫn bắt đầu thi"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2022-08-03T10:00:00+07:00'));
    const portal = vi.fn();
    const guard = createStartGuard({ getState: () => state({ 1: '2022-08-02T09:00:00+07:00' }), getAccount: () => undefined, isPersonsEvent: () => true });
    const button = startButton(portal);
    expect(clickThroughGuard(guard, button)).toBe(true);
    expect(portal).not.toHaveBeenCalled();
    const host = document.querySelector('hoithi-warning')!;
    const dialog = host.shadowRoot!.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Bạn đã thi Đợt 1');
    const [cancel, proceed] = Array.from(dialog.querySelectorAll('button'));
    expect(host.shadowRoot!.activeElement).toBe(cancel);
    proceed!.click();
    await settle();
    expect(portal).toHaveBeenCalledTimes(1);
    expect(document.querySelector('hoithi-warning')).toBeNull();
  });

  it('should do nothing on "Hủy"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2022-08-03T10:00:00+07:00'));
    const portal = vi.fn();
    const guard = createStartGuard({ getState: () => state({ 1: '2022-08-02T09:00:00+07:00' }), getAccount: () => undefined, isPersonsEvent: () => true });
    clickThroughGuard(guard, startButton(portal));
    document.querySelector('hoithi-warning')!.shadowRoot!.querySelector('button')!.click();
    await settle();
    expect(portal).not.toHaveBeenCalled();
    expect(document.querySelector('hoithi-warning')).toBeNull();
  });

  it('should ignore a page script answering the dialog: its click and Escape are not trusted', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2022-08-03T10:00:00+07:00'));
    const portal = vi.fn();
    // The browser's own rule: jsdom's .click() and dispatchEvent() are untrusted, as a page script's are.
    const guard = createStartGuard({ getState: () => state({ 1: '2022-08-02T09:00:00+07:00' }), getAccount: () => undefined });
    clickThroughGuard(guard, startButton(portal));
    const root = document.querySelector('hoithi-warning')!.shadowRoot!;
    const [cancel, proceed] = Array.from(root.querySelectorAll('button'));
    proceed!.click();
    cancel!.click();
    root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(portal).not.toHaveBeenCalled();
    expect(document.querySelector('hoithi-warning')).not.toBeNull();
  });

  it('should count the replayed click as the person\'s act, once, and not a click the portal dispatches meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2022-08-03T10:00:00+07:00'));
    const guard = createStartGuard({ getState: () => state({ 1: '2022-08-02T09:00:00+07:00' }), getAccount: () => undefined, isPersonsEvent: () => true });
    const seen: Array<[string, boolean]> = [];
    const button = startButton(() => document.getElementById('submit')!.click());
    button.insertAdjacentHTML('afterend', '<button type="button" id="submit">GỬI BÀI THI</button>');
    clickThroughGuard(guard, button);
    const onClick = (e: Event) => {
      const target = e.target as Element;
      if (target.localName !== 'hoithi-warning') seen.push([target.textContent!, guard.isReplay(e)]);
    };
    window.addEventListener('click', onClick, { capture: true, signal: listeners.signal });
    document.querySelector('hoithi-warning')!.shadowRoot!.querySelectorAll('button')[1]!.click();
    await settle();
    expect(seen).toEqual([['BẮT ĐẦU THI', true], ['GỬI BÀI THI', false]]);
  });
});
