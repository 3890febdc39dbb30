import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('should split into days, hours and minutes', () => {
    expect(formatDuration(((2 * 24 + 3) * 60 + 15) * 60_000)).toEqual({ days: 2, hours: 3, minutes: 15 });
    expect(formatDuration(7 * 86_400_000)).toEqual({ days: 7, hours: 0, minutes: 0 });
  });

  it('should round up to the minute so a round about to close never shows zero', () => {
    expect(formatDuration(1)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(formatDuration(59 * 60_000 + 1)).toEqual({ days: 0, hours: 1, minutes: 0 });
  });

  it('should give zero for nothing left, negative or not a number', () => {
    for (const ms of [0, -5_000, Number.NaN]) expect(formatDuration(ms)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
