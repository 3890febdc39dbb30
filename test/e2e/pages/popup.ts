import type { Locator, Page } from '@playwright/test';

/** Page object of the toolbar popup, opened as an extension page. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get rounds(): Locator {
    return this.page.getByRole('list', { name: 'Các đợt thi' });
  }

  round(number: number): Locator {
    return this.rounds.getByRole('listitem').filter({ hasText: `Đợt ${number}` });
  }

  /** "Đợt 1 — Đã thi …" lines, as a person reads the list. */
  async roundLines(): Promise<string[]> {
    return (await this.rounds.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}
