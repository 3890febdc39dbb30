import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../json/canonical';
import { computeReceiptDigest } from './digest';
import { RECEIPT_KEY_ORDER, receiptSchema, type Receipt, type ReceiptWithoutDigest } from './schema';
import { exampleBody, exampleReceipt, findDigestMismatches } from './test-data';
import { isCleanReceipt } from './fast-parse';
import { canonicalChunkText, canonicalReceiptText, chunkElements, CHUNK_SIZE, createDigestCheck, hashChunk, hashHere, type ChunkHasher } from './verify-batch';

const shuffle = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;

// Receipts of every shape the schema allows: nulls, every warning, text that JSON must escape,
// letters outside the Basic Multilingual Plane, and keys in another order at both depths.
const bodies: ReceiptWithoutDigest[] = [
  exampleBody,
  { ...exampleBody, round: null, portalAccount: null, warnings: ['second-attempt', 'outside-round', 'account-mismatch'] },
  { ...exampleBody, confirmation: 'unconfirmed', warnings: ['over-time-limit'], extensionVersion: '12.0.3.4' },
  { ...exampleBody, participant: { fullName: 'Lê "Tí" \\ Tèo\n\u0007', unit: 'Phòng 𠀀 Hành chính', position: '', isLeader: true, account: '' } },
  { ...exampleBody, contestId: '=cmd|x', portalAccount: 'Trần Thị Thuỷ 😀', durationSeconds: 0, submittedAt: exampleBody.startedAt },
  shuffle({ ...exampleBody, participant: shuffle(exampleBody.participant) }),
];

