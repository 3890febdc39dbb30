import { toHex } from './digest';
import { RECEIPT_KEY_ORDER, type Receipt } from './schema';

// The admin page checks 30,000 digests per import. The generic canonical form sorts keys object by
// object; here one key list does the sorting inside JSON.stringify. The result is the same digest as
// computeReceiptDigest (tested on every shape of receipt).

// A few hundred digests in flight at once: faster than thousands, and memory stays flat.
const IN_FLIGHT = 256;

/**
 * The receiptIds whose digest does not match their content. Only for receipts that passed
 * receiptSchema: its strict objects guarantee that RECEIPT_KEY_ORDER names every key present.
 */
export async function findDigestMismatches(receipts: readonly Receipt[]): Promise<Set<string>> {
  const encoder = new TextEncoder();
  const keys = RECEIPT_KEY_ORDER as string[];
  const bad = new Set<string>();
  for (let start = 0; start < receipts.length; start += IN_FLIGHT) {
    const chunk = receipts.slice(start, start + IN_FLIGHT);
    // `digest` is not in the key list, so it is left out, as the digest's definition asks.
    const hashes = await Promise.all(chunk.map((r) => globalThis.crypto.subtle.digest('SHA-256', encoder.encode(JSON.stringify(r, keys)))));
    hashes.forEach((hash, i) => toHex(hash) !== chunk[i]!.digest && bad.add(chunk[i]!.receiptId));
  }
  return bad;
}
