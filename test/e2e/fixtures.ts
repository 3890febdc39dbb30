import { test as base } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension, makeProfileDir, type ExtensionBrowser } from '../support/browser';

export * from '../support/browser';

export const test = base.extend<{ ext: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const dir = makeProfileDir();
    const ext = await launchWithExtension(dir);
    await use(ext);
    await ext.context.close();
    rmSync(dir, { recursive: true, force: true });
  },
});
export { expect } from '@playwright/test';
