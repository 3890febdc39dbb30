// The loop of PRODUCT.md 4.9: the extension delivers an attempt's receipt to the department
// collector, and the admin page's "Lấy từ máy chủ" turns it into the report.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCollector, type Collector } from '../../lib/collector/server';
import { rosterCsv } from '../support/admin-data';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, readOutbox, routePortal, setStorage, test } from './fixtures';
import { PortalPage } from './pages/portal';

let dir: string;
let collector: Collector;
test.beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hoithi-collector-e2e-'));
  collector = await startCollector({ dataDir: dir, port: 0, now: Date.now, newToken: () => randomBytes(32).toString('base64url') });
});
test.afterEach(async () => {
  await collector.close();
  rmSync(dir, { recursive: true, force: true });
});

test('should pull the delivered receipt into the report once, and say so when the token is wrong', async ({ ext }) => {
  const endpoint = `${collector.origin}/receipts`;
  await setStorage(ext.worker, { config: makeTestConfig(Date.now(), endpoint), profile: TEST_PROFILE });
  await routePortal(ext.context, 'spa');
  await new PortalPage(await ext.context.newPage(), 'spa').walkAttempt();
  await expect.poll(async () => (await readOutbox(ext.worker)).map((e) => e.state)).toEqual(['delivered']);
  expect(collector.store.count()).toBe(1);

  const admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/admin.html`);
  await admin.getByLabel('Chọn danh sách cán bộ').setInputFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv([TEST_PROFILE])) });
  await expect(admin.getByText('(1 người)')).toBeVisible();
  const pull = admin.getByRole('region', { name: 'Lấy từ máy chủ' });
  await pull.getByLabel('Địa chỉ máy chủ').fill(collector.origin);

  // A wrong token: said, and nothing changes.
  await pull.getByLabel('Mã truy cập').fill('not-the-token');
  await pull.getByRole('button', { name: 'Lấy từ máy chủ' }).click();
  await expect(pull.getByRole('alert')).toContainText(`Máy chủ ${endpoint} từ chối mã truy cập`);
  await expect(admin.getByText('Đang lưu 0 biên nhận')).toBeVisible();

  await pull.getByLabel('Mã truy cập').fill(collector.token);
  await pull.getByRole('button', { name: 'Lấy từ máy chủ' }).click();
  await expect(pull.getByRole('listitem')).toHaveText(`${endpoint}: đọc 1 biên nhận, 1 mới, 0 trùng, 0 bị từ chối`);
  await expect(admin.getByTestId('summary')).toContainText('Đợt 2: 1/1 (100%)');
  await expect(admin.getByText('Đang lưu 1 biên nhận')).toBeVisible();

  // A second pull fetches only what is new: nothing.
  await pull.getByRole('button', { name: 'Lấy từ máy chủ' }).click();
  await expect(pull.getByRole('listitem')).toHaveText(`${endpoint}: đọc 0 biên nhận, 0 mới, 0 trùng, 0 bị từ chối`);
  await expect(admin.getByText('Đang lưu 1 biên nhận')).toBeVisible();

  // The address and token are kept by the admin page; an unreachable server is said too.
  await admin.reload();
  await expect(pull.getByLabel('Địa chỉ máy chủ')).toHaveValue(collector.origin);
  await expect(pull.getByLabel('Mã truy cập')).toHaveValue(collector.token);
  await collector.close();
  await pull.getByRole('button', { name: 'Lấy từ máy chủ' }).click();
  await expect(pull.getByRole('alert')).toContainText(`Không kết nối được máy chủ ${endpoint}`);
  await expect(admin.getByTestId('summary')).toContainText('Đợt 2: 1/1 (100%)');
  await admin.screenshot({ path: '.tmp/admin-pull.png', fullPage: true });
});
