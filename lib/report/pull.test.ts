// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCollector, type Collector } from '../collector/server';
import { makeCollectorReceipt, postAll } from '../../test/support/collector-client';
import { getCollectorEndpoint, pullReceipts, type PullCursor } from './pull';

let dir: string;
let collector: Collector;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pull-test-'));
  collector = await startCollector({ dataDir: dir, port: 0, now: Date.now, newToken: () => 'a-read-token-for-tests-only' });
});
afterEach(async () => {
  await collector.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('getCollectorEndpoint', () => {
  it('should add /receipts to an address and allow http only on this machine', () => {
    expect(getCollectorEndpoint(' https://thu.example.gov.vn/ ')).toBe('https://thu.example.gov.vn/receipts');
    expect(getCollectorEndpoint('https://thu.example.gov.vn/hoithi/receipts?x=1')).toBe('https://thu.example.gov.vn/hoithi/receipts');
    expect(getCollectorEndpoint('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787/receipts');
    expect(getCollectorEndpoint('http://thu.example.gov.vn')).toBeUndefined();
    expect(getCollectorEndpoint('https://user:pw@thu.example.gov.vn')).toBeUndefined();
    expect(getCollectorEndpoint('thu.example.gov.vn')).toBeUndefined();
  });
});

describe('pullReceipts', () => {
  const endpoint = () => `${collector.origin}/receipts`;
  it('should read every page, then only what came after on the next pull', async () => {
    const first = Array.from({ length: 12_000 }, (_, i) => makeCollectorReceipt(i));
    await postAll(endpoint(), first.slice(0, 100), 10);
    // The rest straight into the store (one transaction): as if posted, without 12,000 round trips.
    await Promise.all(first.slice(100).map((r) => collector.store.add(r.receiptId, JSON.stringify(r), Date.now())));
    const pages: string[] = [];
    const spy = (url: string, init: { headers: Record<string, string> }) => (pages.push(url), fetch(url, init));
    const one = await pullReceipts(endpoint(), collector.token, undefined, spy);
    expect(one).toMatchObject({ ok: true, read: 12_000, refused: [] });
    if (!one.ok) return;
    expect(new Set(one.receipts.map((r) => r.receiptId))).toEqual(new Set(first.map((r) => r.receiptId)));
    expect(pages).toHaveLength(3);
    expect(one.cursor).toEqual({ endpoint: endpoint(), after: '10000', skip: 2000 });

    const none = await pullReceipts(endpoint(), collector.token, one.cursor, fetch);
    expect(none).toMatchObject({ ok: true, read: 0, receipts: [], cursor: one.cursor });
    const later = [makeCollectorReceipt(1), makeCollectorReceipt(2)];
    await postAll(endpoint(), later, 2);
    const two = await pullReceipts(endpoint(), collector.token, (none as { cursor: PullCursor }).cursor, fetch);
    expect(two).toMatchObject({ ok: true, read: 2, cursor: { after: '10000', skip: 2002 } });
    // A cursor of another address is not used.
    const again = await pullReceipts(endpoint(), collector.token, { endpoint: 'https://other.example/receipts', after: '99', skip: 0 }, fetch);
    expect(again).toMatchObject({ ok: true, read: 12_002 });
  });

  it('should say why a pull failed: wrong token, no server, not a receipt page, a server error', async () => {
    expect(await pullReceipts(endpoint(), 'wrong', undefined, fetch)).toEqual({ ok: false, error: { key: 'admin.pull.unauthorized', params: { address: endpoint() } } });
    expect(await pullReceipts('http://127.0.0.1:9/receipts', 't', undefined, fetch)).toMatchObject({ ok: false, error: { key: 'admin.pull.unreachable' } });
    const answer = (status: number, body: string) => async () => ({ status, ok: status < 300, text: async () => body });
    expect(await pullReceipts(endpoint(), 't', undefined, answer(200, '<html>'))).toMatchObject({ ok: false, error: { key: 'admin.pull.notPage', params: { field: 'JSON' } } });
    expect(await pullReceipts(endpoint(), 't', undefined, answer(200, '{"kind":"hoithi.receipts","version":2}'))).toMatchObject({ ok: false, error: { key: 'admin.pull.notPage', params: { field: 'version' } } });
    expect(await pullReceipts(endpoint(), 't', undefined, answer(502, ''))).toMatchObject({ ok: false, error: { key: 'admin.pull.httpError', params: { status: 502 } } });
  });

  it('should refuse a bad receipt of a page by its position and read the rest', async () => {
    const good = makeCollectorReceipt(1);
    const body = JSON.stringify({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-09T09:00:00+07:00', receipts: [good, { ...good, round: 'x' }] });
    const result = await pullReceipts(endpoint(), 't', undefined, async () => ({ status: 200, ok: true, text: async () => body }));
    expect(result).toMatchObject({ ok: true, read: 1, refused: [{ row: 2, field: 'round' }] });
  });
});
