import { formatZonedIso } from '../rounds';
import { receiptExportSchema, type Receipt, type ReceiptExport } from './schema';

/** The receipt export file of PRODUCT.md §4.4, dated `now` in the contest's time zone. */
export function createReceiptExport(receipts: readonly Receipt[], now: number, timeZone: string): ReceiptExport {
  return receiptExportSchema.parse({
    kind: 'hoithi.receipts',
    version: 1,
    exportedAt: formatZonedIso(now, timeZone),
    receipts,
  });
}

/** The export file as text: pretty-printed JSON (the digest does not depend on layout). */
export function serializeReceiptExport(file: ReceiptExport): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
