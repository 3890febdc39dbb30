import { describe, expect, it } from 'vitest';
import { paginate, splitRows, type PrintItem } from './paginate';

const block = (key: string, top: number, bottom: number): PrintItem => ({ kind: 'block', key, top, bottom });

describe('paginate', () => {
  it('should split a long table with its header repeated, keeping the total with a unit row', () => {
    const rows = Array.from({ length: 11 }, () => 20);
    const items: PrintItem[] = [block('head', 0, 40), { kind: 'table', key: 'r1', top: 50, bottom: 300, head: 30, rows }];
    // Page 120: head 40 + gap 10 + header 30 + two rows = 120; then header 30 + four rows a page; the
    // total (row 10) would open the fourth page alone, so row 9 goes with it.
    expect(paginate(items, 120)).toEqual({ blockBreaks: [], tableBreaks: { r1: [2, 6, 9] } });
  });

  it('should start a table on the next page when its header and first rows do not fit', () => {
    const items: PrintItem[] = [block('head', 0, 90), { kind: 'table', key: 'r1', top: 90, bottom: 160, head: 30, rows: [20, 20] }, block('sign', 170, 200)];
    expect(paginate(items, 100)).toEqual({ blockBreaks: ['r1', 'sign'], tableBreaks: {} });
  });

  it('should take the last rows of a table along rather than leave the signature alone on a page', () => {
    const table: PrintItem = { kind: 'table', key: 'flags', top: 0, bottom: 90, head: 30, rows: [20, 20, 20] };
    const sign: PrintItem = { kind: 'block', key: 'sign', top: 100, bottom: 140, keepWithPrevious: true };
    expect(paginate([table, sign], 100)).toEqual({ blockBreaks: [], tableBreaks: { flags: [1] } });
    expect(paginate([table, { ...sign, keepWithPrevious: false }], 100)).toEqual({ blockBreaks: ['sign'], tableBreaks: {} });
  });

  it('should leave everything on one page when it fits', () => {
    expect(paginate([block('a', 0, 50), block('b', 60, 90)], 100)).toEqual({ blockBreaks: [], tableBreaks: {} });
  });
});

describe('splitRows', () => {
  it('should cut rows at the given starts', () => {
    expect(splitRows([1, 2, 3, 4, 5], [2, 4])).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitRows([1, 2])).toEqual([[1, 2]]);
  });
});
