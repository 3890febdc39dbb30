import { describe, expect, it } from 'vitest';
import { classifyStatus, getRetryDelayMs, MAX_RETRY_MS, MIN_RETRY_MS, parseRetryAfter } from './backoff';

describe('classifyStatus', () => {
  it('should follow the endpoint protocol of PRODUCT.md 4.3', () => {
    const table: Array<[number, string]> = [
      [200, 'delivered'], [201, 'delivered'], [204, 'delivered'], [409, 'delivered'],
      [408, 'retry'], [425, 'retry'], [429, 'retry'], [500, 'retry'], [502, 'retry'], [503, 'retry'], [504, 'retry'],
      [400, 'rejected'], [401, 'rejected'], [403, 'rejected'], [404, 'rejected'], [413, 'rejected'], [422, 'rejected'],
    ];
    for (const [status, kind] of table) expect([status, classifyStatus(status)]).toEqual([status, kind]);
  });
});

describe('getRetryDelayMs', () => {
  it('should never wait less than 30 s nor more than 1 h', () => {
    for (const failures of [1, 2, 5, 10, 40]) {
      expect(getRetryDelayMs(failures, () => 0)).toBe(MIN_RETRY_MS);
      const top = getRetryDelayMs(failures, () => 0.999999);
      expect(top).toBeGreaterThanOrEqual(MIN_RETRY_MS);
      expect(top).toBeLessThanOrEqual(MAX_RETRY_MS);
    }
    expect(getRetryDelayMs(40, () => 0.999999)).toBeGreaterThan(MAX_RETRY_MS - 1000);
  });

  it('should draw below a ceiling that doubles with each failure (full jitter)', () => {
    expect(getRetryDelayMs(1, () => 0.5)).toBe(30_000); // ceiling 60 s
    expect(getRetryDelayMs(2, () => 0.5)).toBe(60_000); // ceiling 120 s
    expect(getRetryDelayMs(3, () => 0.5)).toBe(120_000); // ceiling 240 s
  });

  it('should honour a longer Retry-After, within a day', () => {
    expect(getRetryDelayMs(1, () => 0, 5 * 60_000)).toBe(5 * 60_000);
    expect(getRetryDelayMs(1, () => 0, 1000)).toBe(MIN_RETRY_MS);
    expect(getRetryDelayMs(1, () => 0, 10 * 24 * 3600_000)).toBe(24 * 3600_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2022-08-09T02:00:00Z');
  it('should read seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 09 Aug 2022 02:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
