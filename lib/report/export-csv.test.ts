import { describe, expect, it } from 'vitest';
import { buildReport } from './aggregate';
import { parseCsv, restoreCell } from './csv';
import { formatRate, reportToCsv } from './export-csv';
import { makeReceipt, reportInput, roster, uuid, VP } from './test-data';

describe('formatRate', () => {
  it('should write rates the Vietnamese way and leave a unit without staff empty', () => {
    expect(formatRate(2 / 3)).toBe('66,7%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(2 / 3, 'en')).toBe('66.7%');
    expect(formatRate(null)).toBe('');
  });
});

describe('reportToCsv', () => {
  const csv = reportToCsv(buildReport(reportInput));
  const rows = parseCsv(csv);

  it('should start with a BOM and end lines with CRLF', () => {
    expect(csv.startsWith('\ufeffTham gia theo đợt và đơn vị\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('should give each round × unit line, then the round total', () => {
    expect(rows.slice(1, 7)).toEqual([
      ['Đợt', 'Đơn vị', 'Số cán bộ', 'Số người đã thi', 'Tỷ lệ', 'Người chưa thi'],
      ['Đợt 1', VP, '2', '2', '100%', ''],
      ['Đợt 1', 'Phòng Quản lý Khoa học', '2', '1', '50%', 'Phạm Thị D'],
      ['Đợt 1', 'Thanh tra Sở', '0', '0', '', ''],
      ['Đợt 1', 'Phòng Kế hoạch - Tài chính', '1', '0', '0%', 'Hoàng Văn E'],
      ['Đợt 1', 'Tổng cộng', '5', '3', '60%', ''],
    ]);
    expect(rows[8]).toEqual(['Đợt 2', 'Phòng Quản lý Khoa học', '2', '0', '0%', 'Lê Văn C; Phạm Thị D']);
  });

  it('should list leaders with their rounds, and the things to check', () => {
    const leaders = rows.findIndex((row) => row[0] === 'Lãnh đạo phòng/đơn vị');
    expect(rows.slice(leaders + 1, leaders + 4)).toEqual([
      ['Họ và tên', 'Đơn vị', 'Chức vụ', 'Số đợt đã thi (trên 2 đợt)', 'Các đợt đã thi'],
      ['Nguyễn Văn A', VP, 'Chánh Văn phòng', '2', 'Đợt 1, Đợt 2'],
      ['Lê Văn C', 'Phòng Quản lý Khoa học', 'Trưởng phòng', '1', 'Đợt 1'],
    ]);
    const flags = rows.findIndex((row) => row[0] === 'Cần kiểm tra');
    expect(rows[flags + 1]?.at(-1)).toBe('Thời điểm tự khai');
    expect(rows[flags + 2]).toEqual(['Thi nhiều lần trong một đợt', 'Đợt 1', 'Trần Thị Thuỷ', VP, `${uuid(3)}, ${uuid(4)}`, '']);
    expect(rows.filter((row) => row[0] === 'Không có trong danh sách cán bộ').map((row) => row[2])).toEqual(['Phạm Thị D', 'Ngô Văn X']);
    expect(rows.at(-1)?.[0]).toMatch(/không chứng minh được/);
  });

  it('should list a declared receipt under "tự khai" with the declared time', () => {
    const declared = makeReceipt(50, 2, { account: 'levanc' }, {
      confirmation: 'declared', portalAccount: null, durationSeconds: 0, startedAt: '2022-08-09T07:45:00+07:00', submittedAt: '2022-08-09T07:45:00+07:00',
    });
    const table = parseCsv(reportToCsv(buildReport({ rounds: [2], roster, receipts: [declared] })));
    expect(table.find((row) => row[0] === 'tự khai')).toEqual(['tự khai', 'Đợt 2', 'Lê Văn C', 'Phòng Quản lý Khoa học', uuid(50), '09/08/2022 07:45']);
  });

  it('should neutralise names that a spreadsheet would run as formulas', () => {
    const evil = makeReceipt(99, 1, { fullName: '=cmd|"/c calc"!A1', unit: '@evil', account: 'x' });
    const text = reportToCsv(buildReport({ rounds: [1], roster, receipts: [evil] }));
    const cells = parseCsv(text).flat();
    expect(cells).toContain(`'=cmd|"/c calc"!A1`);
    expect(cells.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
    expect(cells.map(restoreCell)).toContain('=cmd|"/c calc"!A1');
  });

  it('should speak English when asked', () => {
    expect(reportToCsv(buildReport(reportInput), 'en')).toContain('Round 1,Total,5,3,60%');
  });
});
