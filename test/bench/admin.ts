// import30k: the admin page imports a 30,000-receipt export and a 3,000-person roster and shows the
// report; compared with a bare JSON.parse of the same bytes in the same page, interleaved, medians.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { computeReceiptDigest } from '../../lib/receipts/digest';
import type { Receipt } from '../../lib/receipts/schema';
import { exportFile, makeAdminReceipt, makePeople, rosterCsv } from '../support/admin-data';
import { launchWithExtension, makeProfileDir } from '../support/browser';

const RECEIPTS = 30_000;
const STAFF = 3_000;

/** 30,000 receipts: every person in every round but a few, with real digests (varied ids and rounds). */
export async function makeReceipts(): Promise<Receipt[]> {
  const people = makePeople(STAFF);
  const template = await makeAdminReceipt(people[0]!, 1, 0);
  const out: Receipt[] = [];
  for (let n = 0; out.length < RECEIPTS; n++) {
    const who = people[n % STAFF]!;
    const round = (Math.floor(n / STAFF) % 4) + 1;
    const body = { ...template, receiptId: `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`, round, participant: who, portalAccount: who.fullName };
    const { digest: _d, ...rest } = body;
    out.push({ ...body, digest: await computeReceiptDigest(rest) });
  }
  return out;
}

// Runs in the page: wait for the import to finish and read the marks and the long tasks that
// started inside the import (a task observed late, e.g. the bare parse of the previous run, is not its).
async function importOnce(page: Page, files: string[]): Promise<{ ms: number; longestTaskMs: number }> {
  await page.evaluate(() => {
    performance.clearMarks();
    const w = window as unknown as { tasks?: PerformanceEntry[] };
    if (!w.tasks) {
      w.tasks = [];
      new PerformanceObserver((list) => w.tasks!.push(...list.getEntries())).observe({ type: 'longtask' });
    }
  });
  await page.getByLabel('Chọn tệp biên nhận').setInputFiles(files);
  await page.waitForFunction(() => performance.getEntriesByName('hoithi:import-done').length > 0, undefined, { timeout: 60_000 });
  await page.getByText('Đang lưu 30000 biên nhận').waitFor();
  await page.waitForTimeout(200); // long-task entries are delivered after the task
  return page.evaluate(() => {
    const start = performance.getEntriesByName('hoithi:import-start')[0]!.startTime;
    const done = performance.getEntriesByName('hoithi:import-done')[0]!.startTime;
    const inside = (window as unknown as { tasks: PerformanceEntry[] }).tasks.filter((t) => t.startTime >= start && t.startTime <= done);
    return { ms: done - start, longestTaskMs: Math.max(0, ...inside.map((t) => t.duration)) };
  });
}

// The same bytes the import read: the File the picker gave, kept by a capturing listener.
async function bareParse(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const file = (window as unknown as { lastFile: File }).lastFile;
    const t0 = performance.now();
    JSON.parse(await file.text());
    return performance.now() - t0;
  });
}

async function clearData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa', exact: true }).click();
  await page.getByText('Đang lưu 0 biên nhận').waitFor();
}

/** Interleaved runs; import includes the roster (imported first, kept) and the aggregation. */
export async function measureImport30k(runs = 3): Promise<{ import: number[]; bare: number[]; longestTaskMs: number[]; peakMB: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoithi-bench-'));
  const receiptsFile = path.join(dir, 'bien-nhan-30k.json');
  const rosterFile = path.join(dir, 'danh-sach-3000.csv');
  writeFileSync(receiptsFile, exportFile(await makeReceipts()));
  writeFileSync(rosterFile, rosterCsv(makePeople(STAFF)));
  const ext = await launchWithExtension(makeProfileDir());
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = { import: [] as number[], bare: [] as number[], longestTaskMs: [] as number[], peakMB: 0 };
  let sampling = true;
  // Peak of the page's JS heap plus the worker's (the worker reports none to CDP here, so we sample the renderer's total).
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
      result.peakMB = Math.max(result.peakMB, used / 1024 / 1024);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/admin.html`);
    await page.getByLabel('Chọn danh sách cán bộ').setInputFiles(rosterFile);
    await page.getByText('(3000 người)').waitFor();
    await page.evaluate(() =>
      document.addEventListener('change', (e) => {
        const input = e.target as HTMLInputElement;
        if (input.files?.[0]?.name.endsWith('.json')) (window as unknown as { lastFile: File }).lastFile = input.files[0];
      }, true),
    );
    for (let i = 0; i <= runs; i++) {
      const run = await importOnce(page, [receiptsFile]);
      const bare = await bareParse(page);
      if (i > 0) {
        // The first run warms the worker, the JIT and the disk cache.
        result.import.push(run.ms);
        result.longestTaskMs.push(run.longestTaskMs);
        result.bare.push(bare);
      }
      await clearData(page);
    }
    return result;
  } finally {
    sampling = false;
    await sampler;
    await ext.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
