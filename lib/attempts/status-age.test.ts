import { describe, expect, it } from 'vitest';
import { ageRoundsStatus } from './status-age';

const HOUR = 3_600_000;

describe('ageRoundsStatus', () => {
  it('should count the open round down by the time since the status was built', () => {
    expect(ageRoundsStatus({ timeLeftMs: 5 * HOUR, label: 'x' }, 1_000, 1_000 + HOUR)).toEqual({ timeLeftMs: 4 * HOUR, label: 'x' });
  });

  it('should give nothing once the open round has closed since', () => {
    expect(ageRoundsStatus({ timeLeftMs: HOUR }, 0, HOUR)).toBeUndefined();
    expect(ageRoundsStatus({ timeLeftMs: HOUR }, 0, HOUR - 1)).toEqual({ timeLeftMs: 1 });
  });

  it('should give nothing once the next round has opened since', () => {
    const view = { nextOpening: { round: 2, at: 10 * HOUR } };
    expect(ageRoundsStatus(view, 0, 10 * HOUR - 1)).toBe(view);
    expect(ageRoundsStatus(view, 0, 10 * HOUR)).toBeUndefined();
  });

  it('should give nothing for a status built in the future (a clock set back)', () => {
    expect(ageRoundsStatus({}, 2_000, 1_000)).toBeUndefined();
  });
});
