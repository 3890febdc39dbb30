import type { Page, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { verifyReceiptDigest } from '../../lib/receipts/digest';
import { receiptSchema } from '../../lib/receipts/schema';
import { startReceiver, type Receiver } from '../support/receiver';
import { makeTestConfig } from '../support/test-config';
import { expect, launchWithExtension, makeProfileDir, readOutbox, routePortal, setStorage, test, type ExtensionBrowser } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

const PROFILE = { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' };
let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver({ mode: 'ok' });
});
test.afterEach(async () => {
  await receiver.close();
});

async function setUp(ext: ExtensionBrowser) {
  await setStorage(ext.worker, { config: makeTestConfig(Date.now(), receiver.url), profile: PROFILE });
  await routePortal(ext.context, 'spa');
}

async function takeAttempt(ext: ExtensionBrowser) {
  await new PortalPage(await ext.context.newPage(), 'spa').walkAttempt();
}

const states = async (worker: Worker) => (await readOutbox(worker)).map((e) => e.state);

async function retryFromPopup(page: Page) {
  await page.reload();
  await page.getByRole('button', { name: 'Gửi lại ngay' }).click();
}

test('should deliver the receipt of an attempt once, with a digest that verifies', async ({ ext }) => {
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(() => states(ext.worker)).toEqual(['delivered']);
  const [accepted] = receiver.accepted();
  expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
  const receipt = receiptSchema.parse(accepted);
  expect(receipt).toMatchObject({ round: 2, contestId: 'cchc-test', participant: PROFILE, portalAccount: 'Nguyễn Văn A', confirmation: 'confirmed', warnings: [] });
  expect(await verifyReceiptDigest(receipt)).toBe(true);
  const popup = await PopupPage.open(await ext.context.newPage(), ext.extensionId);
  await expect(popup.page.getByRole('list', { name: 'Các biên nhận' })).toContainText('Đã gửi');
});

test('should keep the receipt while the endpoint answers 503, then deliver it once', async ({ ext }) => {
  receiver.setMode('503');
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(async () => (await readOutbox(ext.worker))[0]?.lastError).toMatchObject({ status: 503 });
  const popup = await PopupPage.open(await ext.context.newPage(), ext.extensionId);
  const list = popup.page.getByRole('list', { name: 'Các biên nhận' });
  await expect(list).toContainText('Đang chờ gửi');
  await expect(list).toContainText('503');
  receiver.setMode('ok');
  await retryFromPopup(popup.page);
  await expect(list).toContainText('Đã gửi');
  expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
});

test('should retry by itself from the alarm when the endpoint comes back', async ({ ext }) => {
  test.setTimeout(150_000);
  receiver.setMode('503');
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(async () => (await readOutbox(ext.worker))[0]?.attempts).toBe(1);
  receiver.setMode('ok');
  // Backoff: at least 30 s, at most 60 s after the first failure; no click.
  await expect.poll(() => states(ext.worker), { timeout: 100_000, intervals: [2000] }).toEqual(['delivered']);
  expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
});

test('should time out a hanging endpoint after 15 s and deliver once on retry', async ({ ext }) => {
  test.setTimeout(90_000);
  receiver.setMode('hang');
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(async () => (await readOutbox(ext.worker))[0]?.lastError, { timeout: 30_000 }).toMatchObject({ kind: 'timeout' });
  receiver.setMode('ok');
  const popup = await PopupPage.open(await ext.context.newPage(), ext.extensionId);
  await retryFromPopup(popup.page);
  await expect.poll(() => states(ext.worker)).toEqual(['delivered']);
  expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0, hung: 1 });
});

test('should show a 400 as "Bị từ chối" with the server message, keep it, and send it after the fix', async ({ ext }) => {
  receiver.setMode('400');
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(() => states(ext.worker)).toEqual(['rejected']);
  const popup = await PopupPage.open(await ext.context.newPage(), ext.extensionId);
  const list = popup.page.getByRole('list', { name: 'Các biên nhận' });
  await expect(list).toContainText('Bị từ chối');
  await expect(list).toContainText('Máy chủ từ chối biên nhận');
  receiver.setMode('ok');
  await popup.page.getByRole('button', { name: 'Gửi lại ngay' }).click();
  await expect(list).toContainText('Đã gửi');
  expect(receiver.stats()).toMatchObject({ accepted: 1 });
});

test('should deliver a queued receipt exactly once after the browser is closed and relaunched', async () => {
  const dir = makeProfileDir();
  try {
    receiver.setMode('503');
    const before = await launchWithExtension(dir);
    await setUp(before);
    await takeAttempt(before);
    await expect.poll(async () => (await readOutbox(before.worker))[0]?.attempts).toBe(1);
    await before.context.close();

    receiver.setMode('ok');
    const after = await launchWithExtension(dir);
    await expect.poll(() => states(after.worker)).toEqual(['delivered']);
    expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
    await after.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
