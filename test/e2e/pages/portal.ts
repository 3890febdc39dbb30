import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { CONTEST_FRAME_TITLE, EMBED_PATH, PROVINCE_ORIGIN } from '../../fixtures/portal/embedding';
import { PORTAL_ORIGIN, type PortalVariant } from '../../fixtures/portal/server';

// The replica's controls, per markup variant. Tests drive the page as a person would; only the
// replica's own markup is named here, never the extension's knowledge of the portal.
const CONTROLS: Record<PortalVariant, { start: string; confirm: RegExp }> = {
  classic: { start: 'button:has-text("BẮT ĐẦU THI")', confirm: /Đồng ý/ },
  spa: { start: '[data-action="start"]', confirm: /Nộp bài/ },
};

export interface PortalPageOptions {
  /** Where the portal appears: its own tab (default), or in the provincial portal's iframe (`?sau=1`: one frame deeper). */
  embedded?: 'province' | 'department';
  /** The portal's origin when the edition is on another host. */
  origin?: string;
}

/** Page object of the replica portal, for walking an attempt, in its own tab or embedded. */
export class PortalPage {
  constructor(
    readonly page: Page,
    readonly variant: PortalVariant,
    readonly options: PortalPageOptions = {},
  ) {}

  /** Where the portal's own content is: the tab, or the contest's iframe. */
  get ui(): Page | FrameLocator {
    const { embedded } = this.options;
    if (!embedded) return this.page;
    const outer = this.page.frameLocator(`iframe[title="${CONTEST_FRAME_TITLE}"]`);
    return embedded === 'department' ? outer.frameLocator(`iframe[title="${CONTEST_FRAME_TITLE}"]`) : outer;
  }

  get startControl(): Locator {
    return this.ui.locator(CONTROLS[this.variant].start);
  }

  /** Opens the portal's home, directly or through the page that embeds it. */
  async openHome(): Promise<void> {
    const { embedded, origin = PORTAL_ORIGIN } = this.options;
    await this.page.goto(embedded ? `${PROVINCE_ORIGIN}${EMBED_PATH}${embedded === 'department' ? '?sau=1' : ''}` : `${origin}/`);
  }

  async login(username = 'nguyenvana'): Promise<void> {
    await this.openHome();
    await this.ui.getByRole(this.variant === 'spa' ? 'button' : 'link', { name: 'Đăng nhập' }).first().click();
    await this.ui.getByLabel('Tên đăng nhập').fill(username);
    await this.ui.getByLabel('Mật khẩu').fill('mat-khau');
    await this.ui.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(this.startControl).toBeVisible();
  }

  async start(): Promise<void> {
    await this.startControl.click();
    await expect(this.ui.getByText('Thời gian còn lại')).toBeVisible();
  }

  /** Answers the ten questions (first choice) and the prediction. */
  async answerAll(prediction = '1234'): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await this.ui.locator('input[type="radio"]:visible').first().check();
      await this.ui.getByRole('button', { name: 'Câu tiếp theo' }).click();
    }
    await this.ui.locator('input[name="du-doan"]').fill(prediction);
  }

  /** "GỬI BÀI THI", then the confirm step, then waits for the result page. */
  async submit(): Promise<void> {
    await this.ui.getByRole('button', { name: /gửi bài thi/i }).click();
    const dialog = this.ui.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: CONTROLS[this.variant].confirm }).click();
    await expect(this.resultText).toBeVisible();
  }

  /** Enter on the focused start control opens `dialog`; Escape closes it and gives the focus back. */
  async warnByEnterThenEscape(dialog: Locator): Promise<void> {
    await this.startControl.focus();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(this.startControl).toBeFocused();
  }

  get resultText(): Locator {
    return this.ui.getByText(/nộp bài( thi)? thành công/i);
  }

  async walkAttempt(): Promise<void> {
    await this.login();
    await this.start();
    await this.answerAll();
    await this.submit();
  }
}
