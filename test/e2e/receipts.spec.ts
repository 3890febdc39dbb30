import type { Page, Worker } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { verifyReceiptDigest } from '../../lib/receipts/digest';
import { receiptExportSchema, receiptSchema } from '../../lib/receipts/schema';
import { readReceiptFile } from '../../lib/report/receipts-import';
import { startReceiver, type Receiver } from '../support/receiver';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, launchWithExtension, makeProfileDir, messageFromExtensionPage, readOutbox, routePortal, setStorage, stopServiceWorker, test, type ExtensionBrowser } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver({ mode: 'ok' });
});
test.afterEach(async () => {
  await receiver.close();
});

async function setUp(ext: ExtensionBrowser) {
  await setStorage(ext.worker, { config: makeTestConfig(Date.now(), receiver.url), profile: TEST_PROFILE });
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
  expect(receipt).toMatchObject({ round: 2, contestId: 'cchc-test', participant: TEST_PROFILE, portalAccount: 'Nguyễn Văn A', confirmation: 'confirmed', warnings: [] });
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

test('should export every receipt as the JSON file and the CSV, and both read back', async ({ ext }) => {
  await setUp(ext);
  await takeAttempt(ext);
  await expect.poll(() => states(ext.worker)).toEqual(['delivered']);
  const [sent] = receiver.accepted();
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);

  const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất biên nhận (JSON)' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^bien-nhan-hoithi-\d{8}-\d{4}\.json$/);
  const file = receiptExportSchema.parse(JSON.parse(readFileSync(await json.path(), 'utf8')));
  expect(file.receipts).toEqual([sent]);
  expect(await verifyReceiptDigest(file.receipts[0]!)).toBe(true);
  await expect(options.getByRole('status').filter({ hasText: 'Đã xuất 1 biên nhận' })).toBeVisible();

  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất biên nhận (CSV)' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const read = readReceiptFile(csv.suggestedFilename(), text);
  expect(read).toMatchObject({ ok: true, format: 'csv', refused: [] });
  expect(read.ok && read.receipts).toEqual([sent]);
});

test('should deliver once when the service worker is stopped in the middle of a send', async ({ ext }) => {
  receiver.setMode('hang');
  await setUp(ext);
  await takeAttempt(ext);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect.poll(async () => (await readOutbox(page)).map((e) => e.state)).toEqual(['sending']);
  await expect.poll(() => receiver.stats().hung).toBe(1); // the request is on the wire, unanswered
  await stopServiceWorker(page);
  receiver.setMode('ok');
  // Any event starts a fresh worker; at its start it releases the dead worker's claim and sends.
  await messageFromExtensionPage(page, 'listReceipts');
  await expect.poll(async () => (await readOutbox(page)).map((e) => e.state)).toEqual(['delivered']);
  expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
});
