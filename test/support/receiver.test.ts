// @vitest-environment node
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleBody } from '../../lib/receipts/test-data';
import { MAX_BODY_BYTES, startReceiver, type Receiver, type ReceiverOptions } from './receiver';

/** The §4.2 example receipt with a fresh id; the digest only has to look like SHA-256 hex here. */
function makeReceipt(overrides: Record<string, unknown> = {}) {
  const receiptId = randomUUID();
  return { ...exampleBody, receiptId, digest: createHash('sha256').update(receiptId).digest('hex'), ...overrides };
}

type Sent = { status: number; headers: Headers; body: Record<string, unknown> | undefined };

async function post(
  url: string,
  body: unknown,
  { key, contentType = 'application/json', signal }: { key?: string | null; contentType?: string | null; signal?: AbortSignal } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {};
  if (contentType !== null) headers['Content-Type'] = contentType;
  const idempotencyKey = key === undefined ? (body as { receiptId?: string }).receiptId : key;
  if (idempotencyKey !== null && idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body), signal });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

let dir: string;
const receivers: Receiver[] = [];
async function start(options: ReceiverOptions = {}) {
  const receiver = await startReceiver(options);
  receivers.push(receiver);
  return receiver;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'receiver-test-'));
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('reference receiver', () => {
  it('should accept a receipt once, answer 409 to a repeat and hold exactly one row in its database', async () => {
    const dataDir = path.join(dir, 'nested', 'collector');
    const receiver = await start({ dataDir });
    const receipt = makeReceipt();

    const first = await post(receiver.url, receipt);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ status: 'accepted', receiptId: receipt.receiptId });
    const second = await post(receiver.url, receipt);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ status: 'duplicate' });

    const db = new DatabaseSync(path.join(dataDir, 'receipts.sqlite'), { readOnly: true });
    const rows = db.prepare('SELECT body FROM receipts').all() as { body: string }[];
    db.close();
    expect(rows.map((r) => JSON.parse(r.body))).toEqual([receipt]);
    expect(receiver.accepted()).toEqual([receipt]);
    expect(receiver.stats()).toEqual({
      requests: 2, accepted: 1, duplicates: 1, rejected: 0, failed: 0, hung: 0, byKey: { [receipt.receiptId]: 2 },
    });
  });

  it('should remember receipts already in its data directory after a restart', async () => {
    const dataDir = path.join(dir, 'collector');
    const receipt = makeReceipt();
    const first = await start({ dataDir });
    expect((await post(first.url, receipt)).status).toBe(201);
    await first.close();

    const second = await start({ dataDir });
    expect(second.accepted()).toEqual([receipt]);
    expect((await post(second.url, receipt)).status).toBe(409);
    expect(second.accepted()).toHaveLength(1);
  });

  it("should serve the collector's token-protected pages of what it accepted", async () => {
    const receiver = await start();
    const receipt = makeReceipt();
    await post(receiver.url, receipt);
    expect((await fetch(receiver.url)).status).toBe(401);
    const page = await fetch(receiver.url, { headers: { Authorization: `Bearer ${receiver.token}` } });
    expect(page.status).toBe(200);
    expect(await page.json()).toMatchObject({ kind: 'hoithi.receipts', version: 1, receipts: [receipt] });
  });

  it('should answer a CORS preflight with 204 and send CORS headers on every answer', async () => {
    const receiver = await start();
    const preflight = await fetch(receiver.url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries([...preflight.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key',
      'access-control-max-age': '600',
    });

    const accepted = await post(receiver.url, makeReceipt());
    const rejected = await post(receiver.url, makeReceipt(), { contentType: 'text/plain' });
    const notFound = await fetch(new URL('/elsewhere', receiver.url));
    for (const res of [accepted, rejected, notFound]) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    expect(notFound.status).toBe(404);
    expect((await fetch(receiver.url, { method: 'PUT' })).status).toBe(405);
    expect(receiver.stats().requests).toBe(2); // only POSTs to the path count
  });

  it('should answer 503 with Retry-After in mode 503 without storing, then accept once back to ok', async () => {
    const receiver = await start({ mode: '503', retryAfterSeconds: 7 });
    const receipt = makeReceipt();

    const down = await post(receiver.url, receipt);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('7');
    expect(down.body?.error).toEqual(expect.any(String));
    expect(receiver.accepted()).toEqual([]);

    receiver.setMode('ok');
    expect((await post(receiver.url, receipt)).status).toBe(201);
    expect(receiver.stats()).toMatchObject({ requests: 2, failed: 1, accepted: 1, byKey: { [receipt.receiptId]: 2 } });
  });

  it('should not send Retry-After when it is not configured', async () => {
    const receiver = await start({ mode: '503' });
    const res = await post(receiver.url, makeReceipt());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeNull();
  });

  it('should refuse every receipt with a Vietnamese message in mode 400', async () => {
    const receiver = await start({ mode: '400' });
    const res = await post(receiver.url, makeReceipt());
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'Máy chủ từ chối biên nhận (chế độ thử 400)' });
    expect(receiver.accepted()).toEqual([]);
    expect(receiver.stats()).toMatchObject({ requests: 1, rejected: 1 });
  });

  it('should never answer in mode hang, so the client times out, and count the hung request', async () => {
    const receiver = await start({ mode: 'hang' });
    const started = Date.now();
    const error = await post(receiver.url, makeReceipt(), { signal: AbortSignal.timeout(300) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(receiver.stats()).toMatchObject({ requests: 1, hung: 1, accepted: 0 });
    expect(receiver.accepted()).toEqual([]);
  });

  it('should cut hung requests on releaseHung and on close', async () => {
    const receiver = await start({ mode: 'hang' });
    const released = post(receiver.url, makeReceipt()).catch((e: unknown) => e);
    await expect.poll(() => receiver.stats().hung).toBe(1);
    receiver.releaseHung();
    expect(await released).toBeInstanceOf(TypeError); // fetch failed: the socket was destroyed

    const pending = post(receiver.url, makeReceipt()).catch((e: unknown) => e);
    await expect.poll(() => receiver.stats().hung).toBe(2);
    const closing = Date.now();
    await receiver.close();
    expect(Date.now() - closing).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(TypeError);
  });

  it('should make the same flaky choices for the same seed', async () => {
    async function run(seed: number) {
      const receiver = await start({ mode: 'flaky', flakyRate: 0.5, seed, retryAfterSeconds: 1 });
      const outcomes: (number | 'hang')[] = [];
      for (let i = 0; i < 24; i++) {
        const result = await post(receiver.url, makeReceipt(), { signal: AbortSignal.timeout(150) }).catch(() => 'hang' as const);
        outcomes.push(result === 'hang' ? result : result.status);
      }
      return { outcomes, stats: receiver.stats(), accepted: receiver.accepted().length };
    }
    const [a, b] = await Promise.all([run(42), run(42)]);
    expect(a.outcomes).toEqual(b.outcomes);
    expect(new Set(a.outcomes)).toEqual(new Set([201, 503, 'hang']));
    const count = (v: number | 'hang') => a.outcomes.filter((o) => o === v).length;
    expect(a.stats).toMatchObject({ requests: 24, accepted: count(201), failed: count(503), hung: count('hang') });
    expect(a.accepted).toBe(count(201));
  });

  it('should answer 415 to a wrong content type and 400 to a missing Idempotency-Key', async () => {
    const receiver = await start();
    const receipt = makeReceipt();

    const wrongType = await post(receiver.url, receipt, { contentType: 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body?.error).toMatch(/application\/json/);
    expect((await post(receiver.url, receipt, { contentType: 'application/json; charset=utf-8', key: randomUUID() })).status).toBe(400);

    const noKey = await post(receiver.url, receipt, { key: null });
    expect(noKey.status).toBe(400);
    expect(noKey.body?.error).toBe('Thiếu tiêu đề Idempotency-Key (Missing Idempotency-Key header)');
    expect(receiver.accepted()).toEqual([]);
  });

  it('should answer 400 when the Idempotency-Key is not the receiptId', async () => {
    const receiver = await start();
    const res = await post(receiver.url, makeReceipt(), { key: randomUUID() });
    expect(res.status).toBe(400);
    expect(res.body?.error).toMatch(/Idempotency-Key.*receiptId/);
    expect(receiver.accepted()).toEqual([]);
  });

  it('should name the first bad field of an invalid receipt in Vietnamese', async () => {
    const receiver = await start();
    const base = makeReceipt();
    const cases: [unknown, RegExp][] = [
      [{ ...base, participant: { ...base.participant, unit: '' } }, /^Biên nhận không hợp lệ: trường "participant\.unit" — quá ngắn hoặc rỗng \(too short or empty\)$/],
      [{ ...base, round: 'hai' }, /^Biên nhận không hợp lệ: trường "round" — phải là số/],
      [(({ contestId: _, ...rest }) => rest)(base), /^Biên nhận không hợp lệ: trường "contestId" — bắt buộc nhưng bị thiếu/],
      [{ ...base, digest: 'ABC' }, /trường "digest" — sai định dạng/],
      [{ ...base, confirmation: 'maybe' }, /trường "confirmation" — phải là một trong: "confirmed", "unconfirmed"/],
      [{ ...base, warnings: ['bogus'] }, /trường "warnings\[0\]"/],
      [{ ...base, extra: 1 }, /trường "extra" — không có trong biên nhận/],
      [{ ...base, durationSeconds: 1 }, /trường "durationSeconds" — không hợp lệ \(expected 457 from startedAt and submittedAt\)/],
    ];
    for (const [body, message] of cases) {
      const res = await post(receiver.url, body, { key: base.receiptId });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body?.error).toMatch(message);
    }
    const notJson = await post(receiver.url, '{"kind":', { key: base.receiptId });
    expect(notJson.status).toBe(400);
    expect(notJson.body?.error).toMatch(/JSON/);
    const notObject = await post(receiver.url, [1, 2], { key: base.receiptId });
    expect(notObject.status).toBe(400);
    expect(notObject.body?.error).toMatch(/^Biên nhận không hợp lệ: phải là đối tượng/);

    expect(receiver.accepted()).toEqual([]);
    expect(receiver.stats()).toMatchObject({ requests: cases.length + 2, rejected: cases.length + 2, accepted: 0 });
    expect((await post(receiver.url, base)).status).toBe(201); // the rejections did not burn the key
  });

  it('should answer 413 to a body over 64 KB', async () => {
    const receiver = await start();
    const receipt = makeReceipt({ contestId: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await post(receiver.url, receipt);
    expect(res.status).toBe(413);
    expect(res.body?.error).toMatch(/64 KB/);
    expect(receiver.stats()).toMatchObject({ requests: 1, rejected: 1 });
  });

  it('should only bind 127.0.0.1', async () => {
    await expect(startReceiver({ host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1/);
    const receiver = await start();
    expect(new URL(receiver.url).hostname).toBe('127.0.0.1');
    expect(receiver.url).toBe(`http://127.0.0.1:${receiver.port}/receipts`);

    // Linux: the kernel's socket table shows the listener on 127.0.0.1 only (no connection is made).
    if (existsSync('/proc/net/tcp')) {
      const portHex = receiver.port.toString(16).toUpperCase().padStart(4, '0');
      const listeners = (file: string) =>
        existsSync(file)
          ? readFileSync(file, 'utf8').split('\n').slice(1).map((line) => line.trim().split(/\s+/))
              .filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${portHex}`))
              .map((cols) => cols[1]!.split(':')[0])
          : [];
      expect(listeners('/proc/net/tcp')).toEqual(['0100007F']);
      expect(listeners('/proc/net/tcp6')).toEqual([]);
    }
  });
});
