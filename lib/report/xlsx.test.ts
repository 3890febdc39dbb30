import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/universal';
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

const meta = { organization: 'Sở Khoa học và Công nghệ', contestName: 'Hội thi CCHC', asOf: '2022-08-29T08:05:00+07:00' };

async function readBack(report: ReturnType<typeof buildReport>) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await (await reportToXlsx(report, meta)).arrayBuffer());
  return book;
}

describe('reportToXlsx', () => {
  it('should write the summary of all rounds first, then by unit, leaders and things to check, under a titled heading', async () => {
    const report = buildReport(reportInput);
    const book = await readBack(report);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Lãnh đạo', 'Cần kiểm tra']);
    const summary = book.worksheets[0]!;
    expect([1, 2, 3, 4].map((r) => summary.getCell(r, 1).value)).toEqual(['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Tổng hợp các đợt theo đơn vị', 'Hội thi CCHC', 'Số liệu đến 08:05:00 29/08/2022']);
    expect((summary.getRow(6).values as unknown[]).slice(1)).toEqual(['Đơn vị', 'Số cán bộ', 'Đợt 1: đã thi', 'Đợt 1: tỷ lệ', 'Đợt 2: đã thi', 'Đợt 2: tỷ lệ', 'Số lãnh đạo', 'Lãnh đạo thi đủ 2 đợt']);
    expect((summary.getRow(7).values as unknown[]).slice(1)).toEqual(['Văn phòng Sở', 2, 2, 1, 1, 0.5, 1, 1]);
    expect((summary.getRow(11).values as unknown[]).slice(1)).toEqual(['Tổng cộng', 5, 3, 0.6, 2, 0.4, 2, 1]);
    expect(summary.getCell(7, 4).numFmt).toBe('0.0%');
    const byUnit = book.worksheets[1]!;
    const line = report.lines[1]!;
    expect((byUnit.getRow(8).values as unknown[]).slice(1)).toEqual(['Đợt 1', line.unit, 2, 1, 0.5, 1, 'Phạm Thị D']);
    const flags = book.worksheets[3]!;
    expect(flags.getCell(7, 5).value).toBe('lần 1 bắt đầu 09:14:03 09/08/2022; lần 2 bắt đầu 09:14:03 09/08/2022');
    expect(flags.getCell(7, 6).value).toEqual(new Date(Date.UTC(2022, 7, 9, 9, 14, 3)));
  });

  it('should print each sheet on A4 landscape, one page wide, with its header row repeated, in one font', async () => {
    const book = await readBack(buildReport(reportInput));
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
      const fonts = new Set<string>();
      sheet.eachRow((row) => row.eachCell((cell) => { fonts.add(`${cell.font?.name} ${cell.font?.size}`); }));
      expect([...fonts]).toEqual(['Times New Roman 12']);
      expect(sheet.getCell(6, 1).border?.bottom?.style).toBe('thin');
      expect(sheet.getCell(6, 1).alignment?.wrapText).toBe(true);
    }
  });

  it('should keep text that looks like a formula as text', async () => {
    const report = buildReport({ ...reportInput, roster: [{ ...reportInput.roster[0]!, fullName: '=HYPERLINK("http://x","A")' }] });
    const rows = await readSheet(await reportToXlsx(report, meta), 3);
    expect(rows[6]![0]).toBe('=HYPERLINK("http://x","A")');
  });
});
