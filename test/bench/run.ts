// `npm run bench`: bundle sizes of the built extension and the popup's time to its round list.
// Prints one JSON object as the last line of output; later work adds keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, makeProfileDir, setStorage } from '../support/browser';
import { makeTestConfig } from '../support/test-config';
import { measureDrain } from './drain';
import { measurePortalTasks, measureWarningDialog } from './portal';

const RUNS = 10;

const read = (file: string) => readFileSync(path.join(EXTENSION_DIR, file));
const sizes = (files: string[]) => {
  const bytes = files.map(read);
  return {
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
};

/**
 * Every JS file a page loads at start: its module scripts and what they import, statically or
 * dynamically (Vite lists a dynamic import's chunks as strings), followed recursively.
 */
function pageScripts(htmlFile: string): string[] {
  const html = read(htmlFile).toString();
  const queue = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length) {
    const file = path.posix.normalize(queue.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file).toString();
    for (const m of code.matchAll(/["'`]((?:\.{1,2}\/|chunks\/)[^"'`]+\.js)["'`]/g)) {
      const ref = m[1]!;
      queue.push(ref.startsWith('.') ? path.posix.join(path.posix.dirname(file), ref) : ref);
    }
  }
  return [...seen];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function popupReadyMs(): Promise<number[]> {
  const { context, worker, extensionId } = await launchWithExtension(makeProfileDir());
  try {
    await setStorage(worker, { config: makeTestConfig() });
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // A plain expression: tsx's name-keeping helpers do not exist inside the page.
      const mark = await page.waitForFunction(() => performance.getEntriesByName('hoithi:rounds-ready')[0]?.startTime);
      const ms = (await mark.jsonValue()) as number;
      if (i > 0) times.push(ms); // the first run warms the service worker and the disk cache
      await page.close();
    }
    return times;
  } finally {
    await context.close();
  }
}

const manifest = JSON.parse(read('manifest.json').toString());
const content = sizes(manifest.content_scripts[0].js);
const background = sizes([manifest.background.service_worker]);
const popupFiles = pageScripts('popup.html');
const popup = sizes(popupFiles);
console.log(`popup loads: ${popupFiles.join(', ')}`);
const times = await popupReadyMs();
console.log(`popup ready runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
const dialog = await measureWarningDialog(20);
console.log(`click → warning dialog runs (ms): ${dialog.map((t) => t.toFixed(1)).join(', ')}`);
const tasks = await measurePortalTasks(15);
const drain = await measureDrain(3);
console.log(`drain 1000 runs (ms): ${drain.drain.map((t) => t.toFixed(0)).join(', ')}; bare loop: ${drain.bare.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`portal task time with extension (ms): ${tasks.withExt.map((t) => t.toFixed(1)).join(', ')}`);
console.log(`portal task time without (ms): ${tasks.without.map((t) => t.toFixed(1)).join(', ')}`);
console.log(
  JSON.stringify({
    contentScriptGzipBytes: content.gzip,
    contentScriptRawBytes: content.raw,
    backgroundGzipBytes: background.gzip,
    backgroundRawBytes: background.raw,
    popupGzipBytes: popup.gzip,
    popupRawBytes: popup.raw,
    popupReadyMs: Number(median(times).toFixed(1)),
    warningDialogMs: Number(median(dialog).toFixed(1)),
    portalAddedTaskMs: Number((median(tasks.withExt) - median(tasks.without)).toFixed(1)),
    portalTaskRatio: Number((median(tasks.withExt) / median(tasks.without)).toFixed(3)),
    drain1000Ms: Math.round(median(drain.drain)),
    drain1000Ratio: Number((median(drain.drain) / median(drain.bare)).toFixed(2)),
  }),
);
