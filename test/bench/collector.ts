// collectorPostsPerSec: receipts POSTed over 50 keep-alive connections on loopback to the
// collector in its own process (durable commits: WAL, synchronous=FULL), against the same requests
// answered 201 by a bare node:http server that stores nothing (floor-server.ts). Interleaved runs.
// pull30k: the admin page pulling 30,000 receipts from the collector and showing the report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startCollector } from '../../lib/collector/server';
import type { Receipt } from '../../lib/receipts/schema';
import { makeCollectorReceipt, postAll } from '../support/collector-client';
import { makePeople, rosterCsv } from '../support/admin-data';
import { spawnReceiptServer } from '../support/collector-process';
import { launchWithExtension, makeProfileDir } from '../support/browser';

const CONNECTIONS = 50;
const POSTS = 4000;

async function spawnServer(script: string, args: string[] = []): Promise<{ url: string; stop: () => Promise<unknown> }> {
  const server = await spawnReceiptServer(script, args);
  return { url: server.url, stop: () => (server.child.kill('SIGTERM'), server.exited) };
}

async function postsPerSec(url: string): Promise<number> {
  const receipts = Array.from({ length: POSTS }, (_, i) => makeCollectorReceipt(i));
  await postAll(url, receipts.slice(0, 200), CONNECTIONS); // warm-up: connections, JIT
  const t0 = performance.now();
  const outcomes = await postAll(url, receipts.slice(200), CONNECTIONS);
  const seconds = (performance.now() - t0) / 1000;
  if (outcomes.some((o) => o !== 201)) throw new Error(`not every POST got 201: ${[...new Set(outcomes)].join(', ')}`);
  return (POSTS - 200) / seconds;
}

/** Interleaved runs against the collector (fresh data directory each) and the floor server. */
export async function measureCollectorPosts(runs: number): Promise<{ collector: number[]; floor: number[] }> {
  const result = { collector: [] as number[], floor: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoithi-bench-collector-'));
    const collector = await spawnServer('lib/collector/cli.ts', ['--data', dir, '--port', '0']);
    try {
      result.collector.push(await postsPerSec(collector.url));
    } finally {
      await collector.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    const floor = await spawnServer('test/bench/floor-server.ts');
    try {
      result.floor.push(await postsPerSec(floor.url));
    } finally {
      await floor.stop();
    }
  }
  return result;
}

async function pullOnce(page: Page, origin: string, token: string, count: number): Promise<number> {
  await page.evaluate(() => performance.clearMarks());
  const pull = page.getByRole('region', { name: 'Lấy từ máy chủ' });
  await pull.getByLabel('Địa chỉ máy chủ').fill(origin);
  await pull.getByLabel('Mã truy cập').fill(token);
  await pull.getByRole('button', { name: 'Lấy từ máy chủ' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('hoithi:pull-done').length > 0, undefined, { timeout: 120_000 });
  await pull.getByText(`đọc ${count} biên nhận, ${count} mới`).waitFor();
  return page.evaluate(() => performance.getEntriesByName('hoithi:pull-done')[0]!.startTime - performance.getEntriesByName('hoithi:pull-start')[0]!.startTime);
}

/** The admin page pulls `receipts` (30,000) from a collector holding them, with a 3,000-person roster; after a warm-up run. */
export async function measurePull(receipts: readonly Receipt[], runs: number): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoithi-bench-pull-'));
  const collector = await startCollector({ dataDir: dir, port: 0, now: Date.now, newToken: () => 'bench-read-token-0123456789' });
  await Promise.all(receipts.map((r) => collector.store.add(r.receiptId, JSON.stringify(r), Date.now())));
  const ext = await launchWithExtension(makeProfileDir());
  const times: number[] = [];
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/admin.html`);
    const roster = { name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(makePeople(3000))) };
    for (let i = 0; i <= runs; i++) {
      // The clear after each run forgets the roster too: it is imported again, untimed.
      await page.getByLabel('Chọn danh sách cán bộ').setInputFiles(roster);
      await page.getByText('(3000 người)').waitFor();
      const ms = await pullOnce(page, collector.origin, collector.token, receipts.length);
      if (i > 0) times.push(ms);
      await page.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Xóa', exact: true }).click();
      await page.getByText('Đang lưu 0 biên nhận').waitFor();
    }
    return times;
  } finally {
    await ext.context.close();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
