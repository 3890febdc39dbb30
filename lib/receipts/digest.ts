import { canonicalJson } from '../json/canonical';
import type { Receipt, ReceiptWithoutDigest } from './schema';

// The digest detects corruption (a damaged or hand-edited file), not forgery: anyone can recompute it.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function toHex(buffer: ArrayBuffer | Uint8Array): string {
  let out = '';
  for (const byte of buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)) out += HEX[byte];
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
