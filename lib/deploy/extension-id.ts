/** A Chromium extension ID: 32 letters a–p. */
export const EXTENSION_ID = /^[a-p]{32}$/;

export function isExtensionId(value: string): boolean {
  return EXTENSION_ID.test(value);
}

/** Chromium's ID from a SHA-256 digest: its first 32 hex digits, each 0–f written as a–p. */
export function extensionIdFromDigest(digest: Uint8Array): string {
  let id = '';
  for (const byte of digest.subarray(0, 16)) id += String.fromCharCode(97 + (byte >> 4), 97 + (byte & 15));
  return id;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The ID of an extension signed with a key: from the DER SubjectPublicKeyInfo of its public key (as in a CRX3). */
export async function getExtensionIdFromPublicKey(spkiDer: Uint8Array): Promise<string> {
  return extensionIdFromDigest(await sha256(spkiDer));
}

/** The ID Chromium gives an unpacked extension without a manifest `key`: from its absolute, resolved path. */
export async function getExtensionIdFromPath(absolutePath: string): Promise<string> {
  return extensionIdFromDigest(await sha256(new TextEncoder().encode(absolutePath)));
}
