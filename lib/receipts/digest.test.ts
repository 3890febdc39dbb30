import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeReceiptDigest, verifyReceiptDigest } from './digest';
import { exampleBody, exampleCanonical, exampleDigest, exampleReceipt } from './test-data';

describe('computeReceiptDigest', () => {
  it('should be the SHA-256 of the UTF-8 bytes of the hand-written canonical string', async () => {
    const expected = createHash('sha256').update(Buffer.from(exampleCanonical, 'utf8')).digest('hex');
    expect(expected).toBe(exampleDigest);
    expect(await computeReceiptDigest(exampleBody)).toBe(expected);
  });

  it('should ignore the digest field itself and key order', async () => {
    const reordered = { digest: 'ignored', ...Object.fromEntries(Object.entries(exampleBody).reverse()) };
    expect(await computeReceiptDigest(reordered as typeof exampleReceipt)).toBe(exampleDigest);
  });

  it('should change when the Vietnamese text changes by one mark', async () => {
    const other = { ...exampleBody, participant: { ...exampleBody.participant, fullName: 'Nguyễn Văn Á' } };
    expect(await computeReceiptDigest(other)).not.toBe(exampleDigest);
  });
});

describe('verifyReceiptDigest', () => {
  it('should accept an intact receipt and refuse a changed one', async () => {
    expect(await verifyReceiptDigest(exampleReceipt)).toBe(true);
    expect(await verifyReceiptDigest({ ...exampleReceipt, round: 3 })).toBe(false);
  });
});
