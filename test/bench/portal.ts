// Portal-side figures: how fast the second-attempt warning appears, and what the content script
// adds to the portal's own main-thread work.
import type { BrowserContext } from '@playwright/test';
import { EXAM_COOKIE, PORTAL_ORIGIN, SESSION_COOKIE } from '../fixtures/portal/server';
import { launchWithExtension, launchWithoutExtension, makeProfileDir, routePortal, setStorage } from '../support/browser';
import { TEST_PROFILE, makeTestConfig } from '../support/test-config';


async function loginCookies(context: BrowserContext, examRunning: boolean): Promise<void> {
  const cookies = [{ name: SESSION_COOKIE, value: 'nguyenvana', url: PORTAL_ORIGIN }];
  if (examRunning) cookies.push({ name: EXAM_COOKIE, value: `s.${Date.now()}`, url: PORTAL_ORIGIN });
  await context.addCookies(cookies);
}

// Evaluated as a string: tsx's name-keeping helpers do not exist inside the page.
const CLICK_TO_DIALOG = `new Promise((resolve, reject) => {
  const start = [...document.querySelectorAll('button')].find((b) => /BẮT ĐẦU THI/.test(b.textContent));
  const t0 = performance.now();
  start.click();
  const dialog = document.querySelector('hoithi-warning')?.shadowRoot?.querySelector('[role="alertdialog"]');
  if (!dialog) return reject(new Error('no dialog after the click'));
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
})`;

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
      const ms = (await page.evaluate(CLICK_TO_DIALOG)) as number;
      if (i > 0) samples.push(ms);
      await page.close();
    }
    return samples;
  } finally {
    await context.close();
  }
}

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

/** The replica pages every portal figure loads: the start page, then the exam page. */
const MEASURED_PAGES = ['/', '/thi/bai-thi'];

/** Main-thread task time (CDP TaskDuration) of one fresh page loading `path`. */
async function taskSeconds(context: BrowserContext, path: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${PORTAL_ORIGIN}${path}`);
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
        for (const path of MEASURED_PAGES) total += await taskSeconds(context, path);
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

/**
 * From a Chromium trace of loading the start and exam pages, per run (ms, both pages together):
 * `script`, the CPU time of the content script itself (evaluation, compilation and the callbacks
 * whose script is portal.js); `inject`, the browser's own work of injecting a content script into the
 * page (ScriptInjection::InjectJs: making the isolated world the script runs in), which any content
 * script costs, whatever it holds. Unlike the TaskDuration difference of two browsers, neither
 * carries noise from the rest of the page load.
 */
export async function measurePortalScript(runs: number, extensionDir?: string): Promise<{ script: number[]; inject: number[] }> {
  const ext = await launchWithExtension(makeProfileDir(), { extensionDir });
  try {
    await setStorage(ext.worker, { config: makeTestConfig(), profile: TEST_PROFILE });
    await routePortal(ext.context, 'classic');
    const result = { script: [] as number[], inject: [] as number[] };
    for (let i = 0; i <= runs; i++) {
      await loginCookies(ext.context, true);
      let script = 0;
      let inject = 0;
      for (const path of MEASURED_PAGES) {
        const events = await traceLoad(ext.context, path);
        script += contentScriptMs(events);
        for (const e of events) if (e.ph === 'X' && e.name === 'ScriptInjection::InjectJs') inject += (e.dur ?? 0) / 1000;
      }
      if (i > 0) {
        result.script.push(script);
        result.inject.push(inject);
      }
    }
    return result;
  } finally {
    await ext.context.close();
  }
}

/** Every trace event of one fresh page loading `path` and settling. */
async function traceLoad(context: BrowserContext, path: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,extensions', transferMode: 'ReportEvents' });
  await page.goto(`${PORTAL_ORIGIN}${path}`);
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
