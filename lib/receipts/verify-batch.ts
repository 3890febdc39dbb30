import type { Receipt } from './schema';
import { sha256Into } from './sha256';

// The admin page checks 30,000 digests per import. The canonical form of a receipt that passed
// receiptSchema is the plain JSON.stringify of a copy whose keys are written in code-unit order
// (its strict objects guarantee there is no other key): V8's fast path, well over twice as fast as
// sorting per object or a key-list replacer. The result is the same digest as computeReceiptDigest
// (tested on every shape of receipt, and the key list against the schema's).

/** A schema-checked receipt without its digest, keys in code-unit order: what its digest covers. */
function canonicalReceipt(r: Receipt) {
  const p = r.participant;
  return {
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
  };
}

/** RFC 8785 canonical JSON of a schema-checked receipt without its digest. */
export function canonicalReceiptText(r: Receipt): string {
  return JSON.stringify(canonicalReceipt(r));
}

/**
 * The canonical texts of a run of receipts as one JSON array: one JSON.stringify for all, no text
 * per receipt to build and join. Element i is exactly canonicalReceiptText(receipts[i]).
 */
export function canonicalChunkText(receipts: readonly Receipt[]): string {
  return JSON.stringify(receipts.map(canonicalReceipt));
}

// Every canonical receipt starts with this: "confirmation" sorts first, and a `"` that is not a
// string's delimiter is always written `\"`, so these bytes appear nowhere else in a chunk.
const ELEMENT_START = [...'{"confirmation":'].map((c) => c.charCodeAt(0));

/** Where each element of a canonical chunk (UTF-8) lies: [start, end) pairs, in order. */
export function chunkElements(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  const [first, ...rest] = ELEMENT_START as [number, ...number[]];
  search: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < rest.length; k++) if (bytes[i + 1 + k] !== rest[k]) continue search;
    starts.push(i);
  }
  // Elements are separated by "," and the array ends with "]".
  return starts.flatMap((start, n) => [start, (starts[n + 1] ?? bytes.length) - 1]);
}

// Lowercase hex digit codes: a digest is compared with its hash without building a string per receipt.
const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** True when `hex` is the lowercase hex of the 32 bytes of `bytes` from `at`. */
function hexEquals(bytes: Uint8Array, at: number, hex: string): boolean {
  if (hex.length !== 64) return false;
  for (let i = 0; i < 32; i++) {
    const byte = bytes[at + i]!;
    if (hex.charCodeAt(2 * i) !== HEX_CODES[byte >> 4] || hex.charCodeAt(2 * i + 1) !== HEX_CODES[byte & 15]) return false;
  }
  return true;
}

/** One chunk hashed: its UTF-8 bytes as hashed, and the SHA-256 of each element (32 bytes each). */
export interface HashedChunk { bytes: Uint8Array; hashes: Uint8Array }

// Room for any chunk's UTF-8 (at most 3 bytes per UTF-16 unit), kept between chunks.
let scratch = new Uint8Array(0);

/** SHA-256 of each element of a canonical chunk (canonicalChunkText), over its UTF-8 bytes. */
export function hashChunk(chunk: string): HashedChunk {
  if (scratch.length < chunk.length * 3) scratch = new Uint8Array(chunk.length * 3);
  const bytes = scratch.slice(0, new TextEncoder().encodeInto(chunk, scratch).written);
  const ranges = chunkElements(bytes);
  const hashes = new Uint8Array(ranges.length * 16);
  for (let i = 0; i < ranges.length; i += 2) sha256Into(bytes, ranges[i]!, ranges[i + 1]!, hashes, i * 16);
  return { bytes, hashes };
}

/** Hashes canonical chunks: here by default, or spread over workers. */
export interface ChunkHasher {
  hash(chunk: string): Promise<HashedChunk>;
  /** Called once the caller has nothing else to do: hash here what still waits for a worker. */
  drain?(): Promise<void>;
}

export const hashHere: ChunkHasher = { hash: async (chunk) => hashChunk(chunk) };

/** How many receipts go into one chunk: small enough that the hashers finish close together. */
export const CHUNK_SIZE = 1000;

/** A run of receipts' canonical texts as hashed and stored: a canonical chunk (UTF-8) of `count` receipts. */
export interface CanonicalChunk { bytes: Uint8Array; count: number }

/** What the digest checks of a list of receipts found, with the canonical bytes they were checked over. */
export interface DigestCheckResult {
  /** receiptIds whose digest does not match their content. */
  bad: Set<string>;
  /** The receipts' canonical texts, in order. */
  canonical: CanonicalChunk[];
}

/**
 * Digest checks fed one receipt at a time while a file is still being read: every full chunk goes to
 * the hasher at once, so hashing runs beside the reading. Only for receipts that passed
 * receiptSchema: its strict objects guarantee the canonical text covers every key present.
 */
export function createDigestCheck(hasher: ChunkHasher = hashHere, size = CHUNK_SIZE) {
  const chunks: { receipts: Receipt[]; hashed: Promise<HashedChunk> }[] = [];
  let current: Receipt[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const receipts = current;
    current = [];
    const hashed = hasher.hash(canonicalChunkText(receipts));
    hashed.catch(() => undefined); // awaited in finish(); not an unhandled rejection meanwhile
    chunks.push({ receipts, hashed });
  };
  return {
    add(receipt: Receipt): void {
      current.push(receipt);
      if (current.length >= size) flush();
    },
    async finish(): Promise<DigestCheckResult> {
      flush();
      await hasher.drain?.();
      const hashed = await Promise.all(chunks.map((c) => c.hashed));
      const bad = new Set<string>();
      hashed.forEach(({ hashes }, c) => {
        const { receipts } = chunks[c]!;
        if (hashes.length !== receipts.length * 32) throw new Error(`digest chunk ${c}: ${hashes.length / 32} hashes for ${receipts.length} receipts`);
        receipts.forEach((receipt, i) => {
          if (!hexEquals(hashes, i * 32, receipt.digest)) bad.add(receipt.receiptId);
        });
      });
      return { bad, canonical: hashed.map((h, c) => ({ bytes: h.bytes, count: chunks[c]!.receipts.length })) };
    },
  };
}
