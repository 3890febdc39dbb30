import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from './digest';
import type { Receipt } from './schema';

// The admin page checks 30,000 digests per import. The canonical form of a receipt that passed
// receiptSchema is the plain JSON.stringify of a copy whose keys are written in code-unit order
// (its strict objects guarantee there is no other key): V8's fast path, well over twice as fast as
// sorting per object or a key-list replacer. The result is the same digest as computeReceiptDigest
// (tested on every shape of receipt, and the key list against the schema's).

/** RFC 8785 canonical JSON of a schema-checked receipt without its digest. */
export function canonicalReceiptText(r: Receipt): string {
  const p = r.participant;
  return JSON.stringify({
    confirmation: r.confirmation,
    contestId: r.contestId,
    createdAt: r.createdAt,
    durationSeconds: r.durationSeconds,
    extensionVersion: r.extensionVersion,
    kind: r.kind,
    participant: { account: p.account, fullName: p.fullName, isLeader: p.isLeader, position: p.position, unit: p.unit },
    portalAccount: r.portalAccount,
    receiptId: r.receiptId,
    round: r.round,
    startedAt: r.startedAt,
    submittedAt: r.submittedAt,
    version: r.version,
    warnings: r.warnings,
  });
}

/**
 * SHA-256 of each line of `joined` (canonical texts joined by "\n", which canonical JSON never holds
 * raw: JSON escapes control characters, and no UTF-8 sequence contains the byte 0x0A), 32 bytes each.
 * Synchronous (@noble/hashes): one call per batch instead of one promise per receipt.
 */
export function sha256Lines(joined: string): Uint8Array {
  const bytes = new TextEncoder().encode(joined);
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    out.push(sha256(bytes.subarray(start, i)));
    start = i + 1;
  }
  const all = new Uint8Array(out.length * 32);
  out.forEach((hash, i) => all.set(hash, i * 32));
  return all;
}

/** Hashes batches of joined canonical texts: in this thread by default, or spread over workers. */
export type LineHasher = (joinedBatches: string[]) => Promise<Uint8Array[]>;

const hashHere: LineHasher = async (batches) => batches.map(sha256Lines);

/** How many receipts go into one batch: a few per hashing worker, so they finish close together. */
export const BATCH = 2500;

/**
 * The receiptIds whose digest does not match their content. Only for receipts that passed
 * receiptSchema: its strict objects guarantee canonicalReceiptText covers every key present.
 */
export async function findDigestMismatches(receipts: readonly Receipt[], hash: LineHasher = hashHere): Promise<Set<string>> {
  const batches: string[] = [];
  for (let start = 0; start < receipts.length; start += BATCH) {
    batches.push(receipts.slice(start, start + BATCH).map(canonicalReceiptText).join('\n'));
  }
  const hashes = await hash(batches);
  const bad = new Set<string>();
  hashes.forEach((block, b) => {
    for (let i = 0; i * 32 < block.length; i++) {
      const receipt = receipts[b * BATCH + i]!;
      if (toHex(block.subarray(i * 32, i * 32 + 32)) !== receipt.digest) bad.add(receipt.receiptId);
    }
  });
  return bad;
}
