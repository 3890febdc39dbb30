import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFileServer, type FileServer } from '../support/file-server';
import { getPolicySkipReason, removeOurPolicies, removePolicy, writePolicy } from '../support/policy';
import { startReceiver, type Receiver } from '../support/receiver';
import { makeTestConfig, TEST_PROFILE } from '../support/test-config';
import { expect, getBrowserExecutable, routePortal, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

const skipReason = getPolicySkipReason();
test.skip(skipReason !== undefined, skipReason);

let work: string;
let receiver: Receiver;
let files: FileServer;

test.beforeEach(async () => {
  removeOurPolicies();
  work = mkdtempSync(path.join(tmpdir(), 'hoithi-release-e2e-'));
  receiver = await startReceiver({ mode: 'ok' });
  files = await startFileServer(() => path.join(work, 'out', 'release'));
});
test.afterEach(async () => {
  removePolicy('force-install');
  removePolicy('devtools');
  await Promise.all([receiver.close(), files.close()]);
  rmSync(work, { recursive: true, force: true });
});

test('should install itself from the release files by policy and deliver a whole attempt to the policy endpoint', async () => {
  test.setTimeout(120_000);
  // A throwaway key and the department's config: `npm run release` makes everything else.
  const key = path.join(work, 'hoithi.pem');
  writeFileSync(key, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const config = path.join(work, 'cau-hinh.json');
  const { timeLimitMinutes: _none, ...contest } = makeTestConfig(Date.now(), receiver.url).contest;
  writeFileSync(config, JSON.stringify({ ...makeTestConfig(Date.now(), receiver.url), contest }));
  const release = spawnSync('npm', ['run', '-s', 'release', '--', '--key', key, '--base-url', files.url, '--config', config], {
    env: { ...process.env, HOITHI_OUT_DIR: path.join(work, 'out') },
    encoding: 'utf8',
  });
  expect(release.status, release.stderr).toBe(0);
  const extensionId = /extension ID\): ([a-p]{32})/.exec(release.stdout)?.[1];
  expect(extensionId).toBeDefined();

  // Only the generated Linux policy file, as IT staff would copy it; CDP needs DeveloperToolsAvailability
  // on a policy-installed extension (a test-only addition, in its own file).
  writePolicy('force-install', JSON.parse(readFileSync(path.join(work, 'out', 'release', 'policies', 'chrome-linux.json'), 'utf8')));
  writePolicy('devtools', { DeveloperToolsAvailability: 1 });
  const profile = path.join(work, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: getBrowserExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-sync', '--no-first-run', '--disable-quic'],
    // No --load-extension; the browser must be free to install and fetch.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const startedAt = Date.now();
    const worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
      timeout: 60_000,
    });
    console.log(`[force-install] installed and running ${Date.now() - startedAt} ms after the browser started`);
    expect(files.requests).toEqual(expect.arrayContaining(['/update.xml', expect.stringMatching(/^\/hoithi-cchc-[\d.]+\.crx$/)]));
    await routePortal(context, 'spa');

    // Staff import no file: they fill in their profile, and the organisation's settings are locked.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByText('Do đơn vị quản lý thiết lập', { exact: true })).toHaveCount(3);
    await expect(options.getByText(receiver.url)).toBeVisible();
    await options.getByLabel('Họ và tên').fill(TEST_PROFILE.fullName);
    await options.getByLabel('Đơn vị', { exact: true }).selectOption(TEST_PROFILE.unit);
    await options.getByLabel('Chức vụ').fill(TEST_PROFILE.position);
    await options.getByLabel('Tài khoản SSO').fill(TEST_PROFILE.account);
    await options.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(options.getByText('Đã lưu thông tin cá nhân.')).toBeVisible();

    const popup = await PopupPage.open(await context.newPage(), extensionId!);
    await expect(popup.round(2)).toContainText('Chưa thi');
    await new PortalPage(await context.newPage(), 'spa').walkAttempt();
    await expect.poll(() => receiver.accepted().length, { timeout: 20_000 }).toBe(1);
    expect(receiver.accepted()[0]).toMatchObject({ contestId: 'cchc-test', round: 2, participant: TEST_PROFILE, confirmation: 'confirmed' });
    await popup.page.reload();
    await expect(popup.round(2)).toContainText('Đã thi');
    expect(worker.url()).toContain(extensionId);
  } finally {
    await context.close();
  }
});
