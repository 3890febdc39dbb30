// Only the person's own actions count (PRODUCT.md §3).
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, readAttempts, routePortal, setStorage, test } from './fixtures';
import { PortalPage } from './pages/portal';

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

test('should ignore a page script clicking and pressing keys through the exam, and count the real click after it', async ({ ext }) => {
  const { context, worker } = ext;
  await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
  // Round 2 already taken on another computer: a real start would be warned.
  await worker.evaluate(() => chrome.storage.sync.set({ 'taken:cchc-test': { 2: new Date(Date.now() - 86_400_000).toISOString() } }));
  await routePortal(context, 'spa');
  const portal = new PortalPage(await context.newPage(), 'spa');
  await portal.login();
  await portal.page.waitForTimeout(300); // the guard state is in: a trusted start now would warn

  // The page's own script: a synthetic Enter on the start control (the app clicks it itself) …
  await portal.page.evaluate(() => {
    document.querySelector('[data-action="start"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
  await expect(portal.page.getByRole('alertdialog')).toHaveCount(0);
  // … then a synthetic "Gửi bài thi" and "Nộp bài" by click().
  await portal.page.evaluate(() => (document.querySelector('[data-action="next"]') as HTMLElement).click());
  for (let i = 0; i < 10; i++) await portal.page.evaluate(() => (document.querySelector('[data-action="next"]') as HTMLElement | null)?.click());
  await portal.page.evaluate(() => (document.querySelector('input[type="submit"]') as HTMLElement).click());
  await portal.page.evaluate(() => (document.querySelector('[role="dialog"] [data-action="submit"]') as HTMLElement).click());
  await expect(portal.resultText).toBeVisible();
  await portal.page.waitForTimeout(800);
  expect(await readAttempts(worker)).toEqual([]);

  // The person's own click: warned, and "Vẫn bắt đầu thi" starts the exam once and records it.
  await portal.openHome();
  await portal.startControl.click();
  const dialog = portal.page.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Vẫn bắt đầu thi' }).click();
  await expect(portal.page.getByText('Thời gian còn lại')).toBeVisible();
  await expect.poll(async () => (await readAttempts(worker)).map((a) => a.warnings)).toEqual([['second-attempt']]);
  await portal.page.waitForTimeout(800);
  expect(await readAttempts(worker)).toHaveLength(1);
});

test('should record the submission the classic portal makes by itself at time-out', async ({ ext }) => {
  const { context, worker } = ext;
  await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
  await routePortal(context, 'classic', { examSeconds: 3, autoSubmitSeconds: 2 });
  const portal = new PortalPage(await context.newPage(), 'classic');
  await portal.login();
  await portal.start();
  await expect(portal.page.getByText('Hết thời gian làm bài.')).toBeVisible({ timeout: 8000 });
  await expect(portal.resultText).toBeVisible({ timeout: 8000 }); // nobody answered: submitted by the portal
  await expect.poll(async () => (await readAttempts(worker)).map((a) => a.confirmationSeen)).toEqual([true]);
  const [attempt] = await readAttempts(worker);
  expect(attempt!.durationSeconds as number).toBeGreaterThanOrEqual(4);
  expect(attempt!.submittedAt).toMatch(/\+07:00$/);
});
