import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { buildReport } from './aggregate';
import { reportInput } from './test-data';
import { readRosterXlsx, reportToXlsx } from './xlsx';

const workbook = async (rows: (string | number | boolean | null)[][]) => writeXlsxFile(rows).toBlob();

describe('readRosterXlsx', () => {
  it('should read a roster sheet with Vietnamese headers, numbers and booleans as text', async () => {
    const blob = await workbook([
      ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Lãnh đạo', 'Tài khoản'],
      [1, 'Nguyễn Văn A', 'Văn phòng Sở', 'Chánh Văn phòng', 'x', 'nguyenvana'],
      [2, 'Trần Thị Thuỷ', 'Văn phòng Sở', 'Chuyên viên', null, null],
      [3, 'Lê Văn C', 'Phòng Quản lý Khoa học', 'Trưởng phòng', true, 12345],
      [4, '', 'Phòng Quản lý Khoa học', '', null, null],
    ]);
    const result = await readRosterXlsx(await blob.arrayBuffer());
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chánh Văn phòng', isLeader: true, account: 'nguyenvana' },
        { row: 3, fullName: 'Trần Thị Thuỷ', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: '' },
        { row: 4, fullName: 'Lê Văn C', unit: 'Phòng Quản lý Khoa học', position: 'Trưởng phòng', isLeader: true, account: '12345' },
      ],
      refused: [{ row: 5, field: 'fullName', key: 'report.roster.fullNameRequired' }],
    });
  });

  it('should refuse a workbook without the name column', async () => {
    const result = await readRosterXlsx(await workbook([['Tên', 'Đơn vị'], ['A', 'B']]));
    expect(result).toEqual({ ok: false, error: { key: 'report.table.missingColumns', params: { columns: '"Họ và tên"' } } });
  });

  it('should refuse bytes that are not a workbook', async () => {
    const result = await readRosterXlsx(new TextEncoder().encode('PK\u0003\u0004 not really').buffer as ArrayBuffer);
    expect(result).toEqual({ ok: false, error: { key: 'report.xlsx.unreadable' } });
  });
});

describe('reportToXlsx', () => {
  it('should write the report so that it reads back sheet by sheet', async () => {
    const report = buildReport(reportInput);
    const sheets = await readXlsxFile(await reportToXlsx(report));
    expect(sheets.map((s) => s.sheet)).toEqual(['Theo đơn vị', 'Lãnh đạo', 'Cần kiểm tra']);
    const byUnit = sheets[0]!.data;
    expect(byUnit[0]).toEqual(['Đợt', 'Đơn vị', 'Số cán bộ', 'Số người đã thi', 'Tỷ lệ', 'Người chưa thi']);
    const line = report.lines[0]!;
    expect(byUnit[1]).toEqual(['Đợt 1', line.unit, line.staff, line.participants, line.rate, line.missing.map((p) => p.fullName).join('; ') || null]);
    const leaders = sheets[1]!.data;
    expect(leaders.slice(1).map((r) => [r[0], r[3]])).toEqual(report.leaders.map((l) => [l.person.fullName, l.roundsTaken.length]));
  });

  it('should keep text that looks like a formula as text', async () => {
    const report = buildReport({ ...reportInput, roster: [{ ...reportInput.roster[0]!, fullName: '=HYPERLINK("http://x","A")' }] });
    const rows = await readSheet(await reportToXlsx(report), 2);
    expect(rows[1]![0]).toBe('=HYPERLINK("http://x","A")');
  });
});
