import { expect, type Page } from '@playwright/test';

const MIME = { json: 'application/json', csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** A file for setInputFiles, its type from its extension. */
export const file = (name: string, body: string | Buffer) =>
  ({ name, mimeType: MIME[name.split('.').pop() as keyof typeof MIME] ?? 'application/octet-stream', buffer: Buffer.from(body) });

export const XLSX_MIME = MIME.xlsx;

/** Opens the admin page the way an admin does: the options page's "Quản trị" link, in a new tab. */
export async function openAdmin(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const [admin] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Quản trị' }).click()]);
  await expect(admin.getByRole('heading', { name: /Quản trị Hội thi/ })).toBeVisible();
  return admin;
}
