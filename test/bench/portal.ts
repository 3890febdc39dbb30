// Portal-side figures: how fast the second-attempt warning appears, and what the content script
// adds to the portal's own main-thread work.
import type { BrowserContext } from '@playwright/test';
import { EMBED_PATH, PROVINCE_ORIGIN } from '../fixtures/portal/embedding';
import { EXAM_COOKIE, PORTAL_ORIGIN, SESSION_COOKIE } from '../fixtures/portal/server';
import { launchWithExtension, launchWithoutExtension, makeProfileDir, routePortal, setStorage } from '../support/browser';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';


async function loginCookies(context: BrowserContext, examRunning: boolean): Promise<void> {
  const cookies = [{ name: SESSION_COOKIE, value: 'nguyenvana', url: PORTAL_ORIGIN }];
  if (examRunning) cookies.push({ name: EXAM_COOKIE, value: `s.${Date.now()}`, url: PORTAL_ORIGIN });
  await context.addCookies(cookies);
}

// Evaluated as a string: tsx's name-keeping helpers do not exist inside the page. Armed before a real
// (trusted) click: a page script's click() counts for nothing (PRODUCT.md §3), and the extension stops
// the click itself, so the clock starts at the press (mousedown) and stops once the dialog is painted.
const DIALOG_AFTER_PRESS = `void (window.hoithiDialogMs = new Promise((resolve, reject) => {
  addEventListener('mousedown', (press) => {
    const t0 = press.timeStamp;
    const found = () => document.querySelector('hoithi-warning')?.shadowRoot?.querySelector('[role="alertdialog"]');
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    const watch = new MutationObserver(() => found() && (watch.disconnect(), done()));
    watch.observe(document.documentElement, { childList: true });
    setTimeout(() => (watch.disconnect(), reject(new Error('no dialog after the click'))), 2000);
  }, { once: true, capture: true });
}))`;

/** Median-ready samples of click → second-attempt dialog painted, on the classic replica. */
export async function measureWarningDialog(runs: number): Promise<number[]> {
  const { context, worker } = await launchWithExtension(makeProfileDir());
  try {
    const config = makeTestConfig();
    // Round 2 is open and already taken on "another computer": the mirror is enough to warn.
    await setStorage(worker, { config, profile: TEST_PROFILE });
    await worker.evaluate((items) => chrome.storage.sync.set(items), { 'taken:cchc-test': { 2: new Date().toISOString() } });
    await routePortal(context, 'classic');
    await loginCookies(context, false);
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.goto(`${PORTAL_ORIGIN}/`);
      await page.waitForTimeout(400); // recognition (debounced) and the guard state arrive
      await page.evaluate(DIALOG_AFTER_PRESS);
      await page.getByRole('button', { name: 'BẮT ĐẦU THI' }).click();
      const ms = (await page.evaluate('window.hoithiDialogMs')) as number;
      if (i > 0) samples.push(ms);
      await page.close();
    }
    return samples;
  } finally {
    await context.close();
  }
}

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

/**
 * The pages every portal figure loads: the start page, the exam page, and the provincial portal's
 * page with the contest embedded (its start page in an iframe; our script runs in that frame only).
 */
const MEASURED_PAGES = { start: `${PORTAL_ORIGIN}/`, exam: `${PORTAL_ORIGIN}/thi/bai-thi`, embedded: `${PROVINCE_ORIGIN}${EMBED_PATH}` };
type MeasuredPage = keyof typeof MEASURED_PAGES;
const PAGE_NAMES = Object.keys(MEASURED_PAGES) as MeasuredPage[];

/** Main-thread task time (CDP TaskDuration) of one fresh page loading `path`. */
async function taskSeconds(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(600); // let the content script recognise the page and settle
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/**
 * Main-thread task time of loading the start and exam pages: with the extension, with the same
 * extension whose content script is an empty file (what any content script costs), and without an extension;
 * interleaved, one fresh page per load.
 */
export async function measurePortalTasks(runs: number, emptyExtensionDir: string): Promise<{ withExt: number[]; empty: number[]; without: number[] }> {
  const ext = await launchWithExtension(makeProfileDir());
  const empty = await launchWithExtension(makeProfileDir(), { extensionDir: emptyExtensionDir });
  const plain = await launchWithoutExtension(makeProfileDir());
  try {
    for (const worker of [ext.worker, empty.worker]) await setStorage(worker, { config: makeTestConfig(), profile: TEST_PROFILE });
    const result = { withExt: [] as number[], empty: [] as number[], without: [] as number[] };
    const contexts = [[ext.context, result.withExt], [empty.context, result.empty], [plain, result.without]] as const;
    for (const [context] of contexts) await routePortal(context, 'classic');
    for (let i = 0; i <= runs; i++) {
      for (const [context, out] of contexts) {
        await loginCookies(context, true);
        let total = 0;
        for (const url of Object.values(MEASURED_PAGES)) total += await taskSeconds(context, url);
        if (i > 0) out.push(total * 1000);
      }
    }
    return result;
  } finally {
    await ext.context.close();
    await empty.context.close();
    await plain.close();
  }
}

// Trace events that are this extension's script at work in the portal's main thread.
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; args?: { data?: { url?: string; scriptName?: string } } };
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'EventDispatch']);

