import type { Worker } from '@playwright/test';
import { formatZonedIso } from '../../lib/rounds';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, routePortal, setStorage, test } from './fixtures';
import { PortalPage } from './pages/portal';

declare const chrome: {
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

const badge = (worker: Worker) =>
  worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

test('should show the open round on the toolbar badge, before and after the attempt', async ({ ext }) => {
  const { context, worker } = ext;
  await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
  await expect.poll(() => badge(worker)).toEqual({ text: '!', title: expect.stringContaining('Đợt 2 đang mở, bạn chưa thi') });
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  expect(alarms.map((a) => a.name)).toContain('badge');

  await routePortal(context, 'classic');
  await new PortalPage(await context.newPage(), 'classic').walkAttempt();
  await expect.poll(() => badge(worker)).toEqual({ text: '✓', title: expect.stringContaining('Đã thi Đợt 2 lúc') });
});

test('should show nothing on the badge outside the rounds, with the next opening in the tooltip', async ({ ext }) => {
  const { worker } = ext;
  await setStorage(worker, { config: makeTestConfig(Date.now() + 14 * 24 * 3600_000), profile: TEST_PROFILE });
  await expect.poll(() => badge(worker)).toEqual({ text: '', title: expect.stringContaining('Đợt 1 mở lúc') });
});

test('should remind when a round is open and not taken', async ({ ext }) => {
  const { worker } = ext;
  // A one-day round today, reminders at 00:00: the reminder for today is due whatever the hour now.
  const today = formatZonedIso(Date.now(), 'Asia/Ho_Chi_Minh').slice(0, 10);
  const config = makeTestConfig();
  config.contest.rounds = [{ number: 1, opens: today, closes: today }];
  await setStorage(worker, { reminders: { enabled: true, hour: 0 }, profile: TEST_PROFILE });
  await setStorage(worker, { config });
  await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll())).toEqual({ [`reminder:1:last-day:${today}`]: true });
});
