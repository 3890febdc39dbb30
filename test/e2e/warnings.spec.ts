import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, launchWithExtension, makeProfileDir, readAttempts, routePortal, setStorage, test, VARIANTS } from './fixtures';
import { PortalPage } from './pages/portal';

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

const warningsOf = async (worker: Parameters<typeof readAttempts>[0]) =>
  (await readAttempts(worker)).sort((a, b) => (a.startedAtMs as number) - (b.startedAtMs as number)).map((a) => a.warnings);

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

async function backToStart(portal: PortalPage) {
  await portal.openHome();
  await expect(portal.startControl).toBeVisible();
}

for (const variant of VARIANTS) {
  test.describe(`${variant} portal`, () => {
    test('should stop a second start in the same round until the user decides', async ({ ext }) => {
      const { context, worker } = ext;
      await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
      await routePortal(context, variant);
      const portal = new PortalPage(await context.newPage(), variant);
      const errors = collectPageErrors(portal.page);
      await portal.walkAttempt();
      await expect.poll(async () => (await readAttempts(worker)).map((a) => [a.warnings, a.confirmationSeen])).toEqual([[[], true]]);

      await backToStart(portal);
      await portal.startControl.click();
      const dialog = portal.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('chỉ được thi 01 lượt');
      await expect(dialog).toContainText(/lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(giờ Việt Nam\)/);
      await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();

      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await expect(dialog).toBeHidden();
      await expect(portal.startControl).toBeVisible();
      await expect(portal.page.getByText('Thời gian còn lại')).toHaveCount(0);
      expect(await warningsOf(worker)).toEqual([[]]);

      await portal.startControl.click();
      await dialog.getByRole('button', { name: 'Vẫn bắt đầu thi' }).click();
      await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
      await expect.poll(() => warningsOf(worker)).toEqual([[], ['second-attempt']]);
      await portal.page.waitForTimeout(1000);
      expect(await warningsOf(worker)).toEqual([[], ['second-attempt']]);
      expect(errors).toEqual([]);
    });

    test('should warn on keyboard activation: Enter, Escape, Space, Tab', async ({ ext }) => {
      const { context, worker } = ext;
      await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
      await routePortal(context, variant);
      const portal = new PortalPage(await context.newPage(), variant);
      await portal.walkAttempt();
      await backToStart(portal);

      const dialog = portal.page.getByRole('alertdialog');
      await portal.warnByEnterThenEscape(dialog);
      expect(await readAttempts(worker)).toHaveLength(1);

      await portal.page.keyboard.press(' ');
      await expect(dialog).toBeVisible();
      await portal.page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Vẫn bắt đầu thi' })).toBeFocused();
      await portal.page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
      await portal.page.keyboard.press('Shift+Tab');
      await portal.page.keyboard.press('Enter');
      await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
      await expect.poll(() => warningsOf(worker)).toEqual([[], ['second-attempt']]);
    });

    test('should warn when the portal shows another person, and record it', async ({ ext }) => {
      const { context, worker } = ext;
      await setStorage(worker, { config: makeTestConfig(), profile: { ...TEST_PROFILE, fullName: 'Trần Thị B', account: 'tranthib' } });
      await routePortal(context, variant);
      const portal = new PortalPage(await context.newPage(), variant);
      await portal.login('nguyenvana');
      await portal.startControl.click();
      const dialog = portal.page.getByRole('alertdialog', { name: 'Lưu ý trước khi bắt đầu thi' });
      await expect(dialog).toContainText('"Nguyễn Văn A", không khớp');
      await dialog.getByRole('button', { name: 'Vẫn bắt đầu thi' }).click();
      await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
      await expect.poll(() => warningsOf(worker)).toEqual([['account-mismatch']]);
    });

    test('should warn before a start outside every round and say when the next one opens', async ({ ext }) => {
      const { context, worker } = ext;
      const config = makeTestConfig(Date.now() + 14 * 24 * 3600_000); // round 1 opens next week
      await setStorage(worker, { config, profile: TEST_PROFILE });
      await routePortal(context, variant);
      const portal = new PortalPage(await context.newPage(), variant);
      await portal.login();
      await portal.startControl.click();
      const dialog = portal.page.getByRole('alertdialog');
      const opens = config.contest.rounds[0]!.opens.split('-').reverse().join('/');
      await expect(dialog).toContainText(`Đợt 1 mở lúc ${opens} 00:00`);
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await expect(portal.startControl).toBeVisible();
      expect(await readAttempts(worker)).toEqual([]);
    });
  });
}

test('should warn in a second tab that was open before the first attempt', async ({ ext }) => {
  const { context, worker } = ext;
  await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
  await routePortal(context, 'spa');
  const first = new PortalPage(await context.newPage(), 'spa');
  await first.login();
  const second = new PortalPage(await context.newPage(), 'spa');
  await backToStart(second);
  await first.start();
  await first.answerAll();
  await first.submit();
  await expect.poll(async () => (await readAttempts(worker)).length).toBe(1);
  await second.page.bringToFront();
  await second.startControl.click();
  await expect(second.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' })).toBeVisible();
});

test('should still warn after the browser is closed and relaunched with the same profile', async () => {
  const dir = makeProfileDir();
  try {
    const before = await launchWithExtension(dir);
    await setStorage(before.worker, { config: makeTestConfig(), profile: TEST_PROFILE });
    await routePortal(before.context, 'classic');
    await new PortalPage(await before.context.newPage(), 'classic').walkAttempt();
    await expect.poll(async () => (await readAttempts(before.worker)).length).toBe(1);
    await before.context.close();

    const after = await launchWithExtension(dir);
    // Re-installed on relaunch: the worker's start sets the badge again from the stored attempts.
    await expect.poll(() => after.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('✓');
    await routePortal(after.context, 'classic');
    const portal = new PortalPage(await after.context.newPage(), 'classic');
    await portal.login(); // the portal's session cookie ended with the browser; the extension's records did not
    await portal.startControl.click();
    await expect(portal.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' })).toBeVisible();
    await after.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
