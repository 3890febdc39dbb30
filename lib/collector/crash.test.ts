// @vitest-environment node
// Crash safety: a collector in its own process gets a burst of concurrent POSTs and is killed
// with SIGKILL mid-burst (or stopped with SIGTERM), then started again on the same directory.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Receipt } from '../receipts/schema';
import { makeCollectorReceipt, postAll } from '../../test/support/collector-client';
import { spawnReceiptServer } from '../../test/support/collector-process';

const dirs: string[] = [];
const children: ChildProcess[] = [];

/** `npm run collector`'s program on `dir`, in its own process. */
async function spawnCollector(dir: string) {
  const server = await spawnReceiptServer('lib/collector/cli.ts', ['--data', dir, '--port', '0']);
  children.push(server.child);
  return server;
}

async function readAll(url: string, dir: string): Promise<Receipt[]> {
  const token = readFileSync(path.join(dir, 'read-token'), 'utf8').trim();
  const out: Receipt[] = [];
  for (let after = '0'; ; ) {
    const page = (await (await fetch(`${url}?after=${after}&limit=500`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { receipts: Receipt[]; next?: string };
    out.push(...page.receipts);
    if (!page.next) return out;
    after = page.next;
  }
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('collector crash safety', () => {
  // Kill points: early, in the middle and late in a burst of 600 receipts over 50 connections.
  it.each([
    ['SIGKILL', 25],
    ['SIGKILL', 200],
    ['SIGKILL', 450],
    ['SIGTERM', 150],
  ] as const)('should keep every receipt answered 201 and none twice after %s at answer %i', async (signal, killAt) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'collector-crash-'));
    dirs.push(dir);
    const receipts = Array.from({ length: 600 }, (_, i) => makeCollectorReceipt(i));
    const first = await spawnCollector(dir);
    let answered = 0;
    const outcomes = await postAll(first.url, receipts, 50, (_, outcome) => {
      if (outcome === 201 && ++answered === killAt) first.child.kill(signal);
    });
    const exit = await first.exited;
    if (signal === 'SIGTERM') expect(exit).toBe(0); // in-flight requests finished, the database closed
    else expect(exit).toBe('SIGKILL');
    const accepted = receipts.filter((_, i) => outcomes[i] === 201);
    const unanswered = receipts.filter((_, i) => outcomes[i] === 'error');
    expect(accepted.length).toBeGreaterThanOrEqual(killAt);
    expect(accepted.length + unanswered.length).toBe(600);
    expect(unanswered.length).toBeGreaterThan(0); // the kill did land mid-burst

    const second = await spawnCollector(dir);
    const stored = await readAll(second.url, dir);
    const storedIds = stored.map((r) => r.receiptId);
    expect(new Set(storedIds).size).toBe(storedIds.length); // none twice
    const byId = new Map(stored.map((r) => [r.receiptId, r]));
    for (const r of accepted) expect(byId.get(r.receiptId)).toEqual(r); // every 201 is there, intact
    // Re-sending the unanswered ones: 201 (never stored) or 409 (stored, answer lost) — nothing else.
    const resent = await postAll(second.url, unanswered, 50);
    expect(resent.every((o) => o === 201 || o === 409)).toBe(true);
    expect(resent.filter((o) => o === 409)).toHaveLength(unanswered.filter((r) => byId.has(r.receiptId)).length);
    const after = await readAll(second.url, dir);
    expect(after.map((r) => r.receiptId).sort()).toEqual(receipts.map((r) => r.receiptId).sort());
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 30_000);
});
