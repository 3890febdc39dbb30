// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptExportSchema } from '../receipts/schema';
import { makeCollectorReceipt, postAll } from '../../test/support/collector-client';
import type { Answer } from './handler';
import { startCollector, type Collector } from './server';

let dir: string;
const running: Collector[] = [];
let answers: Answer[] = [];
let tokens = 0;

async function start(): Promise<Collector> {
  const collector = await startCollector({
    dataDir: dir, port: 0, now: () => Date.parse('2022-08-09T02:00:00Z'), newToken: () => `token-${++tokens}-0123456789abcdef`, onAnswer: (a) => answers.push(a),
  });
  running.push(collector);
  return collector;
}
const get = (c: Collector, query: string, headers: Record<string, string> = { Authorization: `Bearer ${c.token}` }) =>
  fetch(`${c.origin}/receipts${query}`, { headers });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'collector-test-'));
  answers = [];
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('department collector', () => {
  it('should page what it stored, oldest first, with a next cursor until the last page', async () => {
    const c = await start();
    const receipts = Array.from({ length: 7 }, (_, i) => makeCollectorReceipt(i));
    for (const r of receipts) expect(await postAll(`${c.origin}/receipts`, [r], 1)).toEqual([201]);
    const pages: unknown[][] = [];
    let after = '';
    for (;;) {
      const res = await get(c, `?limit=3${after ? `&after=${after}` : ''}`);
      expect(res.status).toBe(200);
      const { next, ...page } = (await res.json()) as { next?: string; receipts: unknown[] };
      expect(receiptExportSchema.safeParse(page).success).toBe(true);
      expect(page).toMatchObject({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-09T09:00:00+07:00' });
      pages.push(page.receipts);
      if (next === undefined) break;
      after = next;
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(receipts);
    // A cursor past the end gives an empty page and no next.
    expect(await (await get(c, `?after=${after}&limit=5000`)).json()).toMatchObject({ receipts: [receipts[6]] });
    expect(await (await get(c, '?after=999')).json()).not.toHaveProperty('next');
  });

  it('should answer 401 and nothing without the token, and keep the token across restarts', async () => {
    const c = await start();
    await postAll(`${c.origin}/receipts`, [makeCollectorReceipt(1)], 1);
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${c.token}` }, { Authorization: `Bearer ${c.token}x` }] as Record<string, string>[]) {
      const res = await get(c, '', headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'Mã truy cập sai hoặc thiếu (Missing or wrong access token)' });
    }
    expect(c.tokenCreated).toBe(true);
    const file = path.join(dir, 'read-token');
    expect(readFileSync(file, 'utf8').trim()).toBe(c.token);
    expect(statSync(file).mode & 0o077).toBe(0);
    await c.close();
    const again = await start();
    expect(again.tokenCreated).toBe(false);
    expect(again.token).toBe(c.token);
    expect((await get(again, '')).status).toBe(200);
  });

  it('should refuse a bad cursor or limit with a message naming it', async () => {
    const c = await start();
    for (const [query, field] of [['?after=abc', 'after'], ['?after=-1', 'after'], ['?limit=0', 'limit'], ['?limit=5001', 'limit'], ['?limit=1.5', 'limit']]) {
      const res = await get(c, query!);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(new RegExp(`^Tham số "${field}"`));
    }
  });

  it('should allow an extension page to read across origins, and no web page', async () => {
    const c = await start();
    const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(`${c.origin}/receipts`, { method: 'OPTIONS', headers: { Origin: ext, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ext);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization');
    expect((await get(c, '', { Origin: ext, Authorization: `Bearer ${c.token}` })).headers.get('access-control-allow-origin')).toBe(ext);
    // The 401 carries CORS too, so the admin page can say "wrong token" rather than "unreachable".
    expect((await get(c, '', { Origin: ext })).headers.get('access-control-allow-origin')).toBe(ext);
    expect((await get(c, '', { Origin: 'https://evil.example', Authorization: `Bearer ${c.token}` })).headers.get('access-control-allow-origin')).toBeNull();
    const postPreflight = await fetch(`${c.origin}/receipts`, { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'POST' } });
    expect(postPreflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(postPreflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
  });

  it('should answer /health and log one line per request', async () => {
    const c = await start();
    const health = await fetch(`${c.origin}/health`);
    expect(await health.json()).toEqual({ ok: true });
    await postAll(`${c.origin}/receipts`, [makeCollectorReceipt(1)], 1);
    await get(c, '', {});
    expect(answers.map((a) => `${a.method} ${a.path} ${a.status}`)).toEqual(['GET /health 200', 'POST /receipts 201', 'GET /receipts 401']);
  });

  it('should store exactly the distinct receipts of 1,000 racing POSTs over 50 connections, repeats answered 409', async () => {
    const c = await start();
    const distinct = Array.from({ length: 800 }, (_, i) => makeCollectorReceipt(i));
    // Every fifth request repeats a key sent a little earlier, often while the first is still in flight.
    const sent = distinct.flatMap((r, i) => (i % 4 === 3 ? [r, distinct[i - Math.min(i, 1 + (i % 40))]!] : [r]));
    expect(sent).toHaveLength(1000);
    const outcomes = await postAll(`${c.origin}/receipts`, sent, 50);
    expect(outcomes.filter((o) => o === 201)).toHaveLength(800);
    expect(outcomes.filter((o) => o === 409)).toHaveLength(200);
    const byKey = new Map<string, number[]>();
    sent.forEach((r, i) => byKey.set(r.receiptId, [...(byKey.get(r.receiptId) ?? []), outcomes[i] as number]));
    for (const statuses of byKey.values()) expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const page = (await (await get(c, '?limit=5000')).json()) as { receipts: { receiptId: string }[] };
    expect(page.receipts).toHaveLength(800);
    expect(new Set(page.receipts.map((r) => r.receiptId))).toEqual(new Set(distinct.map((r) => r.receiptId)));
  });

  it('should finish the requests in flight on close and store what it answered 201', async () => {
    const c = await start();
    const receipts = Array.from({ length: 300 }, (_, i) => makeCollectorReceipt(i));
    let closing: Promise<void> | undefined;
    const outcomes = await postAll(`${c.origin}/receipts`, receipts, 20, (i) => {
      if (i === 50) closing = c.close();
    });
    await closing;
    const accepted = receipts.filter((_, i) => outcomes[i] === 201).map((r) => r.receiptId);
    expect(accepted.length).toBeGreaterThanOrEqual(50);
    expect(outcomes.every((o) => o === 201 || o === 'error')).toBe(true);
    const again = await start();
    const page = (await (await get(again, '?limit=5000')).json()) as { receipts: { receiptId: string }[] };
    expect(page.receipts.map((r) => r.receiptId).sort()).toEqual([...accepted].sort());
  });
});
