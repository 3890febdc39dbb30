import { describe, expect, it } from 'vitest';
import { formatDateRange, formatWallDateTime } from './format';

describe('formatWallDateTime', () => {
  it('should show the wall time of the zoned string, whatever the machine zone', () => {
    expect(formatWallDateTime('2022-08-07T23:59:59+07:00')).toBe('07/08/2022 23:59');
    expect(formatWallDateTime('2022-08-01')).toBe('01/08/2022');
  });
});

describe('formatDateRange', () => {
  it('should drop the first year when both dates share it', () => {
    expect(formatDateRange('2022-08-01', '2022-08-07')).toBe('01/08 – 07/08/2022');
    expect(formatDateRange('2022-12-26', '2023-01-01')).toBe('26/12/2022 – 01/01/2023');
  });
});
