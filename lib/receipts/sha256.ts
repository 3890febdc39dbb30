// SHA-256 (FIPS 180-4) for the admin import's digest checks: 30,000 short texts per file.
//
// Written here instead of taken from a library because, measured in the Chromium this product runs
// in (one worker, 30,000 canonical receipts, ~18 MB, UTF-8 encoding included), every library tried
// was slower: @noble/hashes 500–710 ms, sha256-uint8array ~555 ms, fast-sha256 360–545 ms,
// js-sha256 360–460 ms, hash.js ~900 ms, and WebCrypto 340–400 ms (one call per text, and Chromium
// runs every digest of a renderer on one shared thread) — against 300–325 ms for this one. In the
// whole 30k import that is a ratio to JSON.parse of about 5.0 (noble), 5.2 (js-sha256) or 5.5
// (WebCrypto) against 3.7–4.2. WebAssembly would need 'wasm-unsafe-eval', looser than the MV3
// default CSP (PRODUCT.md §6). It is checked against node:crypto on the FIPS 180-4 examples and on
// every length around a block boundary (sha256.test.ts).
//
// The digest guards against corruption, not forgery (lib/receipts/digest.ts), and this code only
// ever hashes; it holds no secret.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

// Working state, reused by every call (the module is used from one thread at a time, never re-entered).
const state = new Int32Array(8);
const schedule = new Int32Array(64);
const last = new Uint8Array(128);

/** Runs `count` 64-byte blocks of `bytes` from `offset` through the compression function. */
function compress(bytes: Uint8Array, offset: number, count: number): void {
  const w = schedule;
  let h0 = state[0]!, h1 = state[1]!, h2 = state[2]!, h3 = state[3]!, h4 = state[4]!, h5 = state[5]!, h6 = state[6]!, h7 = state[7]!;
  for (let p = offset, end = offset + count * 64; p < end; p += 64) {
    for (let i = 0; i < 16; i++) {
      const j = p + i * 4;
      w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let i = 0; i < 64; i++) {
      const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + sum1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (sum0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/** SHA-256 of bytes[start, end), its 32 bytes written into `out` from `at`. */
export function sha256Into(bytes: Uint8Array, start: number, end: number, out: Uint8Array, at: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= bytes.length)) throw new RangeError(`sha256Into: [${start}, ${end}) is not inside ${bytes.length} bytes`);
  if (!(Number.isInteger(at) && at >= 0 && at + 32 <= out.length)) throw new RangeError(`sha256Into: no room for 32 bytes at ${at} of ${out.length}`);
  state.set(INITIAL);
  const length = end - start;
  const whole = Math.floor(length / 64);
  compress(bytes, start, whole);
  // The padding: the rest of the message, a 1 bit, zeros, and the length in bits as 64 bits big-endian.
  const rest = length - whole * 64;
  const size = rest < 56 ? 64 : 128;
  last.fill(0);
  last.set(bytes.subarray(start + whole * 64, end));
  last[rest] = 0x80;
  const high = Math.floor(length / 0x20000000); // length * 8 / 2^32
  const low = (length * 8) >>> 0;
  for (let i = 0; i < 4; i++) {
    last[size - 8 + i] = high >>> (24 - 8 * i);
    last[size - 4 + i] = low >>> (24 - 8 * i);
  }
  compress(last, 0, size / 64);
  for (let i = 0; i < 8; i++) {
    const v = state[i]!;
    out[at + i * 4] = v >>> 24;
    out[at + i * 4 + 1] = v >>> 16;
    out[at + i * 4 + 2] = v >>> 8;
    out[at + i * 4 + 3] = v;
  }
}
