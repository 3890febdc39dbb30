import { expect, type Locator, type Page } from '@playwright/test';
import { PORTAL_ORIGIN, type PortalVariant } from '../../fixtures/portal/server';

// The replica's controls, per markup variant. Tests drive the page as a person would; only the
// replica's own markup is named here, never the extension's knowledge of the portal.
const CONTROLS: Record<PortalVariant, { start: string; confirm: RegExp }> = {
  classic: { start: 'button:has-text("BẮT ĐẦU THI")', confirm: /Đồng ý/ },
  spa: { start: '[data-action="start"]', confirm: /Nộp bài/ },
};

/** Page object of the replica portal, for walking an attempt. */
export class PortalPage {
  constructor(
    readonly page: Page,
    readonly variant: PortalVariant,
  ) {}

  get startControl(): Locator {
    return this.page.locator(CONTROLS[this.variant].start);
  }

  async login(username = 'nguyenvana'): Promise<void> {
    await this.page.goto(`${PORTAL_ORIGIN}/`);
    await this.page.getByRole(this.variant === 'spa' ? 'button' : 'link', { name: 'Đăng nhập' }).first().click();
    await this.page.getByLabel('Tên đăng nhập').fill(username);
    await this.page.getByLabel('Mật khẩu').fill('mat-khau');
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(this.startControl).toBeVisible();
  }

  async start(): Promise<void> {
    await this.startControl.click();
    await expect(this.page.getByText('Thời gian còn lại')).toBeVisible();
  }

  /** Answers the ten questions (first choice) and the prediction. */
  async answerAll(prediction = '1234'): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await this.page.locator('input[type="radio"]:visible').first().check();
      await this.page.getByRole('button', { name: 'Câu tiếp theo' }).click();
    }
    await this.page.locator('input[name="du-doan"]').fill(prediction);
  }

  /** "GỬI BÀI THI", then the confirm step, then waits for the result page. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /gửi bài thi/i }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: CONTROLS[this.variant].confirm }).click();
    await expect(this.page.getByText(/nộp bài( thi)? thành công/i)).toBeVisible();
  }

  async walkAttempt(): Promise<void> {
    await this.login();
    await this.start();
    await this.answerAll();
    await this.submit();
  }
}
