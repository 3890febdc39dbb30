import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Participant } from '../../lib/receipts/schema';
import { parseCsv } from '../../lib/report/csv';
import { receiptsToCsv } from '../../lib/report/receipt-csv';
import { exportFile, makeAdminReceipt, ROSTER_HEADER, rosterCsv } from '../support/admin-data';
import { expect, test } from './fixtures';
import { file, openAdmin, XLSX_MIME } from './pages/admin';

const VP = 'Văn phòng Sở';
const QLKH = 'Phòng Quản lý Khoa học';
const person = (fullName: string, unit: string, isLeader: boolean, account: string): Participant =>
  ({ fullName, unit, position: isLeader ? 'Trưởng phòng' : 'Chuyên viên', isLeader, account });
const A = person('Nguyễn Văn A', VP, true, 'nguyenvana');
const B = person('Trần Thị Bình', VP, false, 'tranthibinh');
const C = person('Lê Văn Cường', VP, false, '');
const D = person('Phạm Thị Dung', QLKH, true, 'phamthidung');
const E = person('Hoàng Văn Em', QLKH, false, 'hoangvanem');
const PEOPLE = [A, B, C, D, E];

async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  await page.getByTestId('drop-zone').evaluate((zone, { name, base64, type }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name, { type }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, base64: bytes.toString('base64'), type });
}

