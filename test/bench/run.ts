// `npm run bench`: bundle sizes of the built extension and the popup's time to its round list.
// Prints one JSON object as the last line of output; later work adds keys.
import '../support/require-node';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../support/browser';
import { makeReceipts, measureImport30k } from './admin';
import { measureCollectorPosts, measurePull } from './collector';
import { measureDrain } from './drain';
import { measureNotesSearch } from './notes';
import { measurePopup } from './popup';
import { measurePortalScript, measurePortalTasks, measureWarningDialog, sumPages } from './portal';

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

const manifest = JSON.parse(read('manifest.json').toString());
const content = sizes(manifest.content_scripts[0].js);
const background = sizes([manifest.background.service_worker]);
const { times, floor: popupFloor, scripts: popupFiles } = await measurePopup(RUNS);
const popup = sizes(popupFiles);
console.log(`popup loads before its first paint: ${popupFiles.join(', ')}`);
console.log(`popup ready runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
console.log(`static floor page runs (ms): ${popupFloor.map((t) => t.toFixed(1)).join(', ')}`);
const dialog = await measureWarningDialog(20);
console.log(`click → warning dialog runs (ms): ${dialog.map((t) => t.toFixed(1)).join(', ')}`);
// The same extension with its content script emptied: what injecting any content script costs the portal.
const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'hoithi-empty-cs-'));
cpSync(EXTENSION_DIR, emptyDir, { recursive: true });
for (const file of manifest.content_scripts[0].js as string[]) writeFileSync(path.join(emptyDir, file), '');
const tasks = await measurePortalTasks(25, emptyDir);
const traces = await measurePortalScript(15, emptyDir);
rmSync(emptyDir, { recursive: true, force: true });
const trace = { script: sumPages(traces.ours, 'script'), inject: sumPages(traces.ours, 'inject') };
const emptyTrace = { script: sumPages(traces.empty, 'script'), inject: sumPages(traces.empty, 'inject') };
const list = (xs: number[]) => xs.map((t) => t.toFixed(2)).join(', ');
console.log(`content script's own trace time, start + exam + embedded page (ms): ${list(trace.script)}`);
console.log(`browser's content-script injection (InjectJs), start + exam + embedded page (ms): ${list(trace.inject)}`);
console.log(`the same with an empty content script (ms): ${list(emptyTrace.inject)}; its own time: ${list(emptyTrace.script)}`);
console.log(`embedded page: script ${list(traces.ours.embedded.script)}; injection ${list(traces.ours.embedded.inject)}; empty script's injection ${list(traces.empty.embedded.inject)}`);
console.log(`exam page with an attempt in progress: script ${list(traces.ours.examInProgress.script)}; empty script's injection ${list(traces.empty.examInProgress.inject)}`);
const drain = await measureDrain(3);
console.log(`drain 1000 runs (ms): ${drain.drain.map((t) => t.toFixed(0)).join(', ')}; bare loop: ${drain.bare.map((t) => t.toFixed(0)).join(', ')}`);
const admin = await measureImport30k(5);
console.log(`import 30k runs (ms): ${admin.import.map((t) => t.toFixed(0)).join(', ')}; bare JSON.parse: ${admin.bare.map((t) => t.toFixed(0)).join(', ')}; longest task: ${admin.longestTaskMs.join(', ')}`);
const posts = await measureCollectorPosts(3);
console.log(`collector POSTs/s (50 connections): ${posts.collector.map((t) => t.toFixed(0)).join(', ')}; bare node:http floor: ${posts.floor.map((t) => t.toFixed(0)).join(', ')}`);
const pull = await measurePull(await makeReceipts(), 3);
console.log(`pull 30k from the collector runs (ms): ${pull.map((t) => t.toFixed(0)).join(', ')}`);
const notes = await measureNotesSearch(5);
console.log(`notes search per keystroke (ms): median ${notes.medianMs.toFixed(1)}, p95 ${notes.p95Ms.toFixed(1)}; plain includes scan p95 ${notes.floorP95Ms.toFixed(2)}; popup first paint loads notes code: ${notes.popupLoadsNotesCode}`);
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
    popupReadyFloorMs: Number(median(popupFloor).toFixed(1)),
    popupReadyRatio: Number((median(times) / median(popupFloor)).toFixed(2)),
    warningDialogMs: Number(median(dialog).toFixed(1)),
    portalAddedTaskMs: Number((median(tasks.withExt) - median(tasks.without)).toFixed(1)),
    portalTaskRatio: Number((median(tasks.withExt) / median(tasks.without)).toFixed(3)),
    portalEmptyContentScriptTaskMs: Number((median(tasks.empty) - median(tasks.without)).toFixed(1)),
    portalOwnTaskMs: Number((median(tasks.withExt) - median(tasks.empty)).toFixed(1)),
    portalScriptMs: Number(median(trace.script).toFixed(2)),
    portalInjectMs: Number(median(trace.inject).toFixed(2)),
    portalEmptyInjectMs: Number(median(emptyTrace.inject).toFixed(2)),
    portalEmptyScriptMs: Number(median(emptyTrace.script).toFixed(2)),
    // The figure that counts (target ≤ 1.5): our script's own time over what injecting any script costs.
    portalScriptRatio: Number((median(trace.script) / median(emptyTrace.inject)).toFixed(2)),
    portalEmbeddedScriptMs: Number(median(traces.ours.embedded.script).toFixed(2)),
    portalEmbeddedInjectMs: Number(median(traces.ours.embedded.inject).toFixed(2)),
    portalEmbeddedEmptyInjectMs: Number(median(traces.empty.embedded.inject).toFixed(2)),
    portalEmbeddedScriptRatio: Number((median(traces.ours.embedded.script) / median(traces.empty.embedded.inject)).toFixed(2)),
    // With an attempt in progress the exam page is read whole (timer, result): shown, not in the ratio's pages.
    portalExamInProgressScriptMs: Number(median(traces.ours.examInProgress.script).toFixed(2)),
    portalExamInProgressScriptRatio: Number((median(traces.ours.examInProgress.script) / median(traces.empty.examInProgress.inject)).toFixed(2)),
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
    notesSearchFloorMs: Number(notes.floorP95Ms.toFixed(2)),
    notesSearchP95Ratio: Number((notes.p95Ms / notes.floorP95Ms).toFixed(1)),
  }),
);
