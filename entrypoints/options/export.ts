import { sendMessage } from '@/lib/messaging/protocol';
import { createReceiptExport, serializeReceiptExport } from '@/lib/receipts/export';
import { formatZonedIso } from '@/lib/rounds';
import { receiptsToCsv } from '@/lib/report/receipt-csv';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads every receipt as the 4.4 JSON export or the CSV (UTF-8 with BOM, Vietnamese headers). */
export async function exportReceipts(format: 'json' | 'csv'): Promise<{ file: string; count: number }> {
  const { receipts, timeZone } = await sendMessage('listReceipts');
  const now = Date.now();
  const stamp = formatZonedIso(now, timeZone).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = `bien-nhan-hoithi-${stamp}.${format}`;
  if (format === 'json') download(file, 'application/json', serializeReceiptExport(createReceiptExport(receipts, now, timeZone)));
  else download(file, 'text/csv;charset=utf-8', receiptsToCsv(receipts));
  return { file, count: receipts.length };
}
