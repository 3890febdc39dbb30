import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extensionIdFromDigest, getExtensionIdFromPath, getExtensionIdFromPublicKey, isExtensionId } from './extension-id';

describe('extension IDs', () => {
  it('should map each hex digit of the first 16 bytes to a–p', () => {
    const digest = new Uint8Array(32);
    digest.set([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10, 0xff]);
    expect(extensionIdFromDigest(digest)).toBe('abcdefghijklmnopponmlkjihgfedcba');
  });

  it("should derive a key's ID from its DER public key, the same every time", async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const expected = [...hex].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join('');
    expect(await getExtensionIdFromPublicKey(new Uint8Array(der))).toBe(expected);
    expect(await getExtensionIdFromPublicKey(new Uint8Array(der))).toBe(expected);
    expect(isExtensionId(expected)).toBe(true);
  });

  it('should derive an unpacked extension ID from its path', async () => {
    const hex = createHash('sha256').update('/tmp/x').digest('hex');
    expect(await getExtensionIdFromPath('/tmp/x')).toBe([...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join(''));
    expect(isExtensionId('ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP')).toBe(false);
    expect(isExtensionId('abcdefghijklmnopabcdefghijklmnoq')).toBe(false);
  });
});
