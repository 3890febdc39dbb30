import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../json/canonical';
import { computeReceiptDigest } from './digest';
import { RECEIPT_KEY_ORDER, receiptSchema, type Receipt, type ReceiptWithoutDigest } from './schema';
import { exampleBody, exampleReceipt } from './test-data';
import { canonicalReceiptText, findDigestMismatches, sha256Lines } from './verify-batch';

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
  // Through the schema, as the admin import does: these are the objects the batch check is for.
  return receiptSchema.parse({ ...receipt, digest: await computeReceiptDigest(receipt) });
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

  it('should hash each line alone, as WebCrypto hashes each text, and spread over any hasher', async () => {
    const texts = ['{"a":"Nguyễn 😀"}', '{}', 'x'.repeat(1000)];
    const expected = await Promise.all(texts.map(async (t) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t)))));
    const all = sha256Lines(texts.join('\n'));
    expect(texts.map((_, i) => all.subarray(i * 32, i * 32 + 32))).toEqual(expected);
    const receipts = await Promise.all(bodies.map(withDigest));
    const batches: string[][] = [];
    const spy = async (joined: string[]) => (batches.push(joined), joined.map(sha256Lines));
    expect(await findDigestMismatches([...receipts, { ...receipts[0]!, round: 9 }], spy)).toEqual(new Set([receipts[0]!.receiptId]));
    expect(batches).toHaveLength(1);
  });

  it('should list exactly the receipts changed after their digest was computed', async () => {
    const receipts = await Promise.all(bodies.map(withDigest));
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
