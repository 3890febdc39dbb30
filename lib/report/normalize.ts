import { foldDiacritics, normalizeText } from '../text/normalize';

// One definition of "the same text" for the whole product (PRODUCT.md §3): the report matches names
// with the same rules the portal recognition uses, so "Thuỷ" in a roster matches "Thủy" in a receipt.

/** Matching key of a name, unit or account: NFC, case-folded, white space collapsed, tone marks unified. */
export function normalizeName(s: string): string {
  return normalizeText(s);
}

/** Looser key without any marks ("Họ và tên" → "ho va ten"), for column headers and yes/no cells. */
export function foldName(s: string): string {
  return foldDiacritics(s);
}

/** Header key: folded, then everything but letters and digits dropped ("Họ và tên" → "hovaten", "full_name" → "fullname"). */
export function headerKey(s: string): string {
  return foldName(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Key of a person by name within a unit; the separator cannot occur in normalised text. */
export function personKey(fullName: string, unit: string, normalize: (s: string) => string = normalizeName): string {
  return `${normalize(fullName)}\u0000${normalize(unit)}`;
}
