import { describe, expect, it } from 'vitest';
import { buildReport } from './aggregate';
import { parseCsv, restoreCell } from './csv';
import { formatRate, ratePoints, reportToCsv } from './export-csv';
import { makeReceipt, reportInput, roster, uuid, VP } from './test-data';

describe('formatRate', () => {
  it('should write rates the Vietnamese way and leave a unit without staff empty', () => {
    expect(formatRate(2 / 3)).toBe('66,7%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(2 / 3, 'en')).toBe('66.7%');
    expect(formatRate(null)).toBe('');
  });
});

describe('ratePoints', () => {
  it('should give whole percent points, 100 only for everyone and 0 only for no one', () => {
    expect(ratePoints(1)).toBe(100);
    expect(ratePoints(0)).toBe(0);
    expect(ratePoints(8 / 9)).toBe(89);
    expect(ratePoints(29 / 40)).toBe(73);
    expect(ratePoints(249 / 250)).toBe(99);
    expect(ratePoints(1 / 300)).toBe(1);
    expect(ratePoints(null)).toBe('');
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
      ['Đợt', 'Đơn vị', 'Số cán bộ', 'Số người đã thi', 'Tỷ lệ (%)', 'Số người chưa thi', 'Người chưa thi'],
      ['Đợt 1', VP, '2', '2', '100', '0', ''],
      ['Đợt 1', 'Phòng Quản lý Khoa học', '2', '1', '50', '1', 'Phạm Thị D'],
      ['Đợt 1', 'Thanh tra Sở', '0', '0', '', '0', ''],
      ['Đợt 1', 'Phòng Kế hoạch - Tài chính', '1', '0', '0', '1', 'Hoàng Văn E'],
      ['Đợt 1', 'Tổng cộng', '5', '3', '60', '2', ''],
    ]);
    expect(rows[8]).toEqual(['Đợt 2', 'Phòng Quản lý Khoa học', '2', '0', '0', '2', 'Lê Văn C; Phạm Thị D']);
  });

  it('should list leaders with their rounds, and the things to check', () => {
    const leaders = rows.findIndex((row) => row[0] === 'Lãnh đạo phòng/đơn vị');
    expect(rows.slice(leaders + 1, leaders + 4)).toEqual([
      ['Họ và tên', 'Đơn vị', 'Chức vụ', 'Số đợt đã thi (trên 2 đợt)', 'Các đợt đã thi', 'Các đợt chưa thi'],
      ['Nguyễn Văn A', VP, 'Chánh Văn phòng', '2', 'Đợt 1, Đợt 2', ''],
      ['Lê Văn C', 'Phòng Quản lý Khoa học', 'Trưởng phòng', '1', 'Đợt 1', 'Đợt 2'],
    ]);
    const flags = rows.findIndex((row) => row[0] === 'Cần kiểm tra');
    const at = '09:14:03 09/08/2022';
    expect(rows[flags + 2]).toEqual(['Thi nhiều lần trong một đợt', 'Đợt 1', 'Trần Thị Thuỷ', VP, `lần 1 bắt đầu ${at}; lần 2 bắt đầu ${at}`, '2022-08-09 09:14:03', `${uuid(3)}, ${uuid(4)}`]);
    const byKind = (kind: string) => rows.find((row) => row[0] === kind)!;
    expect(byKind('Tài khoản trên trang thi không khớp')[4]).toBe('Trang thi hiển thị "Nguyễn Văn A"; hồ sơ: "Lê Văn C", tài khoản SSO "levanc"');
    expect(byKind('Chưa thấy xác nhận nộp bài')[4]).toBe('Nộp bài lúc 09:21:40 09/08/2022, không thấy trang thi xác nhận');
    expect(byKind('Không có trong danh sách cán bộ')[4]).toBe('Biên nhận ghi họ tên "Phạm Thị D", đơn vị "Phòng Quản lý Khoa học", tài khoản SSO "phamthid-khac"');
    expect(rows.filter((row) => row[0] === 'Không có trong danh sách cán bộ').map((row) => row[2])).toEqual(['Phạm Thị D', 'Ngô Văn X']);
    expect(rows.at(-1)?.[0]).toMatch(/không chứng minh được/);
  });

  it('should list a declared receipt under "tự khai" with the declared time', () => {
    const declared = makeReceipt(50, 2, { account: 'levanc' }, {
      confirmation: 'declared', portalAccount: null, durationSeconds: 0, startedAt: '2022-08-09T07:45:00+07:00', submittedAt: '2022-08-09T07:45:00+07:00',
    });
    const table = parseCsv(reportToCsv(buildReport({ rounds: [2], roster, receipts: [declared] })));
    expect(table.find((row) => row[0] === 'tự khai')).toEqual([
      'tự khai', 'Đợt 2', 'Lê Văn C', 'Phòng Quản lý Khoa học',
      'Tự khai đã thi lúc 07:45:00 09/08/2022 trên thiết bị khác; đối chiếu với danh sách của trang thi nếu cần', '2022-08-09 07:45:00', uuid(50),
    ]);
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
    expect(reportToCsv(buildReport(reportInput), 'en')).toContain('Round 1,Total,5,3,60,2,');
  });
});
