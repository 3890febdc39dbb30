import type { Locator, Page } from '@playwright/test';

/** Page object of the full notes page (notes.html). */
export class NotesPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<NotesPage> {
    await page.goto(`chrome-extension://${extensionId}/notes.html`);
    return new NotesPage(page);
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Tìm ghi chú' });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  }

  get reader(): Locator {
    return this.page.getByRole('article');
  }

  get backup(): Locator {
    return this.page.getByRole('region', { name: 'Sao lưu ghi chú của bạn' });
  }

  async addNote(title: string, body: string, tags = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await this.page.getByLabel('Tiêu đề').fill(title);
    await this.page.getByLabel('Nội dung').fill(body);
    if (tags) await this.page.getByLabel('Thẻ (cách nhau bằng dấu phẩy)').fill(tags);
    await this.page.getByRole('button', { name: 'Lưu ghi chú', exact: true }).click();
  }

  /** Clicks the backup button and returns the downloaded file's text and name. */
  async exportBackup(): Promise<{ name: string; text: string; path: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Sao lưu ghi chú (JSON)' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
  }

  async importBackup(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
  }
}