async function withDigest(body: ReceiptWithoutDigest, n: number): Promise<Receipt> {
  const receipt = { ...body, receiptId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` };
  // Through the schema, as the admin import does for a receipt that is not clean: the objects the checks are for.
  return receiptSchema.parse({ ...receipt, digest: await computeReceiptDigest(receipt) });
}

// As a clean record is kept by the admin import: the file's own object, keys in the file's order.
async function asInFile(body: ReceiptWithoutDigest, n: number): Promise<Receipt> {
  const receipt = await withDigest(body, n);
  const inFile = JSON.parse(JSON.stringify(shuffle({ ...receipt, participant: shuffle(receipt.participant) }))) as Receipt;
  expect(isCleanReceipt(inFile)).toBe(true);
  expect(Object.keys(inFile)).not.toEqual(Object.keys(receipt));
  return inFile;
}

describe('findDigestMismatches', () => {
  it('should agree with the WebCrypto digest on every shape of receipt', async () => {
    const receipts = await Promise.all(bodies.map(withDigest));
    expect(await findDigestMismatches(receipts)).toEqual(new Set());
    for (const receipt of receipts) {
      const { digest: _digest, ...rest } = receipt;
      expect(JSON.stringify(receipt, RECEIPT_KEY_ORDER as string[])).toBe(canonicalJson(rest));
      expect(canonicalReceiptText(receipt)).toBe(canonicalJson(rest));
    }
  });

  it('should write a chunk whose elements are exactly the canonical texts, found again byte for byte', async () => {
    // A text holding what an element starts with, quotes and all: JSON writes its quotes escaped.
    const tricky = { ...exampleBody, participant: { ...exampleBody.participant, fullName: '{"confirmation":"x"},{"confirmation":' } };
    const receipts = [...(await Promise.all([...bodies, tricky].map(withDigest))), ...(await Promise.all(bodies.map((b, n) => asInFile(b, n + 50))))];
    const chunk = canonicalChunkText(receipts);
    const bytes = new TextEncoder().encode(chunk);
    const ranges = chunkElements(bytes);
    expect(ranges).toHaveLength(receipts.length * 2);
    const decoder = new TextDecoder();
    receipts.forEach((receipt, i) => expect(decoder.decode(bytes.subarray(ranges[2 * i], ranges[2 * i + 1]))).toBe(canonicalReceiptText(receipt)));
    expect(JSON.parse(chunk)).toEqual(receipts.map((r) => JSON.parse(canonicalReceiptText(r))));
  });

  it('should hash each element as WebCrypto hashes its canonical text, and hand back the bytes it hashed', async () => {
    const receipts = await Promise.all(bodies.map(withDigest));
    const chunk = canonicalChunkText(receipts);
    const { bytes, hashes } = hashChunk(chunk);
    expect(new TextDecoder().decode(bytes)).toBe(chunk);
    const expected = await Promise.all(receipts.map(async (r) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalReceiptText(r))))));
    expect(receipts.map((_, i) => hashes.subarray(i * 32, i * 32 + 32))).toEqual(expected);
    // The scratch buffer is reused: a shorter chunk after a longer one is hashed alone, and the
    // bytes handed back before are a copy of their own, not a view of it.
    const copy = bytes.slice();
    expect(hashChunk(canonicalChunkText(receipts.slice(0, 1))).hashes).toEqual(expected[0]);
    expect(bytes).toEqual(copy);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });

  it('should hand each full chunk to the hasher as it fills, drain it once at the end and give the chunks back in order', async () => {
    const one = await withDigest(exampleBody, 1);
    const receipts = Array.from({ length: CHUNK_SIZE * 2 + 3 }, (_, n) => ({ ...one, receiptId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` }));
    const seen: number[] = [];
    let drained = 0;
    const spy: ChunkHasher = {
      hash: (chunk) => (seen.push(JSON.parse(chunk).length), hashHere.hash(chunk)),
      drain: async () => void drained++,
    };
    const check = createDigestCheck(spy);
    receipts.slice(0, CHUNK_SIZE).forEach((r) => check.add(r));
    expect(seen).toEqual([CHUNK_SIZE]); // handed over at once, not at the end
    receipts.slice(CHUNK_SIZE).forEach((r) => check.add(r));
    const { bad, canonical } = await check.finish();
    expect(seen).toEqual([CHUNK_SIZE, CHUNK_SIZE, 3]);
    expect(drained).toBe(1);
    // Every receipt but the first has another id than its digest covers.
    expect(bad.size).toBe(receipts.length - 1);
    expect(canonical.map((c) => c.count)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 3]);
    const starts = [0, CHUNK_SIZE, 2 * CHUNK_SIZE];
    canonical.forEach((c, i) => expect(new TextDecoder().decode(c.bytes)).toBe(canonicalChunkText(receipts.slice(starts[i], starts[i]! + c.count))));
  });

  it('should fail, not guess, when a hasher gives another count of hashes than receipts', async () => {
    const receipts = await Promise.all(bodies.map(withDigest));
    const short: ChunkHasher = { hash: async (chunk) => ({ ...hashChunk(chunk), hashes: new Uint8Array(32) }) };
    await expect(findDigestMismatches(receipts, short)).rejects.toThrow(/1 hashes for 6 receipts/);
  });

  it('should list exactly the receipts changed after their digest was computed', async () => {
    const receipts = [...(await Promise.all(bodies.map(withDigest))), ...(await Promise.all(bodies.map((b, n) => asInFile(b, n + 50))))];
    const changed = [
      { ...receipts[0]!, round: 3 },
      { ...receipts[1]!, participant: { ...receipts[1]!.participant, fullName: 'Nguyễn Văn Á' } },
      { ...receipts[2]!, warnings: [] },
      { ...receipts[3]!, digest: receipts[3]!.digest.replace(/^./, (c) => (c === '0' ? '1' : '0')) },
    ];
    expect(await findDigestMismatches([...receipts, ...changed])).toEqual(new Set(changed.map((r) => r.receiptId)));
  });

  it('should name every key of a receipt but the digest, in code-unit order', async () => {
    const keys = [...Object.keys(exampleBody), ...Object.keys(exampleBody.participant)];
    expect([...RECEIPT_KEY_ORDER].sort()).toEqual([...RECEIPT_KEY_ORDER]);
    expect(new Set(RECEIPT_KEY_ORDER)).toEqual(new Set(keys));
    expect(RECEIPT_KEY_ORDER).not.toContain('digest');
    expect(await findDigestMismatches([exampleReceipt])).toEqual(new Set());
  });
});
