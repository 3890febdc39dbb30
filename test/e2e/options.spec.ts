import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { makeTestConfig } from '../support/test-config';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };

const readStorage = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

async function importConfig(page: Page, name: string, contents: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập tệp cấu hình' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('should ask for the profile first, then save it from the options page', async ({ ext }) => {
  const { context, extensionId, worker } = ext;
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await expect(popup.page.getByText('Bạn chưa nhập thông tin cá nhân')).toBeVisible();
  await expect(popup.page.getByRole('button', { name: 'Nhập thông tin cá nhân' })).toBeVisible();
  // The built-in 2022 edition: four rounds, all over by now.
  expect(await popup.roundLines()).toEqual([
    expect.stringContaining('Đợt 1'), expect.stringContaining('Đợt 2'),
    expect.stringContaining('Đợt 3'), expect.stringContaining('Đợt 4'),
  ]);
  await expect(popup.round(1)).toContainText('Đã kết thúc');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(options.getByText('Vui lòng nhập Họ và tên')).toBeVisible();
  expect((await readStorage(worker)).profile).toBeUndefined();

  await options.getByLabel('Họ và tên').fill('Trần Thị B');
  await options.getByLabel('Đơn vị', { exact: true }).selectOption('Phòng Quản lý Khoa học');
  await options.getByLabel('Chức vụ').fill('Trưởng phòng');
  await options.getByLabel('Lãnh đạo phòng/đơn vị').check();
  await options.getByLabel('Tài khoản SSO').fill('tranthib');
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
  expect((await readStorage(worker)).profile).toEqual({
    fullName: 'Trần Thị B', unit: 'Phòng Quản lý Khoa học', position: 'Trưởng phòng', isLeader: true, account: 'tranthib',
  });

  await popup.page.reload();
  await expect(popup.rounds).toBeVisible();
  await expect(popup.page.getByText('Bạn chưa nhập thông tin cá nhân')).toHaveCount(0);
});

test('should refuse a wrong config file with a message naming the field, and change nothing', async ({ ext }) => {
  const { context, extensionId, worker } = ext;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText('cchc-tth-2022')).toBeVisible();

  await importConfig(options, 'khong-phai-json.json', 'đây không phải JSON');
  await expect(options.getByRole('alert')).toContainText('khong-phai-json.json');
  await expect(options.getByRole('alert')).toContainText('Cấu hình hiện tại giữ nguyên');

  const insecure = makeTestConfig();
  insecure.endpoint = { url: 'http://example.gov.vn/receipts' };
  await importConfig(options, 'http.json', JSON.stringify(insecure));
  await expect(options.getByRole('alert')).toContainText('endpoint.url');

  const overlapping = makeTestConfig();
  overlapping.contest.rounds[1]!.opens = overlapping.contest.rounds[0]!.closes;
  await importConfig(options, 'trung-dot.json', JSON.stringify(overlapping));
  await expect(options.getByRole('alert')).toContainText('trung-dot.json');
  expect((await readStorage(worker)).config).toBeUndefined();

  await importConfig(options, 'dung.json', JSON.stringify(makeTestConfig()));
  await expect(options.getByRole('status').filter({ hasText: 'Đã nhập cấu hình' })).toBeVisible();
  await expect(options.getByText('cchc-test')).toBeVisible();
  expect(((await readStorage(worker)).config as { contest: { id: string } }).contest.id).toBe('cchc-test');
});

test('should ask for no permission beyond storage, alarms, notifications, the context menu, scripting and the portal host', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // `scripting` is the one permission configured contest sites add (PRODUCT.md §6).
  expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'contextMenus', 'scripting']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts[0].matches).toEqual(['https://hoithicchc.thuathienhue.gov.vn/*']);
  expect(manifest.content_scripts[0].all_frames).toBe(true);
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|localhost|127\.0\.0\.1/);
  expect(manifest.content_security_policy).toBeUndefined(); // MV3's strict default
});
