import { describe, expect, it } from 'vitest';
import { formatDocumentDate } from './document-date';

describe('formatDocumentDate', () => {
  it('should put a zero before days under 10', () => {
    expect(formatDocumentDate('Thừa Thiên Huế', '2022-08-05')).toBe('Thừa Thiên Huế, ngày 05 tháng 8 năm 2022');
    expect(formatDocumentDate('Thừa Thiên Huế', '2022-08-10')).toBe('Thừa Thiên Huế, ngày 10 tháng 8 năm 2022');
  });

  it('should put a zero before months 1 and 2 only', () => {
    expect(formatDocumentDate('Huế', '2023-01-09')).toBe('Huế, ngày 09 tháng 01 năm 2023');
    expect(formatDocumentDate('Huế', '2023-02-28')).toBe('Huế, ngày 28 tháng 02 năm 2023');
    expect(formatDocumentDate('Huế', '2023-03-01')).toBe('Huế, ngày 01 tháng 3 năm 2023');
    expect(formatDocumentDate('Huế', '2023-10-31')).toBe('Huế, ngày 31 tháng 10 năm 2023');
    expect(formatDocumentDate('Huế', '2023-12-01')).toBe('Huế, ngày 01 tháng 12 năm 2023');
  });

  it('should leave dots for the place when none is given', () => {
    expect(formatDocumentDate('  ', '2022-08-29')).toBe('……………, ngày 29 tháng 8 năm 2022');
  });
});
