// Launching Chromium with the built extension and serving the replica portal: shared by the
// e2e tests, the demo and the benchmarks.
import { chromium, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEPARTMENT_ORIGIN, PROVINCE_ORIGIN, handleEmbedding } from '../fixtures/portal/embedding';
import { createPortalHandler, PORTAL_ORIGIN, type PortalOptions, type PortalResponse, type PortalVariant } from '../fixtures/portal/server';

// The extension API as seen inside the service worker, where `evaluate` callbacks run.
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** The built extension; HOITHI_EXTENSION_DIR points elsewhere (e.g. a build with HOITHI_OUT_DIR). */
export const EXTENSION_DIR = path.resolve(process.env.HOITHI_EXTENSION_DIR ?? '.output/chrome-mv3');
export const VARIANTS: PortalVariant[] = ['classic', 'spa'];

/** HOITHI_CHROMIUM overrides; Debian's Chromium when present; else Playwright's own browser. */
export function getBrowserExecutable(): string | undefined {
  const fromEnv = process.env.HOITHI_CHROMIUM;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

// Quiet, offline Chromium: nothing but the test's own routes leaves the machine.
const BROWSER_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The same Chromium without any extension, for comparisons (the bench's "without" browser). */
export function launchWithoutExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: getBrowserExecutable(), headless: true, args: BROWSER_ARGS });
}

/** Launches Chromium with the built extension on `userDataDir` (reuse the directory to "restart"). */
export async function launchWithExtension(
  userDataDir: string,
  options: { headless?: boolean; extensionDir?: string; env?: Record<string, string>; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: getBrowserExecutable(),
    headless: options.headless ?? true,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BROWSER_ARGS, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

function followInPage(redirect: PortalResponse): PortalResponse {
  const { location = '/', ...headers } = redirect.headers;
  const to = location.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return { status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: `<!DOCTYPE html><meta http-equiv="refresh" content="0;url=${to}">` };
}

/**
 * Serves the replica portal at the real portal address (or at `origin`, an edition on another host),
 * and the provincial and department pages that embed it; nothing else leaves the machine.
 */
export async function routePortal(
  context: BrowserContext,
  variant: PortalVariant,
  options: Omit<PortalOptions, 'variant'> & { origin?: string } = {},
): Promise<void> {
  const handle = createPortalHandler({ variant, ...options });
  const serve = async (route: Route) => {
    const request = route.request();
    const req = { method: request.method(), url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? undefined };
    let response = handleEmbedding(req) ?? handle(req);
    // Playwright does not intercept the request a fulfilled redirect leads to inside an iframe (it
    // went to the network: net::ERR_NAME_NOT_RESOLVED), so a framed redirect is followed by the page.
    if (response.status === 302 && request.isNavigationRequest() && request.frame().parentFrame()) response = followInPage(response);
    await route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  };
  await context.route(`${options.origin ?? PORTAL_ORIGIN}/**`, serve);
  await context.route(`${PROVINCE_ORIGIN}/**`, serve);
  await context.route(`${DEPARTMENT_ORIGIN}/**`, serve);
}

/** Writes extension storage through the service worker, as the options page would. */
export async function setStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Every record of one store of the extension's IndexedDB, read from the worker or an extension page. */
async function readStore<T>(from: Worker | Page, store: string): Promise<T[]> {
  return (from as Worker).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('hoithi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const get = db.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => resolve(get.result as T[]);
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}

/** Every attempt record in the extension's IndexedDB. */
export function readAttempts(from: Worker | Page): Promise<Array<Record<string, unknown>>> {
  return readStore(from, 'attempts');
}

export function makeProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'hoithi-e2e-'));
}

/** Every outbox entry (receipt + delivery state) in the extension's IndexedDB. */
export function readOutbox(from: Worker | Page): Promise<Array<Record<string, unknown> & { state: string; receipt: { receiptId: string } }>> {
  return readStore(from, 'outbox');
}

/**
 * Stops the extension's service worker the way Chrome documents it (CDP Target.closeTarget on the
 * worker's target), from a page's CDP session; the next event starts a fresh worker.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('no extension service worker is running');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

/** Sends a message to the background from an extension page, in @webext-core/messaging's format. */
export async function messageFromExtensionPage(page: Page, type: string): Promise<unknown> {
  return page.evaluate(
    (messageType) => chrome.runtime.sendMessage({ id: Date.now(), type: messageType, data: undefined, timestamp: Date.now() }),
    type,
  );
}
