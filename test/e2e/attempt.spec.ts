import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, readAttempts, routePortal, setStorage, test, VARIANTS } from './fixtures';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

const ZONED_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

for (const variant of VARIANTS) {
  test(`should record a whole attempt on the ${variant} portal and show the round as taken`, async ({ ext }) => {
    const { context, worker, extensionId } = ext;
    await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
    await routePortal(context, variant);

    const before = Date.now();
    const portal = new PortalPage(await context.newPage(), variant);
    await portal.walkAttempt();

    await expect.poll(async () => (await readAttempts(worker)).map((a) => a.confirmationSeen)).toEqual([true]);
    const [attempt] = await readAttempts(worker);
    expect(attempt).toMatchObject({
      contestId: 'cchc-test',
      round: 2,
      portalAccount: 'Nguyễn Văn A',
      startSource: 'start-control',
      confirmationSeen: true,
      warnings: [],
    });
    expect(attempt!.startedAt).toMatch(ZONED_SECOND);
    expect(attempt!.submittedAt).toMatch(ZONED_SECOND);
    expect(attempt!.startedAtMs as number).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    const duration = attempt!.durationSeconds as number;
    expect(Number.isInteger(duration)).toBe(true);
    expect(duration).toBe(((attempt!.submittedAtMs as number) - (attempt!.startedAtMs as number)) / 1000);

    const popup = await PopupPage.open(await context.newPage(), extensionId);
    await expect(popup.round(2)).toContainText('Đã thi');
    const lines = await popup.roundLines();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Đã kết thúc');
    expect(lines[1]).toContain(`lúc ${String(attempt!.startedAt).slice(8, 10)}/`);
    expect(lines[2]).toContain('Chưa mở');
    expect(lines[3]).toContain('Chưa mở');
  });
}

test('should stay silent on a portal page it does not recognise', async ({ ext }) => {
  const { context, worker } = ext;
  await routePortal(context, 'classic');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://hoithicchc.thuathienhue.gov.vn/tin-tuc/bai-khong-ton-tai');
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(await readAttempts(worker)).toEqual([]);
});
