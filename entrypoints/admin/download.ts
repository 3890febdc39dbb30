import type { Locale } from '@/lib/i18n';
import type { Report } from '@/lib/report/aggregate';
import { reportToCsv } from '@/lib/report/export-csv';

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the report as CSV (BOM, Vietnamese headers) or XLSX; the XLSX library loads only now. */
export async function downloadReport(report: Report, format: 'csv' | 'xlsx', locale: Locale, stamp: string): Promise<void> {
  const name = `bao-cao-tham-gia-${stamp}.${format}`;
  if (format === 'csv') return save(name, new Blob([reportToCsv(report, locale)], { type: 'text/csv;charset=utf-8' }));
  const { reportToXlsx } = await import('@/lib/report/xlsx');
  save(name, await reportToXlsx(report, locale));
}
