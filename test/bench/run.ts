// `npm run bench`: bundle sizes of the built extension and the popup's time to its round list.
// Prints one JSON object as the last line of output; later work adds keys.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, makeProfileDir, setStorage } from '../support/browser';
import { makeTestConfig } from '../support/test-config';
import { makeReceipts, measureImport30k } from './admin';
import { measureCollectorPosts, measurePull } from './collector';
import { measureDrain } from './drain';
import { measureNotesSearch } from './notes';
import { measurePortalScript, measurePortalTasks, measureWarningDialog } from './portal';

const RUNS = 10;

const read = (file: string) => readFileSync(path.join(EXTENSION_DIR, file));
const sizes = (files: string[]) => {
  const bytes = files.map(read);
  return {
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Popup timings, and every JS file the popup actually fetched before its round list was on screen. */
async function measurePopup(): Promise<{ times: number[]; scripts: string[] }> {
  const { context, worker, extensionId } = await launchWithExtension(makeProfileDir());
  try {
    await setStorage(worker, { config: makeTestConfig() });
    const times: number[] = [];
    const scripts = new Set<string>();
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      // Extension pages record no resource timing: count the scripts the popup requests (the
      // notes tab is never opened here, so these are exactly what its first paint needs).
      page.on('request', (request) => {
        const file = new URL(request.url()).pathname.replace(/^\//, '');
        if (file.endsWith('.js')) scripts.add(file);
      });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // A plain expression: tsx's name-keeping helpers do not exist inside the page.
      const mark = await page.waitForFunction(() => performance.getEntriesByName('hoithi:rounds-ready')[0]?.startTime);
      const ms = (await mark.jsonValue()) as number;
      if (i > 0) times.push(ms); // the first run warms the service worker and the disk cache
      await page.close();
    }
    return { times, scripts: [...scripts].sort() };
  } finally {
    await context.close();
  }
}

const manifest = JSON.parse(read('manifest.json').toString());
const content = sizes(manifest.content_scripts[0].js);
const background = sizes([manifest.background.service_worker]);
const { times, scripts: popupFiles } = await measurePopup();
const popup = sizes(popupFiles);
console.log(`popup loads before its first paint: ${popupFiles.join(', ')}`);
console.log(`popup ready runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
const dialog = await measureWarningDialog(20);
console.log(`click → warning dialog runs (ms): ${dialog.map((t) => t.toFixed(1)).join(', ')}`);
// The same extension with its content script emptied: what injecting any content script costs the portal.
const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'hoithi-empty-cs-'));
cpSync(EXTENSION_DIR, emptyDir, { recursive: true });
for (const file of manifest.content_scripts[0].js as string[]) writeFileSync(path.join(emptyDir, file), '');
const tasks = await measurePortalTasks(25, emptyDir);
const trace = await measurePortalScript(10);
const emptyTrace = await measurePortalScript(10, emptyDir);
rmSync(emptyDir, { recursive: true, force: true });
console.log(`content script's own trace time, start + exam page (ms): ${trace.script.map((t) => t.toFixed(2)).join(', ')}`);
console.log(`browser's content-script injection (InjectJs), start + exam page (ms): ${trace.inject.map((t) => t.toFixed(2)).join(', ')}`);
console.log(`the same with an empty content script (ms): ${emptyTrace.inject.map((t) => t.toFixed(2)).join(', ')}; its own time: ${emptyTrace.script.map((t) => t.toFixed(2)).join(', ')}`);
const drain = await measureDrain(3);
console.log(`drain 1000 runs (ms): ${drain.drain.map((t) => t.toFixed(0)).join(', ')}; bare loop: ${drain.bare.map((t) => t.toFixed(0)).join(', ')}`);
const admin = await measureImport30k(3);
console.log(`import 30k runs (ms): ${admin.import.map((t) => t.toFixed(0)).join(', ')}; bare JSON.parse: ${admin.bare.map((t) => t.toFixed(0)).join(', ')}; longest task: ${admin.longestTaskMs.join(', ')}`);
const posts = await measureCollectorPosts(3);
console.log(`collector POSTs/s (50 connections): ${posts.collector.map((t) => t.toFixed(0)).join(', ')}; bare node:http floor: ${posts.floor.map((t) => t.toFixed(0)).join(', ')}`);
const pull = await measurePull(await makeReceipts(), 3);
console.log(`pull 30k from the collector runs (ms): ${pull.map((t) => t.toFixed(0)).join(', ')}`);
const notes = await measureNotesSearch(5);
console.log(`notes search per keystroke (ms): median ${notes.medianMs.toFixed(1)}, p95 ${notes.p95Ms.toFixed(1)}; popup first paint loads notes code: ${notes.popupLoadsNotesCode}`);
if (notes.popupLoadsNotesCode) throw new Error('the popup first paint loads the notes code');
console.log(`portal task time with extension (ms): ${tasks.withExt.map((t) => t.toFixed(1)).join(', ')}`);
console.log(`portal task time with an empty content script (ms): ${tasks.empty.map((t) => t.toFixed(1)).join(', ')}`);
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
    portalEmptyContentScriptTaskMs: Number((median(tasks.empty) - median(tasks.without)).toFixed(1)),
    portalOwnTaskMs: Number((median(tasks.withExt) - median(tasks.empty)).toFixed(1)),
    portalScriptMs: Number(median(trace.script).toFixed(2)),
    portalInjectMs: Number(median(trace.inject).toFixed(2)),
    portalEmptyInjectMs: Number(median(emptyTrace.inject).toFixed(2)),
    portalEmptyScriptMs: Number(median(emptyTrace.script).toFixed(2)),
    drain1000Ms: Math.round(median(drain.drain)),
    drain1000Ratio: Number((median(drain.drain) / median(drain.bare)).toFixed(2)),
    import30kMs: Math.round(median(admin.import)),
    import30kRatio: Number((median(admin.import) / median(admin.bare)).toFixed(1)),
    import30kPeakMB: Math.round(admin.peakMB),
    import30kLongestTaskMs: Math.max(...admin.longestTaskMs),
    collectorPostsPerSec: Math.round(median(posts.collector)),
    collectorFloorPostsPerSec: Math.round(median(posts.floor)),
    collectorPostRatio: Number((median(posts.floor) / median(posts.collector)).toFixed(2)),
    pull30kMs: Math.round(median(pull)),
    notesSearchMedianMs: Number(notes.medianMs.toFixed(1)),
    notesSearchP95Ms: Number(notes.p95Ms.toFixed(1)),
  }),
);
