// Popup figures: time from navigation to the round list on screen (popupReadyMs), and its floor —
// the same navigation to a static extension page holding the popup's own rendered markup and
// stylesheet, with no script but one that sets the same performance mark. Both run in one browser,
// interleaved, so the ratio travels between machines where absolute times do not.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, makeProfileDir, setStorage } from '../support/browser';
import { makeTestConfig } from '../support/test-config';

const MARK = 'hoithi:rounds-ready';
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_SCRIPT = 'bench-floor.js';

// An arrow with no inner functions: tsx's name-keeping helpers do not exist inside the page, and
// the extension's CSP forbids evaluating a string there.
const readMark = (mark: string) => performance.getEntriesByName(mark)[0]?.startTime;

/** The rendered popup as a static page: its scripts replaced by one module that only sets the mark. */
function toFloorPage(renderedHtml: string): string {
  const withoutScripts = renderedHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
  return `<!doctype html>${withoutScripts.replace('</body>', `<script type="module" src="/${FLOOR_SCRIPT}"></script></body>`)}`;
}

async function timeToMark(context: BrowserContext, url: string, onRequest?: (file: string) => void): Promise<number> {
  const page = await context.newPage();
  if (onRequest) page.on('request', (request) => onRequest(new URL(request.url()).pathname.replace(/^\//, '')));
  await page.goto(url);
  const ms = (await (await page.waitForFunction(readMark, MARK)).jsonValue()) as number;
  await page.close();
  return ms;
}

/**
 * Popup and floor timings, `runs` each, interleaved; and every JS file the popup fetched before its
 * round list was on screen (extension pages keep no resource timing, so requests are counted).
 */
export async function measurePopup(runs: number): Promise<{ times: number[]; floor: number[]; scripts: string[] }> {
  // A copy of the built extension with the floor page added: nothing bench-only ships in the product.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hoithi-popup-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, FLOOR_SCRIPT), `performance.mark(${JSON.stringify(MARK)});\n`);
  const { context, worker, extensionId } = await launchWithExtension(makeProfileDir(), { extensionDir: dir });
  try {
    await setStorage(worker, { config: makeTestConfig() });
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const probe = await context.newPage();
    await probe.goto(popupUrl);
    await probe.waitForFunction(readMark, MARK);
    writeFileSync(path.join(dir, FLOOR_PAGE), toFloorPage(await probe.content()));
    await probe.close();

    const scripts = new Set<string>();
    const times: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i <= runs; i++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      const order = i % 2 ? ['floor', 'popup'] : ['popup', 'floor'];
      for (const which of order) {
        const ms =
          which === 'popup'
            ? await timeToMark(context, popupUrl, (file) => file.endsWith('.js') && scripts.add(file))
            : await timeToMark(context, `chrome-extension://${extensionId}/${FLOOR_PAGE}`);
        if (i > 0) (which === 'popup' ? times : floor).push(ms); // the first round warms the worker and the disk cache
      }
    }
    return { times, floor, scripts: [...scripts].sort() };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