/** Per page, one figure per run (ms): the script's own trace time and Chromium's injection work. */
export type PageTraces = Record<MeasuredPage | 'examInProgress', { script: number[]; inject: number[] }>;

const emptyTraces = (): PageTraces =>
  Object.fromEntries([...PAGE_NAMES, 'examInProgress'].map((name) => [name, { script: [], inject: [] }])) as unknown as PageTraces;

/** Both figures of one page load, from its trace. */
async function tracePage(context: BrowserContext, url: string): Promise<{ script: number; inject: number }> {
  const events = await traceLoad(context, url);
  let inject = 0;
  for (const e of events) if (e.ph === 'X' && e.name === 'ScriptInjection::InjectJs') inject += (e.dur ?? 0) / 1000;
  return { script: contentScriptMs(events), inject };
}

/** Sums of the measured pages, per run. */
export function sumPages(traces: PageTraces, figure: 'script' | 'inject'): number[] {
  return traces.start[figure].map((_, i) => PAGE_NAMES.reduce((sum, name) => sum + traces[name][figure][i]!, 0));
}

/**
 * From Chromium traces of loading the measured pages, per page and run: `script`, the CPU time of
 * the content script itself (evaluation, compilation and the callbacks whose script is portal.js);
 * `inject`, the browser's own work of injecting a content script (ScriptInjection::InjectJs: making
 * the isolated world it runs in), which any content script costs, whatever it holds. Our extension
 * and the same one with an empty content script are loaded side by side and traced interleaved, so
 * both see the same machine. Last, with an attempt in progress (a real click on "BẮT ĐẦU THI"), the
 * exam page again: there the script reads the whole page (the timer, the result that completes it).
 */
export async function measurePortalScript(runs: number, emptyExtensionDir: string): Promise<{ ours: PageTraces; empty: PageTraces }> {
  const ours = await launchWithExtension(makeProfileDir());
  const empty = await launchWithExtension(makeProfileDir(), { extensionDir: emptyExtensionDir });
  try {
    const result = { ours: emptyTraces(), empty: emptyTraces() };
    const browsers = [[ours, result.ours], [empty, result.empty]] as const;
    for (const [ext] of browsers) {
      await setStorage(ext.worker, { config: makeTestConfig(), profile: TEST_PROFILE });
      await routePortal(ext.context, 'classic');
    }
    const measure = async (i: number, names: readonly (MeasuredPage | 'examInProgress')[]) => {
      for (const [ext, out] of browsers) {
        await loginCookies(ext.context, true);
        for (const name of names) {
          const figures = await tracePage(ext.context, MEASURED_PAGES[name === 'examInProgress' ? 'exam' : name]);
          if (i > 0) for (const key of ['script', 'inject'] as const) out[name][key].push(figures[key]);
        }
      }
    };
    for (let i = 0; i <= runs; i++) await measure(i, PAGE_NAMES);
    for (const [ext] of browsers) await startAttempt(ext.context);
    for (let i = 0; i <= runs; i++) await measure(i, ['examInProgress']);
    return result;
  } finally {
    await ours.context.close();
    await empty.context.close();
  }
}

/** A real click on "BẮT ĐẦU THI": the attempt is recorded and stays in progress. */
async function startAttempt(context: BrowserContext): Promise<void> {
  await loginCookies(context, false);
  await context.clearCookies({ name: EXAM_COOKIE });
  const page = await context.newPage();
  await page.goto(MEASURED_PAGES.start);
  await page.waitForTimeout(400);
  await page.getByRole('button', { name: 'BẮT ĐẦU THI' }).click();
  await page.getByText('Thời gian còn lại').waitFor();
  await page.waitForTimeout(400);
  await page.close();
}

/** Every trace event of one fresh page loading `path` and settling. */
export async function traceLoad(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,extensions', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(600);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

/** Time covered by portal.js's own events; they nest (a compile inside an evaluation), so each moment counts once. */
function contentScriptMs(events: readonly TraceEvent[]): number {
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur && SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').endsWith('/portal.js'))
    .map((e) => [e.ts, e.ts + e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let ms = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to > end) ms += (to - Math.max(from, end)) / 1000;
    end = Math.max(end, to);
  }
  return ms;
}
