import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/universal';
import { DEFAULT_CONFIG } from '../../lib/config/defaults';
import type { Participant, Receipt } from '../../lib/receipts/schema';
import { formatDocumentDate } from '../../lib/report/document-date';
import { formatZonedIso } from '../../lib/rounds';
import { exportFile, makeAdminReceipt, ROSTER_HEADER } from '../support/admin-data';
import { convertWithCalc, CSV_OUT_QUOTED, csvIn, parseQuotedCsv, type CalcCell } from '../support/calc';
import { expect, test } from './fixtures';
import { file, openAdmin } from './pages/admin';

// An office's whole cycle on a department of 60 in 12 units: import, print to PDF, download XLSX and CSV,
// and read them as LibreOffice Calc does in an English and a Vietnamese locale.
const UNITS = [
  ...DEFAULT_CONFIG.organization.units,
  'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở', 'Phòng Quản lý chuyên ngành',
  'Trung tâm Thông tin và Thống kê khoa học và công nghệ', 'Quỹ Phát triển khoa học và công nghệ', 'Phòng Tổ chức cán bộ',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Ngọc', 'Đức'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hằng', 'Hiếu', 'Khánh', 'Lộc', 'Nghĩa', 'Phượng', 'Quỳnh', 'Thủy', 'Yến'];
const PEOPLE: Participant[] = Array.from({ length: 60 }, (_, i) => ({
  // A leader's name looks like a formula and another leader's position is a lone "-": both must arrive as text.
  fullName: i === 5 ? '=1+2' : `${FAMILY[i % 8]} ${MIDDLE[i % 5]} ${GIVEN[i % 13]}`,
  unit: UNITS[i % UNITS.length]!,
  position: i === 10 ? '-' : i % 5 === 0 ? 'Trưởng phòng' : 'Chuyên viên',
  isLeader: i % 5 === 0,
  account: `canbo${i}`,
}));
const TAKES = [(i: number) => i % 7 !== 3, (i: number) => i % 3 !== 0, (i: number) => i % 2 === 0, (i: number) => i < 20];

async function receipts(): Promise<Receipt[]> {
  const list: Receipt[] = [];
  let n = 1;
  for (const [r, takes] of TAKES.entries()) {
    for (const [i, who] of PEOPLE.entries()) {
      if (!takes(i)) continue;
      const options = r === 1 && i === 4 ? { portalAccount: 'Người Khác', warnings: ['account-mismatch' as const] } : r === 2 && i === 6 ? { confirmationSeen: false } : {};
      list.push(await makeAdminReceipt(who, r + 1, n++, options));
    }
  }
  list.push(await makeAdminReceipt(PEOPLE[2]!, 1, n++, { at: '10:30:15', warnings: ['second-attempt'] }));
  list.push(await makeAdminReceipt({ fullName: 'Ngô Thị Lạ', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'ngothila' }, 1, n++));
  return list;
}

const expected = (round: number) => {
  const staff = UNITS.map((_, u) => PEOPLE.filter((__, i) => i % UNITS.length === u).length);
  const taken = UNITS.map((_, u) => PEOPLE.filter((__, i) => i % UNITS.length === u && TAKES[round - 1]!(i)).length);
  return { staff, taken, total: taken.reduce((a, b) => a + b, 0) };
};

const pdfText = (pdf: string, layout = false) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' });
const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

