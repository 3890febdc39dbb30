import type { Page, Worker } from '@playwright/test';
import { verifyReceiptDigest } from '../../lib/receipts/digest';
import { receiptSchema, type Participant, type Receipt } from '../../lib/receipts/schema';
import { formatZonedIso } from '../../lib/rounds';
import { exportFile, rosterCsv } from '../support/admin-data';
import { startReceiver, type Receiver } from '../support/receiver';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, readAttempts, readOutbox, routePortal, setStorage, test, type ExtensionBrowser } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

// A round taken on a phone: declared from the popup (PRODUCT.md 4.2 "declared", 4.6, §5 words).
declare const chrome: { action: { getBadgeText(d: object): Promise<string> } };
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const DECLARE = 'Tôi đã thi đợt này trên thiết bị khác';

let receiver: Receiver;
test.beforeEach(async () => {
  receiver = await startReceiver({ mode: 'ok' });
});
test.afterEach(async () => {
  await receiver.close();
});

async function setUp(ext: ExtensionBrowser): Promise<PopupPage> {
  await setStorage(ext.worker, { config: makeTestConfig(Date.now(), receiver.url), profile: TEST_PROFILE });
  return PopupPage.open(await ext.context.newPage(), ext.extensionId);
}

async function openDeclareForm(popup: PopupPage, round: number) {
  await popup.round(round).getByRole('button', { name: DECLARE }).click();
  const form = popup.page.getByRole('dialog', { name: `Khai đã thi Đợt ${round} trên thiết bị khác` });
  await expect(form).toBeVisible();
  return form;
}

async function openAdmin(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const [admin] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Quản trị' }).click()]);
  await expect(admin.getByRole('heading', { name: /Quản trị Hội thi/ })).toBeVisible();
  return admin;
}

const file = (name: string, body: string, mimeType: string) => ({ name, mimeType, buffer: Buffer.from(body) });

test('should declare round 2 in two clicks, deliver a "declared" receipt, warn at the computer, and count it in the report', async ({ ext }) => {
  const popup = await setUp(ext);
  await expect(popup.round(2)).toContainText('Chưa thi');
  await expect(popup.page.getByText('chỉ được ghi nhận nếu bạn tự khai ở đây')).toBeVisible();

  // Click 1 opens the form at now; click 2 confirms it.
  const form = await openDeclareForm(popup, 2);
  const now = formatZonedIso(Date.now(), 'Asia/Ho_Chi_Minh');
  await expect(form.getByLabel('Ngày thi')).toHaveValue(now.slice(0, 10));
  await expect(form.getByLabel('Giờ thi (giờ Việt Nam)')).toHaveValue(/^\d{2}:\d{2}$/);
  const time = await form.getByLabel('Giờ thi (giờ Việt Nam)').inputValue();
  await form.getByRole('button', { name: 'Xác nhận đã thi' }).click();
  await expect(form).toBeHidden();
  await expect(popup.round(2)).toContainText('Đã thi (tự khai)');
  await expect.poll(() => badgeText(ext.worker)).toBe('✓');

  // Delivered like any receipt, marked "declared", to the minute, with a digest that verifies.
  await expect.poll(async () => (await readOutbox(ext.worker)).map((e) => e.state)).toEqual(['delivered']);
  const receipt = receiptSchema.parse(receiver.accepted()[0]);
  const declaredAt = `${now.slice(0, 10)}T${time}:00+07:00`;
  expect(receipt).toMatchObject({ round: 2, confirmation: 'declared', portalAccount: null, durationSeconds: 0, startedAt: declaredAt, submittedAt: declaredAt, warnings: [] });
  expect(await verifyReceiptDigest(receipt)).toBe(true);
  await popup.page.reload();
  await expect(popup.round(2)).toContainText('Đã thi (tự khai)');
  await expect(popup.round(2).getByRole('button', { name: 'Rút lại khai báo' })).toHaveCount(0); // delivered: no longer withdrawable

  // At the computer, a start in round 2 is stopped with the declared time.
  await routePortal(ext.context, 'spa');
  const portal = new PortalPage(await ext.context.newPage(), 'spa');
  await portal.login();
  await portal.startControl.click();
  const dialog = portal.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' });
  const shown = `${now.slice(8, 10)}/${now.slice(5, 7)}/${now.slice(0, 4)} ${time}`;
  await expect(dialog).toContainText(`Bạn đã khai đã thi đợt 2 lúc ${shown} trên thiết bị khác`);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();

  // The office imports the delivered receipts: the person takes part, flagged "tự khai".
  const other: Participant = { fullName: 'Trần Thị Bình', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'tranthibinh' };
  const admin = await openAdmin(popup.page, ext.extensionId);
  await admin.getByLabel('Chọn danh sách cán bộ').setInputFiles(file('danh-sach.csv', rosterCsv([TEST_PROFILE, other]), 'text/csv'));
  await admin.getByLabel('Chọn tệp biên nhận').setInputFiles(file('bien-nhan.json', exportFile(receiver.accepted() as Receipt[]), 'application/json'));
  await expect(admin.getByRole('list', { name: 'Kết quả nhập từng tệp' })).toContainText('bien-nhan.json: đọc 1 biên nhận, 1 mới');
  await expect(admin.getByTestId('summary')).toContainText('Đợt 2: 1/2 (50%), trong đó 1 tự khai');
  await admin.locator('summary', { hasText: 'Cần kiểm tra' }).click();
  const flagged = admin.getByRole('group', { name: /^tự khai/ });
  const stamp = `${time}:00 ${now.slice(8, 10)}/${now.slice(5, 7)}/${now.slice(0, 4)}`;
  const evidence = `Tự khai đã thi lúc ${stamp} trên thiết bị khác; đối chiếu với danh sách của trang thi nếu cần`;
  await expect(flagged).toContainText(`Nguyễn Văn A (Văn phòng Sở), Đợt 2 — Cần đối chiếu: ${evidence}`);
  // The printout's check list names the person, the unit, the round and the declared time.
  await admin.getByRole('button', { name: 'Xem bản in' }).click();
  await expect(admin.locator('.print-body').first()).toContainText('Đợt 2 1/2 người (50%), trong đó 1 tự khai');
  const printed = admin.getByRole('table', { name: /Danh sách cần kiểm tra/ });
  await expect(printed.getByRole('row').filter({ hasText: 'tự khai' })).toHaveText([`1tự khaiNguyễn Văn A (Văn phòng Sở)Đợt 2${evidence}`]);
});

