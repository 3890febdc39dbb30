import { afterEach, describe, expect, it, vi } from 'vitest';
import { addOutboxEntry, getOutboxEntries } from './outbox-repo';
import { closeDb, DB_NAME } from '../db/open';
import { MIN_RETRY_MS } from './backoff';
import { createOutbox, LEASE_MS, type OutboxDeps } from './outbox';
import { createOutboxEntry } from './outbox-entry';
import { exampleReceipt } from './test-data';

const ENDPOINT = 'https://so-khcn.example.gov.vn/hoithi/receipts';

afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase(DB_NAME);
});

function receipt(n: number) {
  return { ...exampleReceipt, receiptId: `3b241101-e2bb-4255-8caf-${String(n).padStart(12, '0')}` };
}

async function queue(count: number, now: number) {
  for (let i = 0; i < count; i++) await addOutboxEntry(createOutboxEntry(receipt(i), `attempt-${i}`, now));
}

type Answer = (body: { receiptId: string }, call: number, init?: RequestInit) => Response | Promise<Response>;

function setup(answer: Answer, extra: Partial<OutboxDeps> = {}) {
  let now = Date.parse('2022-08-09T09:30:00+07:00');
  let calls = 0;
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => answer(JSON.parse(String(init!.body)), ++calls, init));
  const scheduleWake = vi.fn(async (_at: number | undefined) => undefined);
  const deps: OutboxDeps = {
    owner: 'worker-1',
    getEndpoint: async () => ENDPOINT,
    fetch: fetch as unknown as typeof globalThis.fetch,
    now: () => now,
    random: () => 0.5,
    scheduleWake,
    ...extra,
  };
  return { outbox: createOutbox(deps), fetch, scheduleWake, advance: (ms: number) => (now += ms), now: () => now };
}

describe('createOutbox', () => {
  it('should POST each receipt once with its Idempotency-Key and mark it delivered', async () => {
    const t = setup(() => new Response('{"status":"accepted"}', { status: 201 }));
    await queue(3, t.now());
    await t.outbox.flush();
    expect(t.fetch).toHaveBeenCalledTimes(3);
    const init = t.fetch.mock.calls[0]![1]!;
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': receipt(0).receiptId });
    expect((await getOutboxEntries()).map((e) => [e.state, e.attempts])).toEqual([['delivered', 1], ['delivered', 1], ['delivered', 1]]);
    expect(t.scheduleWake).toHaveBeenLastCalledWith(undefined);
  });

  it('should treat 409 as delivered', async () => {
    const t = setup(() => new Response('{"status":"duplicate"}', { status: 409 }));
    await queue(1, t.now());
    await t.outbox.flush();
    expect((await getOutboxEntries())[0]!.state).toBe('delivered');
  });

  it('should keep a 503 queued with backoff and Retry-After, and wake up for it', async () => {
    const t = setup(() => new Response('down', { status: 503, headers: { 'Retry-After': '600' } }));
    await queue(1, t.now());
    await t.outbox.flush();
    const [entry] = await getOutboxEntries();
    expect(entry).toMatchObject({ state: 'queued', attempts: 1, lastError: { kind: 'http', status: 503 } });
    expect(entry!.nextAttemptAt - t.now()).toBe(600_000);
    expect(t.scheduleWake).toHaveBeenLastCalledWith(entry!.nextAttemptAt);
    await t.outbox.flush(); // not due yet: nothing is sent
    expect(t.fetch).toHaveBeenCalledTimes(1);
  });

  it('should retry network errors after at least 30 s and deliver once the endpoint is back', async () => {
    let up = false;
    const t = setup(() => {
      if (!up) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 201 });
    });
    await queue(1, t.now());
    await t.outbox.flush();
    const [failed] = await getOutboxEntries();
    expect(failed).toMatchObject({ state: 'queued', lastError: { kind: 'network', status: null } });
    expect(failed!.nextAttemptAt - t.now()).toBeGreaterThanOrEqual(MIN_RETRY_MS);
    up = true;
    t.advance(failed!.nextAttemptAt - t.now());
    await t.outbox.flush();
    expect((await getOutboxEntries())[0]).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('should time out a hanging request and retry it', async () => {
    // Like a real fetch: never answers, but gives up when its signal aborts.
    const hang = (_b: unknown, _c: number, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const t = setup(hang, { timeoutMs: 50 });
    await queue(1, t.now());
    await t.outbox.flush();
    expect((await getOutboxEntries())[0]).toMatchObject({ state: 'queued', attempts: 1, lastError: { kind: 'timeout', status: null } });
  });

  it('should mark other 4xx rejected with the server message, keep it, and send it again on "Gửi lại ngay"', async () => {
    let fixed = false;
    const t = setup(() =>
      fixed ? new Response(null, { status: 201 }) : new Response('{"error":"Thiếu trường participant.unit"}', { status: 400 }),
    );
    await queue(1, t.now());
    await t.outbox.flush();
    expect((await getOutboxEntries())[0]).toMatchObject({ state: 'rejected', lastError: { kind: 'rejected', status: 400, message: 'Thiếu trường participant.unit' } });
    await t.outbox.flush();
    expect(t.fetch).toHaveBeenCalledTimes(1); // rejected entries wait for the user
    fixed = true;
    await t.outbox.retryNow();
    expect((await getOutboxEntries())[0]).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('should send queued receipts at once in a new browser session, but keep the backoff within one', async () => {
    let up = false;
    const t = setup(() => (up ? new Response(null, { status: 201 }) : new Response(null, { status: 503 })));
    await queue(1, t.now());
    await t.outbox.flush();
    up = true;
    await t.outbox.resume({ newSession: false });
    expect((await getOutboxEntries())[0]!.state).toBe('queued');
    await t.outbox.resume({ newSession: true });
    expect((await getOutboxEntries())[0]!.state).toBe('delivered');
  });

  it('should send nothing, and lose nothing, without an endpoint', async () => {
    const t = setup(() => new Response(null, { status: 201 }), { getEndpoint: async () => null });
    await queue(2, t.now());
    await t.outbox.flush();
    expect(t.fetch).not.toHaveBeenCalled();
    expect((await getOutboxEntries()).map((e) => e.state)).toEqual(['queued', 'queued']);
  });

  it('should send each receipt once when two wake-ups race', async () => {
    const t = setup(async () => new Response(null, { status: 201 }));
    await queue(120, t.now());
    await Promise.all([t.outbox.flush(), t.outbox.flush(), t.outbox.resume({ newSession: false })]);
    const keys = t.fetch.mock.calls.map((c) => (c[1]!.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(120);
    expect(new Set(keys).size).toBe(120);
  });

  it('should not let two workers send the same claimed receipt, and release a stopped worker\'s claims at start', async () => {
    const first = setup(() => new Promise<Response>(() => undefined)); // hangs: the worker "stops" mid-send
    await queue(1, first.now());
    void first.outbox.flush();
    await vi.waitFor(async () => expect((await getOutboxEntries())[0]!.state).toBe('sending'));
    const second = setup(() => new Response(null, { status: 201 }), { owner: 'worker-2' });
    await second.outbox.flush(); // lease still held: not sent twice
    expect(second.fetch).not.toHaveBeenCalled();
    await second.outbox.resume({ newSession: false }); // a new worker start: the old claim is released and sent once
    expect(second.fetch).toHaveBeenCalledTimes(1);
    expect((await getOutboxEntries())[0]!.state).toBe('delivered');
    expect(LEASE_MS).toBeGreaterThan(15_000);
  });
});
