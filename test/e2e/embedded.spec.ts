// The contest embedded in the provincial portal (PRODUCT.md §3 "Where the portal appears").
import { PRACTICE_FRAME_TITLE } from '../fixtures/portal/embedding';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';
import { expect, readAttempts, routePortal, setStorage, test, VARIANTS } from './fixtures';
import { PortalPage } from './pages/portal';

for (const variant of VARIANTS) {
  test(`should record an attempt on the ${variant} portal embedded in the provincial portal and warn inside the frame`, async ({ ext }) => {
    const { context, worker } = ext;
    await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
    await routePortal(context, variant);
    // The SPA sits one frame deeper, in the department's page inside the provincial one.
    const portal = new PortalPage(await context.newPage(), variant, { embedded: variant === 'spa' ? 'department' : 'province' });
    await portal.walkAttempt();
    await expect.poll(async () => (await readAttempts(worker)).map((a) => [a.round, a.portalAccount, a.confirmationSeen])).toEqual([[2, 'Nguyễn Văn A', true]]);

    await portal.openHome();
    await portal.startControl.click();
    const dialog = portal.ui.getByRole('alertdialog', { name: 'Bạn đã thi Đợt 2' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();
    await expect(portal.startControl).toBeVisible();
    await expect(portal.ui.getByText('Thời gian còn lại')).toHaveCount(0);

    // The keyboard works inside the frame too: Enter opens the dialog, Escape closes it.
    await portal.warnByEnterThenEscape(dialog);
    expect(await readAttempts(worker)).toHaveLength(1);

    if (variant !== 'classic') return;
    // A frame of another origin in the same page looks like the start page, but is never read, and its
    // scripts have no way to message the extension.
    const practice = portal.page.frameLocator(`iframe[title="${PRACTICE_FRAME_TITLE}"]`);
    await practice.getByRole('button', { name: 'BẮT ĐẦU THI' }).click();
    await expect(practice.getByRole('button', { name: 'Đang thi thử' })).toBeVisible();
    await expect(practice.getByRole('alertdialog')).toHaveCount(0);
    const frame = portal.page.frames().find((f) => f.url().includes('/thi-thu'))!;
    const reached = await frame.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const api = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => void; lastError?: { message: string } } } }).chrome?.runtime;
          if (!api?.sendMessage) return resolve('no extension API');
          try {
            api.sendMessage(id, { id: 1, type: 'portalEvent', data: { type: 'start' }, timestamp: Date.now() }, (res: unknown) =>
              resolve(api.lastError ? `error: ${api.lastError.message}` : JSON.stringify(res)));
          } catch (e) {
            resolve(`threw: ${(e as Error).message}`);
          }
        }),
      ext.extensionId,
    );
    expect(reached).toMatch(/^(no extension API|error: |threw: )/);
    await portal.page.waitForTimeout(500);
    expect(await readAttempts(worker)).toHaveLength(1);
  });
}
