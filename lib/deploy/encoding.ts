/** Windows .reg files as regedit writes them: UTF-16LE with a byte-order mark, CRLF line ends. */
export function encodeRegFile(text: string): Uint8Array {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const bytes = new Uint8Array(2 + crlf.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < crlf.length; i++) {
    const unit = crlf.charCodeAt(i); // UTF-16 code units: surrogate pairs stay pairs
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** UTF-8 without a byte-order mark (JSON policy files, the update manifest, the guide). */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
