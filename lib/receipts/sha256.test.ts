import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Into } from './sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => {
  const out = new Uint8Array(32);
  sha256Into(bytes, 0, bytes.length, out, 0);
  return out;
};
const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('should give the FIPS 180-4 example digests', () => {
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(hex(sha256(utf8('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'))))
      .toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('should agree with node:crypto on every length around the block and padding boundaries', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + length * 7) & 0xff);
      expect(hex(sha256(bytes)), `${length} bytes`).toBe(reference(bytes));
    }
  });

  it('should hash a range in place and write where it is told, leaving the rest alone', () => {
    const text = utf8('{"a":"Nguyễn Văn Á 😀"},{"b":"Trần Thị Thuỷ"}');
    const out = new Uint8Array(70).fill(7);
    sha256Into(text, 3, 40, out, 5);
    expect(hex(out.subarray(5, 37))).toBe(reference(text.subarray(3, 40)));
    expect([...out.subarray(0, 5), ...out.subarray(37)].every((b) => b === 7)).toBe(true);
    // A second call starts afresh (no state carried over from the first).
    sha256Into(text, 0, text.length, out, 37);
    expect(hex(out.subarray(37, 69))).toBe(reference(text));
  });

  it('should refuse a range outside the bytes or no room for the digest', () => {
    expect(() => sha256Into(new Uint8Array(4), 2, 5, new Uint8Array(32), 0)).toThrow(RangeError);
    expect(() => sha256Into(new Uint8Array(4), 3, 2, new Uint8Array(32), 0)).toThrow(RangeError);
    expect(() => sha256Into(new Uint8Array(4), 0, 4, new Uint8Array(40), 9)).toThrow(RangeError);
  });
});