test('should import receipts and a roster, show the report and chart, and export CSV and XLSX that read back', async ({ ext }) => {
  const r = (who: Participant, round: number, n: number) => makeAdminReceipt(who, round, n);
  const exported = [await r(A, 1, 1), await r(B, 1, 2), await r(D, 1, 3), await r(A, 2, 4), await r(A, 1, 7)]; // A twice in round 1
  const single = await r(C, 1, 5);
  const csvReceipts = [await r(B, 2, 6), exported[0]!]; // the second is a duplicate of the export's first
  const admin = await openAdmin(ext.context.pages()[0]!, ext.extensionId);

  // The roster, as a CSV with BOM and ";", through the roster picker.
  await admin.getByLabel('Chọn danh sách cán bộ').setInputFiles(file('danh-sach.csv', rosterCsv(PEOPLE)));
  await expect(admin.getByRole('list', { name: 'Kết quả nhập từng tệp' })).toContainText('danh-sach.csv: danh sách 5 cán bộ, 0 dòng bị từ chối');

  // Three receipt files at once through the receipt picker.
  await admin.getByLabel('Chọn tệp biên nhận').setInputFiles([
    file('bien-nhan.json', exportFile(exported)),
    file('mot-bien-nhan.json', JSON.stringify(single)),
    file('bien-nhan.csv', receiptsToCsv(csvReceipts)),
  ]);
  const log = admin.getByRole('list', { name: 'Kết quả nhập từng tệp' });
  await expect(log).toContainText('bien-nhan.json: đọc 5 biên nhận, 5 mới, 0 trùng, 0 bị từ chối');
  await expect(log).toContainText('mot-bien-nhan.json: đọc 1 biên nhận, 1 mới, 0 trùng, 0 bị từ chối');
  await expect(log).toContainText('bien-nhan.csv: đọc 2 biên nhận, 1 mới, 1 trùng, 0 bị từ chối');

  // The same roster again as XLSX, dropped on the page: it replaces the CSV one.
  const xlsx = Buffer.from(await (await writeXlsxFile([ROSTER_HEADER, ...PEOPLE.map((p, i) => [i + 1, p.fullName, p.unit, p.position, p.isLeader ? 'x' : null, p.account])]).toBlob()).arrayBuffer());
  await dropFile(admin, 'danh-sach.xlsx', xlsx, XLSX_MIME);
  await expect(log).toContainText('danh-sach.xlsx: danh sách 5 cán bộ, 0 dòng bị từ chối');

  // Round 1: VP 3/3, QLKH 1/2; round 2: VP 2/3, QLKH 0/2. Leaders A (2 rounds), D (1 round) of 4.
  await expect(admin.getByTestId('summary')).toContainText('Đợt 1: 4/5 (80%) · Đợt 2: 2/5 (40%) · Đợt 3: 0/5 (0%) · Đợt 4: 0/5 (0%) · lãnh đạo thi đủ 4 đợt: 0/2');
  const table = admin.getByRole('table', { name: 'Tỷ lệ tham gia theo đơn vị — Đợt 1' });
  await expect(table.getByRole('row', { name: new RegExp(VP) })).toContainText(/3\s*3\s*100%/);
  await expect(table.getByRole('row', { name: new RegExp(QLKH) })).toContainText(/2\s*1\s*50%/);
  const chart = admin.getByRole('img', { name: /Biểu đồ tỷ lệ tham gia theo đơn vị — Đợt 1/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect.bar')).toHaveCount(5);
  const leaders = admin.getByRole('table', { name: /Lãnh đạo phòng\/đơn vị/ });
  await expect(leaders.getByRole('row', { name: /Nguyễn Văn A/ })).toContainText('2/4');
  await expect(leaders.getByRole('row', { name: /Phạm Thị Dung/ })).toContainText('1/4');
  await admin.getByRole('combobox', { name: 'Đợt' }).selectOption({ label: 'Đợt 2' });
  await expect(admin.getByRole('list', { name: 'Người chưa thi — Đợt 2' })).toContainText(`${VP}: 1 người`);
  // The second attempt counts once and is listed under its kind.
  await admin.getByText('Cần kiểm tra (1)').click();
  const twice = admin.getByRole('group', { name: 'Thi nhiều lần trong một đợt (1)' });
  await expect(twice).toBeVisible();
  await expect(twice.getByRole('listitem')).toHaveText(`Nguyễn Văn A (${VP}), Đợt 1 — Cần đối chiếu: lần 1 bắt đầu 09:00:00 02/08/2022; lần 2 bắt đầu 09:00:00 02/08/2022`);
  await admin.screenshot({ path: '.tmp/admin-report.png', fullPage: true });

  // CSV download, read back.
  const [csvDownload] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Tải CSV' }).click()]);
  const csvText = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csvText.startsWith('\ufeff')).toBe(true);
  const rows = parseCsv(csvText);
  expect(rows).toContainEqual(['Đợt 1', QLKH, '2', '1', '50', '1', 'Hoàng Văn Em']);
  expect(rows).toContainEqual(['Nguyễn Văn A', VP, 'Trưởng phòng', '2', 'Đợt 1, Đợt 2', 'Đợt 3, Đợt 4']);
  expect(rows.filter((row) => row[0] === 'Thi nhiều lần trong một đợt').map((row) => row.slice(1, 4))).toEqual([['Đợt 1', 'Nguyễn Văn A', VP]]);

  // XLSX download, read back.
  const [xlsxDownload] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Tải Excel (XLSX)' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheets = await readXlsxFile(new Blob([readFileSync((await xlsxDownload.path())!)]));
  expect(sheets.map((s) => s.sheet)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Lãnh đạo', 'Cần kiểm tra']);
  expect(sheets[1]!.data).toContainEqual(['Đợt 1', VP, 3, 3, 1, 0, null]);
  expect(sheets[2]!.data).toContainEqual(['Phạm Thị Dung', QLKH, 'Trưởng phòng', 1, 'Đợt 1', 'Đợt 2, Đợt 3, Đợt 4']);

  // The print view.
  await admin.getByRole('button', { name: 'Xem bản in' }).click();
  await expect(admin.getByText('Kết quả tham gia Hội thi trực tuyến')).toBeVisible();
  await expect(admin.getByText('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toBeVisible();
  await expect(admin.locator('.sheet[data-paginated="true"]')).toBeVisible();
  // Four rounds, the leaders, the list to check; a table crossing a page goes on as "(tiếp theo)".
  await expect(admin.locator('.sheet caption').filter({ hasNotText: '(tiếp theo)' })).toHaveText([
    'Đợt 1', 'Đợt 2', 'Đợt 3', 'Đợt 4', '2. Lãnh đạo phòng/đơn vị (phải thi đủ 4 đợt)', '3. Danh sách cần kiểm tra',
  ]);
  await admin.emulateMedia({ media: 'print' });
  await admin.screenshot({ path: '.tmp/admin-print.png', fullPage: true });
});

test('should refuse a bad file without changing anything, and clear only after confirmation', async ({ ext }) => {
  const admin = await openAdmin(ext.context.pages()[0]!, ext.extensionId);
  await admin.getByLabel('Chọn tệp biên nhận').setInputFiles(file('bien-nhan.json', exportFile([await makeAdminReceipt(A, 1, 1)])));
  const status = admin.getByRole('status').first();
  await expect(status).toContainText('Đang lưu 1 biên nhận');
  await admin.getByLabel('Chọn danh sách cán bộ').setInputFiles(file('gia.xlsx', 'Họ và tên;Đơn vị\nA;B\n'));
  await admin.getByLabel('Chọn tệp biên nhận').setInputFiles(file('hong.json', '{"kind":"hoithi.receipts","version":1,'));
  const log = admin.getByRole('list', { name: 'Kết quả nhập từng tệp' });
  await expect(log).toContainText('gia.xlsx: bị từ chối, không có gì thay đổi. Tệp "gia.xlsx" mang đuôi .xlsx nhưng không phải tệp Excel.');
  await expect(log).toContainText('hong.json: bị từ chối, không có gì thay đổi.');
  await expect(status).toContainText('Đang lưu 1 biên nhận. Danh sách cán bộ: chưa có.');

  // Still there after a reload: it lives in IndexedDB.
  await admin.reload();
  await expect(admin.getByRole('status').first()).toContainText('Đang lưu 1 biên nhận');

  await admin.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).click();
  const dialog = admin.getByRole('alertdialog', { name: 'Xóa toàn bộ dữ liệu đã nhập?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole('status').first()).toContainText('Đang lưu 1 biên nhận');
  await admin.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).click();
  await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(admin.getByRole('status').first()).toContainText('Đang lưu 0 biên nhận');
  await admin.reload();
  await expect(admin.getByRole('status').first()).toContainText('Đang lưu 0 biên nhận');
});
