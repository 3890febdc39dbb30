import { readFileSync } from 'node:fs';
import { parseConfigFile } from '../../lib/config/parse';
import { createPolicyFiles } from '../../lib/deploy/policy-files';
import { makeTestConfig } from '../support/test-config';
import { expect, setStorage, test } from './fixtures';

test('should make on the admin page the same policy files as the generator, for its own ID and a typed update.xml', async ({ ext }) => {
  const config = makeTestConfig(Date.now(), 'https://so.example.gov.vn/hoithi/receipts');
  await setStorage(ext.worker, { config });
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/admin.html`);
  const panel = page.getByRole('region', { name: 'Triển khai' });
  await expect(panel.getByLabel('Mã tiện ích (ID)')).toHaveValue(ext.extensionId);
  await panel.getByLabel('Máy chủ của đơn vị (tự lưu trữ update.xml)').check();
  await panel.getByRole('button', { name: 'Tạo tệp chính sách' }).click();
  await expect(panel.getByRole('alert')).toContainText('Địa chỉ "" không hợp lệ');
  const updateUrl = 'https://so.example.gov.vn/hoithi/update.xml';
  await panel.getByLabel('Địa chỉ tệp update.xml').fill(updateUrl);
  await panel.getByRole('button', { name: 'Tạo tệp chính sách' }).click();

  const parsed = parseConfigFile(JSON.stringify(config));
  if (!parsed.ok) throw new Error('the test config must be valid');
  const expected = createPolicyFiles({ extensionId: ext.extensionId, updateUrl, policy: { config: parsed.config, locked: true } });
  const list = panel.getByRole('list', { name: 'Các tệp chính sách' });
  await expect(list.getByRole('button')).toHaveCount(5);
  for (const file of expected) {
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: `Tải ${file.name}` }).click()]);
    expect(download.suggestedFilename()).toBe(file.name);
    expect(new Uint8Array(readFileSync(await download.path())), file.name).toEqual(file.bytes);
  }
  expect([...expected[0]!.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
});
