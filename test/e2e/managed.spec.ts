import { realpathSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getExtensionIdFromPath } from '../../lib/deploy/extension-id';
import { extensionPolicy, getPolicySkipReason, reloadPolicies, removeOurPolicies, removePolicy, writePolicy } from '../support/policy';
import { startReceiver, type Receiver } from '../support/receiver';
import { makeTestConfig, TEST_PROFILE } from '../support/test-config';
import { EXTENSION_DIR, expect, launchWithExtension, makeProfileDir, readAttempts, readOutbox, routePortal, setStorage, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

const skipReason = getPolicySkipReason();
test.skip(skipReason !== undefined, skipReason);

const POLICY = 'managed';
const ORG_NAME = 'Hội thi do Sở thiết lập';
const USER_NAME = 'Hội thi tự nhập';
let receiver: Receiver;

test.beforeEach(async () => {
  removeOurPolicies();
  receiver = await startReceiver({ mode: 'ok' });
});
test.afterEach(async () => {
  removePolicy(POLICY);
  await receiver.close();
});

// As lib/deploy writes it: Chrome drops a policy value holding a null the schema cannot describe,
// so "timeLimitMinutes": null (the default) is left out.
function orgConfig() {
  const { timeLimitMinutes: _none, ...contest } = makeTestConfig(Date.now(), receiver.url).contest;
  const config = makeTestConfig(Date.now(), receiver.url);
  return { ...config, contest: { ...contest, id: 'cchc-org', name: ORG_NAME }, portal: { origins: ['https://hoithi.example.gov.vn'] } };
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: /Hội thi đang áp dụng/ })).toBeVisible();
  return page;
}

test('should follow the policy without an import, keep it through an invalid one, and give the user config back on removal', async () => {
  test.setTimeout(90_000);
  const dir = makeProfileDir();
  // An unpacked extension's ID comes from its resolved absolute path (no manifest key needed).
  const extensionId = await getExtensionIdFromPath(realpathSync(EXTENSION_DIR));
  try {
    // The person's own config and profile, from before the organisation set a policy.
    const before = await launchWithExtension(dir);
    expect(before.extensionId).toBe(extensionId);
    const user = makeTestConfig(Date.now() - 70 * 24 * 3600 * 1000);
    await setStorage(before.worker, { config: { ...user, contest: { ...user.contest, id: 'cchc-user', name: USER_NAME } }, profile: TEST_PROFILE });
    await before.context.close();

    // The policy is there when the browser starts: read at the service worker's start.
    writePolicy(POLICY, extensionPolicy(extensionId, { config: orgConfig(), locked: true, reminders: { enabled: true, hour: 9 } }));
    const ext = await launchWithExtension(dir);
    await routePortal(ext.context, 'spa');
    const popup = await PopupPage.open(await ext.context.newPage(), extensionId);
    await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(ORG_NAME);
    await expect(popup.round(2)).toContainText('Chưa thi');
    await expect(popup.round(3)).toContainText('Chưa mở');
    // The badge and the reminders follow the organisation's rounds too.
    const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
    const reminderAlarm = () => ext.worker.evaluate(async () => (await chrome.alarms.get('reminder'))?.scheduledTime);
    await expect.poll(badge).toBe('!');
    await expect.poll(reminderAlarm).toBeGreaterThan(Date.now());

    const options = await openOptions(await ext.context.newPage(), extensionId);
    await expect(options.getByText('Do đơn vị quản lý thiết lập', { exact: true })).toHaveCount(3);
    await expect(options.getByText(receiver.url)).toBeVisible();
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Nhập tệp cấu hình' }).click();
    await (await chooser).setFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeTestConfig())) });
    await expect(options.getByRole('alert')).toContainText('Do đơn vị quản lý thiết lập: không nhập tệp khac.json');
    // Every field, portal.origins included, came through the managed schema.
    const stored = (await ext.worker.evaluate(() => chrome.storage.managed.get())) as { config: { portal: unknown } };
    expect(stored.config.portal).toEqual({ origins: ['https://hoithi.example.gov.vn'] });

    await new PortalPage(await ext.context.newPage(), 'spa').walkAttempt();
    await expect.poll(() => receiver.accepted().length).toBe(1);
    expect(receiver.accepted()[0]).toMatchObject({ contestId: 'cchc-org', round: 2, participant: TEST_PROFILE });
    await expect.poll(badge).toBe('✓');

    // An invalid policy replaces it; nothing forces a reload: the browser notices the file by itself.
    const broken = orgConfig();
    broken.contest.rounds[1]!.closes = broken.contest.rounds[0]!.opens;
    const changedAt = Date.now();
    writePolicy(POLICY, extensionPolicy(extensionId, { config: broken, locked: true }));
    const notice = options.getByRole('alert').filter({ hasText: 'Cấu hình do đơn vị quản lý không hợp lệ:' });
    await expect(notice).toContainText('trường "contest.rounds[1].closes"', { timeout: 30_000 });
    test.info().annotations.push({ type: 'policy pick-up', description: `invalid policy noticed ${Date.now() - changedAt} ms after the file changed` });
    console.log(`[managed] invalid policy noticed ${Date.now() - changedAt} ms after the file changed (no reload forced)`);
    await popup.page.reload();
    await expect(popup.page.getByRole('alert')).toContainText('Cấu hình do đơn vị quản lý không hợp lệ: trường "contest.rounds[1].closes"');
    await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(ORG_NAME);
    await expect(popup.round(2)).toContainText('Đã thi');

    // Removed: "Reload policies" applies it at once; the person's own config is back.
    removePolicy(POLICY);
    await reloadPolicies(ext.context);
    await expect(options.getByText(USER_NAME)).toBeVisible();
    await expect(options.getByText('Do đơn vị quản lý thiết lập', { exact: true })).toHaveCount(0);
    await expect(options.getByText('Cấu hình do đơn vị quản lý không hợp lệ')).toHaveCount(0);
    await popup.page.reload();
    await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(USER_NAME);
    // The person's own contest ended weeks ago: no badge, no reminder left to set.
    await expect.poll(badge).toBe('');
    await expect.poll(reminderAlarm).toBeUndefined();
    // Nothing recorded was lost on the way.
    expect(await readAttempts(ext.worker)).toEqual([expect.objectContaining({ contestId: 'cchc-org', round: 2 })]);
    expect((await readOutbox(ext.worker)).map((e) => e.state)).toEqual(['delivered']);
    expect(receiver.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
    await ext.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

declare const chrome: {
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};
