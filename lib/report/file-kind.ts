// Files are checked before any parsing: a wrong or huge file must change nothing and cost nothing.

/** Files above this are refused unread (PRODUCT.md admin page: 50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileKind = 'receipts-json' | 'receipts-csv' | 'roster-csv' | 'roster-xlsx';
export type FileRefusal = 'tooLarge' | 'notXlsx' | 'notText' | 'unknownType';

export type FileCheck = { ok: true; kind: FileKind } | { ok: false; reason: FileRefusal };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes open like a zip archive, which every .xlsx is. */
function isZip(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => head[i] === byte);
}

// The receipt CSV always carries its receipt-id column; a roster never does.
const RECEIPT_CSV_MARK = 'mã biên nhận';

/**
 * Decides what a file is from its name, size and first bytes (a few KB), or why it is refused.
 * `intent` is what the admin said it is (the picker used); a dropped file has none.
 */
export function checkAdminFile(name: string, size: number, head: Uint8Array, intent?: 'receipts' | 'roster'): FileCheck {
  if (size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    if (intent === 'receipts') return { ok: false, reason: 'unknownType' };
    return isZip(head) ? { ok: true, kind: 'roster-xlsx' } : { ok: false, reason: 'notXlsx' };
  }
  // A text file has no NUL bytes; a binary renamed to .csv or .json is refused here.
  if (isZip(head) || head.includes(0)) return { ok: false, reason: 'notText' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\ufeff/, '');
  if (lower.endsWith('.json') || lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || /^\s*[{[]/.test(text)) {
    return intent === 'roster' ? { ok: false, reason: 'unknownType' } : { ok: true, kind: 'receipts-json' };
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) return { ok: false, reason: 'unknownType' };
  if (intent) return { ok: true, kind: intent === 'roster' ? 'roster-csv' : 'receipts-csv' };
  const header = (text.split(/\r\n|\n|\r/, 1)[0] ?? '').normalize('NFC').toLowerCase();
  return { ok: true, kind: header.includes(RECEIPT_CSV_MARK) ? 'receipts-csv' : 'roster-csv' };
}
