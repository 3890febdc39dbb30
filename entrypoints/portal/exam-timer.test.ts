// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGuardState } from '@/lib/attempts/guard';
import { createExamTimer } from './exam-timer';

const START = Date.parse('2022-08-02T09:00:00+07:00');
const state = buildGuardState({
  contestId: 'c',
  locale: 'vi',
  timeZone: 'Asia/Ho_Chi_Minh',
  rounds: [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }],
  taken: {},
  timeLimitMinutes: 15,
  currentStartedAtMs: START,
});
const box = () => document.querySelector('hoithi-timer')?.shadowRoot?.querySelector('[role="group"]');
const alertText = () => box()?.querySelector('[role="alert"]')?.textContent ?? '';

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelectorAll('hoithi-timer').forEach((e) => e.remove());
});

describe('createExamTimer', () => {
  it('should show elapsed/limit during the exam, warn at 80 % and at the limit, each dismissible once', () => {
    vi.useFakeTimers({ now: START + 5 * 60_000 });
    const timer = createExamTimer();
    timer.update(state, true);
    expect(box()!.getAttribute('aria-label')).toBe('Thời gian làm bài');
    expect(box()!.textContent).toContain('Đã làm 05:00 / 15:00');
    expect(alertText()).toBe('');

    vi.advanceTimersByTime(7 * 60_000); // 12:00 = 80 %
    expect(alertText()).toContain('Sắp hết thời gian quy định: còn 03:00');
    box()!.querySelector('button')!.click();
    expect(alertText()).toBe('');
    vi.advanceTimersByTime(60_000);
    expect(alertText()).toBe(''); // acknowledged: no nagging until the next stage

    vi.advanceTimersByTime(2 * 60_000); // 15:00
    expect(alertText()).toContain('Đã quá thời gian quy định 15:00');
    timer.stop();
    expect(box()).toBeUndefined();
  });

  it('should show nothing without a time limit, off the exam page, or without an attempt in progress', () => {
    const timer = createExamTimer();
    timer.update({ ...state, timeLimitMinutes: null }, true);
    timer.update(state, false);
    timer.update({ ...state, currentStartedAtMs: undefined }, true);
    expect(box()).toBeUndefined();
  });
});
