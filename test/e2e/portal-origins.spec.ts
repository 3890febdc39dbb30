// An edition on another host, named by the config (PRODUCT.md 4.1), allowed through the browser's real prompt.
import { rmSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { startTlsEndpoint } from '../support/tls-endpoint';
import { startVirtualDisplay } from '../support/xvfb';
import { expect, launchWithExtension, makeProfileDir, readAttempts, readOutbox, routePortal, setStorage, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

declare const chrome: {
  permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; allFrames?: boolean }>> };
};

const MOVED = 'https://hoithi.example.gov.vn';
const registered = (worker: Worker) => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
const allowed = (worker: Worker) => worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), MOVED);

async function importConfig(page: Page, contents: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập tệp cấu hình' }).click();
  await (await chooser).setFiles({ name: 'cau-hinh.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('should follow the contest to a configured host once the user allows it, across a relaunch, and stop when revoked', async () => {
  test.setTimeout(120_000);
  const screen = await startVirtualDisplay();
  // The department's https endpoint sends no CORS headers: only the granted host permission lets the receipt in.
  const endpoint = await startTlsEndpoint('nhan.example.gov.vn');
  const dir = makeProfileDir();
  try {
    const first = await launchWithExtension(dir, { headless: false, env: { DISPLAY: screen.display }, args: endpoint.browserArgs });
    await setStorage(first.worker, { profile: TEST_PROFILE });
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    // The import is the gesture that brings both origins: Chromium's own prompt comes up once; "Allow".
    await importConfig(options, JSON.stringify({ ...makeTestConfig(Date.now(), endpoint.url), portal: { origins: [MOVED] } }));
    await options.waitForTimeout(1500);
    screen.keys('Tab', 'Return');
    await expect.poll(() => allowed(first.worker)).toBe(true);
    await expect.poll(() => registered(first.worker)).toEqual([expect.objectContaining({ id: `portal@${MOVED}`, matches: [`${MOVED}/*`], allFrames: true })]);
    await expect(options.getByRole('button', { name: 'Cho phép trên trang Hội thi' })).toHaveCount(0);

    await routePortal(first.context, 'classic', { origin: MOVED });
    await new PortalPage(await first.context.newPage(), 'classic', { origin: MOVED }).walkAttempt();
    await expect.poll(async () => (await readAttempts(first.worker)).map((a) => [a.round, a.confirmationSeen])).toEqual([[2, true]]);
    await expect.poll(async () => (await readOutbox(first.worker)).map((e) => e.state)).toEqual(['delivered']);
    expect(endpoint.seen).toEqual(['POST /receipts']); // no preflight: the permission, not CORS, let it in
    expect(JSON.parse(endpoint.bodies[0]!)).toMatchObject({ kind: 'hoithi.receipt', round: 2 });
    await first.context.close();

    // Relaunched: still recognised there (a second start is warned).
    const second = await launchWithExtension(dir, { args: endpoint.browserArgs });
    await routePortal(second.context, 'classic', { origin: MOVED });
    const portal = new PortalPage(await second.context.newPage(), 'classic', { origin: MOVED });
    await portal.login();
    await portal.startControl.click();
    const dialog = portal.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    // Revoked: unregistered, the site is left alone, and the popup says so.
    await second.worker.evaluate((o) => chrome.permissions.remove({ origins: [`${o}/*`] }), MOVED);
    await expect.poll(() => registered(second.worker)).toEqual([]);
    await portal.openHome();
    await portal.startControl.click();
    await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await portal.page.waitForTimeout(500);
    expect(await readAttempts(second.worker)).toHaveLength(1);
    const popup = await PopupPage.open(await second.context.newPage(), second.extensionId);
    await expect(popup.page.getByText(`Trang Hội thi ${MOVED} trong tệp cấu hình chưa được cho phép`)).toBeVisible();
    await expect(popup.page.getByRole('button', { name: 'Cho phép trên trang Hội thi' })).toBeVisible();
    await second.context.close();
  } finally {
    screen.stop();
    await endpoint.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
