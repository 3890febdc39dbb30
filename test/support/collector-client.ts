// Many POSTs over a fixed number of keep-alive connections, as the collector's tests and the
// benchmark send them: node:http with its own agent, so "50 connections" means 50 sockets.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { exampleBody } from '../../lib/receipts/test-data';
import type { Receipt } from '../../lib/receipts/schema';

/** The §4.2 example receipt with a fresh id; the digest only has to look like SHA-256 hex here. */
export function makeCollectorReceipt(n: number): Receipt {
  return { ...exampleBody, receiptId: randomUUID(), digest: n.toString(16).padStart(64, '0') };
}

/** The answer's status, or 'error' when the connection failed or was cut before an answer. */
export type Outcome = number | 'error';

/** POSTs one receipt; resolves with its status, 'error' without an answer. */
export function postReceipt(url: string, receipt: Receipt, agent: Agent): Promise<Outcome> {
  const body = JSON.stringify(receipt);
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': receipt.receiptId, 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 'error'));
      res.on('error', () => resolve('error'));
    });
    req.on('error', () => resolve('error'));
    req.end(body);
  });
}

/**
 * Sends every receipt in order over `connections` sockets (each socket sends its next one when
 * the last is answered); `onOutcome` sees each answer as it comes. Outcomes in input order.
 */
export async function postAll(url: string, receipts: readonly Receipt[], connections: number, onOutcome?: (i: number, o: Outcome) => void): Promise<Outcome[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const outcomes: Outcome[] = new Array(receipts.length);
  let next = 0;
  const lane = async () => {
    while (next < receipts.length) {
      const i = next++;
      outcomes[i] = await postReceipt(url, receipts[i]!, agent);
      onOutcome?.(i, outcomes[i]!);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, lane));
  } finally {
    agent.destroy();
  }
  return outcomes;
}