test('should refuse bad times with a Vietnamese message, refuse a round already taken, and withdraw before delivery', async ({ ext }) => {
  receiver.setMode('503'); // the endpoint is down: the receipt waits in the outbox
  const popup = await setUp(ext);
  // By keyboard: Enter opens the form, Escape closes it and gives the focus back.
  const opener = popup.round(2).getByRole('button', { name: DECLARE });
  await opener.focus();
  await popup.page.keyboard.press('Enter');
  await expect(popup.page.getByRole('dialog')).toBeVisible();
  await expect(popup.page.getByLabel('Ngày thi')).toBeFocused();
  await popup.page.keyboard.press('Escape');
  await expect(popup.page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();

  const form = await openDeclareForm(popup, 2);
  const date = form.getByLabel('Ngày thi');
  const time = form.getByLabel('Giờ thi (giờ Việt Nam)');
  const confirm = form.getByRole('button', { name: 'Xác nhận đã thi' });

  const later = formatZonedIso(Date.now() + 10 * 60_000, 'Asia/Ho_Chi_Minh');
  await date.fill(later.slice(0, 10));
  await time.fill(later.slice(11, 16));
  await confirm.click();
  await expect(form.getByRole('alert')).toHaveText('Không lưu: thời gian đã nhập chưa đến. Hãy nhập lúc bạn đã thi.');

  const { contest } = makeTestConfig();
  await date.fill(contest.rounds[0]!.closes); // round 1's last day
  await time.fill('10:00');
  await confirm.click();
  await expect(form.getByRole('alert')).toContainText('Không lưu: thời gian đã nhập không nằm trong Đợt 2');
  expect(await readAttempts(ext.worker)).toEqual([]);

  // The same round declared from another popup meanwhile: this form's confirm is refused.
  const second = await PopupPage.open(await ext.context.newPage(), ext.extensionId);
  await (await openDeclareForm(second, 2)).getByRole('button', { name: 'Xác nhận đã thi' }).click();
  await expect(second.round(2)).toContainText('Đã thi (tự khai)');
  await date.fill(contest.rounds[1]!.opens);
  await time.fill('08:00');
  await confirm.click();
  await expect(form.getByRole('alert')).toHaveText('Không lưu: Đợt 2 đã có lượt thi được ghi nhận.');
  expect(await readAttempts(ext.worker)).toHaveLength(1);
  await form.getByRole('button', { name: 'Hủy' }).click();

  // Withdrawn while its receipt waits: the round is "Chưa thi" again and nothing is ever sent.
  await expect.poll(async () => (await readOutbox(ext.worker))[0]?.lastError).toMatchObject({ status: 503 });
  await popup.round(2).getByRole('button', { name: 'Rút lại khai báo' }).click();
  await expect(popup.page.getByRole('status').filter({ hasText: 'Đã rút lại khai báo Đợt 2.' })).toBeVisible();
  await expect(popup.round(2)).toContainText('Chưa thi');
  await expect(popup.round(2)).not.toContainText('tự khai');
  await expect.poll(() => badgeText(ext.worker)).toBe('!');
  expect(await readAttempts(ext.worker)).toEqual([]);
  expect(await readOutbox(ext.worker)).toEqual([]);
  receiver.setMode('ok');
  await popup.page.reload();
  await expect(popup.page.getByRole('button', { name: 'Gửi lại ngay' })).toHaveCount(0);
  expect(receiver.stats()).toMatchObject({ accepted: 0 });
});
