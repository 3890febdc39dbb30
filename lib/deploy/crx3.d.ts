// crx3 ships no types: the one call lib/deploy/release.ts makes (a zip stream in, a signed CRX3 out).
declare module 'crx3' {
  import type { Readable } from 'node:stream';
  export default function crx3(zip: Readable, options: { keyPath: string; crxPath: string }): Promise<{ appId: string }>;
}
