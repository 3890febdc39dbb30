import { canonicalJson } from './canonical';
import type { Receipt, ReceiptWithoutDigest } from './schema';

// The digest detects corruption (a damaged or hand-edited file), not forgery: anyone can recompute it.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
// Digests run in bursts of thousands on the admin page: a few hundred in flight at once is
// faster than thousands (each is a hop to the crypto thread) and keeps memory flat.
const IN_FLIGHT = 256;

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += HEX[byte];
  return out;
}

/** SHA-256 (lowercase hex) of the UTF-8 bytes of any JSON value's canonical form. */
export async function sha256Canonical(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/** The receipt digest of PRODUCT.md §4.2, over every field but `digest` (ignored if present). */
export async function computeReceiptDigest(receipt: ReceiptWithoutDigest | Receipt): Promise<string> {
  const { digest: _digest, ...rest } = receipt as Receipt;
  return sha256Canonical(rest);
}

/** True when the receipt's `digest` matches its content. */
export async function verifyReceiptDigest(receipt: Receipt): Promise<boolean> {
  return (await computeReceiptDigest(receipt)) === receipt.digest;
}

/** The receiptIds whose digest does not match; feed it to buildReport as `badDigests`. */
export async function findDigestMismatches(receipts: readonly Receipt[]): Promise<Set<string>> {
  const bad = new Set<string>();
  for (let start = 0; start < receipts.length; start += IN_FLIGHT) {
    const chunk = receipts.slice(start, start + IN_FLIGHT);
    const results = await Promise.all(chunk.map(verifyReceiptDigest));
    chunk.forEach((receipt, i) => results[i] || bad.add(receipt.receiptId));
  }
  return bad;
}