test('should print the report as an administrative document and export XLSX and CSV that Calc reads as numbers', async ({ ext }) => {
  test.setTimeout(150_000);
  mkdirSync('.tmp', { recursive: true });
  const out = mkdtempSync(path.join('.tmp', 'office-'));
  const admin = await openAdmin(ext.context.pages()[0]!, ext.extensionId);
  const roster = await writeXlsxFile([ROSTER_HEADER, ...PEOPLE.map((p, i) => [i + 1, p.fullName, p.unit, p.position, p.isLeader ? 'x' : null, p.account])]).toBlob();
  await admin.getByLabel('Chọn danh sách cán bộ').setInputFiles(file('danh-sach.xlsx', Buffer.from(await roster.arrayBuffer())));
  await admin.getByLabel('Chọn tệp biên nhận').setInputFiles(file('bien-nhan.json', exportFile(await receipts())));
  await expect(admin.getByRole('list', { name: 'Kết quả nhập từng tệp' })).toContainText('bien-nhan.json: đọc');

  // The page: all rounds beside the chosen one, a colour key, leaders' missing rounds, flags that say what to check.
  const overview = admin.getByRole('table', { name: 'Tỷ lệ tham gia của từng đơn vị qua các đợt' });
  await expect(overview.getByRole('row', { name: /Tổng cộng/ })).toContainText(`${expected(1).total}/60`);
  await expect(admin.getByRole('list', { name: 'Chú giải màu' }).getByRole('listitem')).toHaveText(['Đạt 100%', 'Từ 80% đến dưới 100%', 'Dưới 80%']);
  await expect(admin.getByTestId('rate-chart')).toContainText('Trung tâm Đo lường, thử nghiệm và Thông tin khoa học'.split(' ').slice(-3).join(' '));
  await expect(admin.getByRole('table', { name: /Lãnh đạo phòng\/đơn vị/ }).getByRole('row', { name: /Nguyễn Văn An/ })).toContainText('Thiếu Đợt 2');
  await admin.getByText(/^Cần kiểm tra \(\d+\)$/).click();
  await expect(admin.getByRole('group', { name: /Tài khoản trên trang thi không khớp/ })).toContainText('Trang thi hiển thị "Người Khác"; hồ sơ: "Hoàng Đức Hằng", tài khoản SSO "canbo4"');
  await expect(admin.getByRole('group', { name: /Thi nhiều lần/ })).toContainText('lần 1 bắt đầu 09:00:00 02/08/2022; lần 2 bắt đầu 10:30:15 02/08/2022');
  await expect(admin.getByRole('group', { name: /Chưa thấy xác nhận/ })).toContainText('Nộp bài lúc 09:07:00 16/08/2022');
  await expect(admin.getByRole('group', { name: /Không có trong danh sách/ })).toContainText('Biên nhận ghi họ tên "Ngô Thị Lạ", đơn vị "Văn phòng Sở"');
  await admin.screenshot({ path: path.join(out, 'page.png'), fullPage: true });

  // XLSX and CSV, downloaded as the admin does.
  const download = async (button: string, name: string) => {
    const [d] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: button }).click()]);
    const to = path.join(out, name);
    await d.saveAs(to);
    return to;
  };
  const xlsx = await download('Tải Excel (XLSX)', 'bao-cao.xlsx');
  const csv = await download('Tải CSV', 'bao-cao.csv');

  // The print form, filled once and remembered.
  await admin.getByRole('button', { name: 'Xem bản in' }).click();
  const form = { 'Cơ quan chủ quản': 'UBND tỉnh Thừa Thiên Huế', 'Địa danh': 'Thừa Thiên Huế', 'Số, ký hiệu': '12/BC-SKHCN', 'Chức vụ người ký': 'Giám đốc', 'Họ và tên người ký': 'Trần Văn Ký' };
  for (const [label, value] of Object.entries(form)) await admin.getByLabel(label, { exact: true }).fill(value);
  await admin.getByLabel('Nơi nhận', { exact: true }).fill('- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.');
  await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel('Số, ký hiệu', { exact: true })).toHaveValue('12/BC-SKHCN');
  await expect(admin.getByLabel('Nơi nhận', { exact: true })).toHaveValue('- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.');
  await expect(admin.locator('.sheet[data-paginated="true"]')).toBeVisible();
  await admin.screenshot({ path: path.join(out, 'print-view.png') });
  await admin.emulateMedia({ media: 'print' });
  const pdf = path.join(out, 'bao-cao.pdf');
  await admin.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });

  const text = pdfText(pdf);
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  const flat = text.replace(/\s+/g, ' ');
  const today = formatZonedIso(Date.now(), 'Asia/Ho_Chi_Minh').slice(0, 10);
  for (const part of ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/BC-SKHCN', formatDocumentDate('Thừa Thiên Huế', today), 'BÁO CÁO', 'Nơi nhận:', '- Sở Nội vụ;', 'GIÁM ĐỐC', 'Trần Văn Ký']) {
    expect(flat).toContain(part);
  }
  expect(pages.length).toBeGreaterThanOrEqual(3);
  // Pages numbered at the top centre from the second page on (Nghị định 30).
  pages.forEach((page, i) => {
    if (i > 0) expect(page.trim().split('\n')[0]!.trim()).toBe(String(i + 1));
  });
  expect(pages[0]!.trim().startsWith('1')).toBe(false);

  // Each round's table: caption, any continuations, then exactly one total after all its numbered units.
  const layout = pdfText(pdf, true).split('\n');
  // The heading lines are whole lines: neither the organisation nor the motto breaks ("CÔNG / NGHỆ").
  for (const line of ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) expect(layout.some((l) => l.includes(line))).toBe(true);
  const events = layout.flatMap((line, at) => {
    const caption = /^\s*Đợt (\d)( \(tiếp theo\))?\s*$/.exec(line);
    if (caption) return [{ at, kind: caption[2] ? 'continued' : 'caption', round: Number(caption[1]) }];
    if (/^\s*Tổng cộng\b/.test(line)) return [{ at, kind: 'total', round: 0 }];
    const stt = /^\s{0,4}(\d{1,2}) +\S/.exec(line);
    return stt ? [{ at, kind: 'unit', round: Number(stt[1]) }] : [];
  });
  expect(events.filter((e) => e.kind === 'total')).toHaveLength(4);
  expect(events.filter((e) => e.kind === 'continued').length).toBeGreaterThanOrEqual(1);
  for (const round of [1, 2, 3, 4]) {
    const start = events.findIndex((e) => e.kind === 'caption' && e.round === round);
    const end = events.findIndex((e, i) => i > start && e.kind === 'total');
    const inside = events.slice(start + 1, end);
    expect(inside.filter((e) => e.kind === 'unit').map((e) => e.round)).toEqual(UNITS.map((_, i) => i + 1));
    expect(inside.filter((e) => e.kind === 'caption')).toEqual([]);
    expect(inside.every((e) => e.kind === 'unit' || (e.kind === 'continued' && e.round === round))).toBe(true);
    const total = expected(round).total;
    expect(layout[events[end]!.at]).toMatch(new RegExp(`Tổng cộng\\s+60\\s+${total}\\s`));
  }
  // A continued table starts its page (after the page number), never in the middle of one.
  for (const page of pages.slice(1)) {
    const lines = page.trim().split('\n').map((l) => l.trim()).filter(Boolean);
    const continued = lines.findIndex((l) => /\(tiếp theo\)$/.test(l));
    if (continued >= 0) expect(continued).toBe(1);
  }
  // One face, the bundled one, for every glyph.
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
  expect(new Set(fonts.map((f) => f.split('-')[0]))).toEqual(new Set(['Tinos']));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(out, 'print')]);

  // The XLSX through Calc: every count and rate a number, text intact and inert.
  const xlsxCsv = path.join(out, 'xlsx-csv');
  mkdirSync(xlsxCsv);
  const sheets = convertWithCalc(xlsx, xlsxCsv, CSV_OUT_QUOTED).sort();
  expect(sheets.map((s) => path.basename(s))).toEqual(['bao-cao-Cần kiểm tra.csv', 'bao-cao-Lãnh đạo.csv', 'bao-cao-Theo đơn vị.csv', 'bao-cao-Tổng hợp.csv'].map((n) => n.normalize('NFC')).sort());
  const sheet = (name: string) => parseQuotedCsv(readFileSync(sheets.find((s) => s.normalize('NFC').endsWith(`${name}.csv`))!, 'utf8'));
  const summary = sheet('Tổng hợp');
  expect(summary[0]![0]!.value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  expect(summary[3]![0]!.value).toMatch(/^Số liệu đến \d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  // The rows under a sheet's header row (the one that starts with `first`).
  const body = (rows: CalcCell[][], first: string) => rows.slice(rows.findIndex((r) => r[0]!.value === first) + 1);
  // A bare cell is a number; Calc writes a rate with its percent sign ("85%"), a count as it is.
  const value = (cell: CalcCell) => (cell.value.endsWith('%') ? Number(cell.value.slice(0, -1)) / 100 : Number(cell.value));
  for (const row of body(summary, 'Đơn vị')) for (const cell of row.slice(1).filter((c) => c.value !== '')) expect(cell, row[0]!.value).toMatchObject({ quoted: false });
  const totals = body(summary, 'Đơn vị').find((r) => r[0]!.value === 'Tổng cộng')!;
  const want = [60, ...[1, 2, 3, 4].flatMap((r) => [expected(r).total, expected(r).total / 60]), 12, 0];
  want.forEach((x, i) => expect(value(totals[i + 1]!)).toBeCloseTo(x, 9));
  const byUnit = body(sheet('Theo đơn vị'), 'Đợt');
  for (const row of byUnit) {
    for (const cell of row.slice(2, 6)) if (cell.value !== '') expect(cell.quoted, `${row[0]!.value} ${row[1]!.value}`).toBe(false);
  }
  expect(byUnit.filter((r) => r[1]!.value === 'Tổng cộng')).toHaveLength(4);
  const leaders = body(sheet('Lãnh đạo'), 'Họ và tên');
  expect(leaders).toHaveLength(12);
  expect(leaders.find((r) => r[0]!.value === '=1+2')?.[0]).toEqual({ value: '=1+2', quoted: true }); // text, not 3
  expect(leaders.every((r) => !r[3]!.quoted)).toBe(true);
  expect(body(sheet('Cần kiểm tra'), 'Vấn đề').find((r) => r[0]!.value === 'Thi nhiều lần trong một đợt')?.[5]).toMatchObject({ quoted: false });

  // Printed through Calc: A4 landscape, each sheet one page wide (its header row, first to last column, on every page).
  const xlsxPdf = path.join(out, 'xlsx-pdf');
  mkdirSync(xlsxPdf);
  const [printed] = convertWithCalc(xlsx, xlsxPdf, 'pdf');
  expect(execFileSync('pdfinfo', [printed!], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const calcPages = pdfText(printed!, true).split('\f').filter((p) => p.trim() !== '');
  expect(calcPages).toHaveLength(pdfPages(printed!));
  // The first and the last column's header (its last line when it wraps) of each sheet, in sheet order.
  const headers = [['Đơn vị', 'đủ 4 đợt'], ['Đợt', 'Người chưa thi'], ['Họ và tên', 'Các đợt chưa thi'], ['Vấn đề', 'Mã biên nhận']];
  const sheetOf = calcPages.map((page) => headers.findIndex(([first, last]) => new RegExp(`^\\s*${first}\\s`, 'm').test(page) && page.includes(last!)));
  // Summary 1 page, by unit 3 (52 rows, the missing names wrapped), leaders 1, to check 1: each a whole sheet's width.
  expect(sheetOf).toEqual([0, 1, 1, 1, 2, 3]);

  // The CSV, opened as Calc opens it in English (US) and in Vietnamese: the same numbers, the same text.
  for (const language of [1033, 1066] as const) {
    const dir = path.join(out, `csv-${language}`);
    mkdirSync(dir);
    const [read] = convertWithCalc(csv, dir, CSV_OUT_QUOTED, csvIn(language));
    const rows = parseQuotedCsv(readFileSync(read!, 'utf8'));
    const header = rows.findIndex((r) => r[0]!.value === 'Đợt');
    const lines = rows.slice(header + 1, rows.findIndex((r, i) => i > header && r[0]!.value === ''));
    expect(lines).toHaveLength(4 * (UNITS.length + 1));
    for (const line of lines) {
      for (const cell of [line[2]!, line[3]!, line[4]!, line[5]!]) expect(cell.quoted, `${language}: ${line.map((c) => c.value).join('|')}`).toBe(false);
    }
    // Every unit line and total of every round, with the values they must have: counts, and rates in whole percent points.
    const want = [1, 2, 3, 4].flatMap((round) => {
      const e = expected(round);
      const units = UNITS.map((unit, u) => [`Đợt ${round}`, unit, e.staff[u]!, e.taken[u]!, Math.round((e.taken[u]! / e.staff[u]!) * 100), e.staff[u]! - e.taken[u]!]);
      return [...units, [`Đợt ${round}`, 'Tổng cộng', 60, e.total, Math.round((e.total / 60) * 100), 60 - e.total]];
    });
    expect(lines.map((line) => line.slice(0, 6).map((c, i) => (i < 2 ? c.value : Number(c.value))))).toEqual(want);
    // Attempt times are read as dates (numbers) in both locales.
    expect(rows.find((r) => r[0]!.value === 'Thi nhiều lần trong một đợt')?.[5]).toMatchObject({ quoted: false });
    const position = rows.find((r) => r[0]!.value === 'Lê Văn Quỳnh');
    expect(position?.[2], 'a lone "-" stays a plain "-"').toEqual({ value: '-', quoted: true });
    expect(rows.some((r) => r[0]!.value === "'=1+2" && r[0]!.quoted)).toBe(true);
    expect(rows.flat().some((c) => c.value.includes('Phượng'))).toBe(true);
  }
  rmSync(path.join(out, 'xlsx-csv'), { recursive: true, force: true });
});
