import * as z from 'zod/mini';
import type { ReportMessageKey } from '../i18n/catalog/report';
import { receiptSchemaFast } from '../receipts/fast-parse';
import type { Receipt } from '../receipts/schema';
import { isBlankRow, matchColumns } from './columns';
import { CsvParseError, parseCsv, restoreCell } from './csv';
import { receiptExportColumns, receiptFromCells } from './receipt-csv';

type Params = Record<string, string | number>;

/** A receipt left out: its row (CSV record, or position in the JSON list) and the field at fault. */
export interface ReceiptRefusal { row: number; field: string; key: ReportMessageKey; params?: Params }

export type ReceiptFileFormat = 'export' | 'receipt' | 'csv';

/** What one file gave: the receipts read and the ones refused, or why the whole file was refused. */
export type ReceiptFileResult =
  | { ok: true; name: string; format: ReceiptFileFormat; receipts: Receipt[]; read: number; refused: ReceiptRefusal[] }
  | { ok: false; name: string; error: { key: ReportMessageKey; params: Params } };

// The envelope is checked alone so that one bad receipt does not refuse the other thousands.
const envelopeSchema = z.object({
  kind: z.literal('hoithi.receipts'),
  version: z.literal(1),
  exportedAt: z.string(),
  receipts: z.array(z.unknown()),
});

/** Reads a receipt export (JSON §4.4), a single receipt (JSON §4.2) or the receipt CSV (§4.4). */
export function readReceiptFile(name: string, input: string): ReceiptFileResult {
  const text = input.replace(/^\ufeff/, '');
  const fail = (key: ReportMessageKey, params: Params = {}): ReceiptFileResult => ({ ok: false, name, error: { key, params: { name, ...params } } });
  const looksJson = /^\s*[{[]/.test(text) || /\.json$/i.test(name);
  if (!looksJson) return readCsv(name, text, fail);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('report.receipts.notJson');
  }
  const kind = (json as { kind?: unknown } | null)?.kind;
  const version = (json as { version?: unknown } | null)?.version;
  if (kind !== 'hoithi.receipts' && kind !== 'hoithi.receipt') return fail('report.receipts.wrongKind');
  if (version !== 1) return fail('report.receipts.unsupportedVersion', { version: String(version) });
  if (kind === 'hoithi.receipt') return collect(name, 'receipt', [json], (path) => path);
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return fail('report.receipts.badEnvelope', { field: envelope.error.issues[0]?.path.join('.') ?? '' });
  return collect(name, 'export', envelope.data.receipts, (path) => path);
}

function readCsv(name: string, text: string, fail: (key: ReportMessageKey, params?: Params) => ReceiptFileResult): ReceiptFileResult {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvParseError) return fail('report.csv.unterminatedQuote', { row: error.record });
    throw error;
  }
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return fail('report.receipts.empty');
  const names = Object.fromEntries(receiptExportColumns.map((c) => [c.path, [c.header, c.path]]));
  const { columns, duplicate } = matchColumns(rows[headerIndex]!, names);
  if (duplicate !== undefined) return fail('report.table.duplicateColumn', { column: duplicate });
  const missing = receiptExportColumns.filter((c) => columns[c.path] === undefined);
  // Every column is needed: the digest covers every field, so a partial row could never verify.
  if (missing.length > 0) return fail('report.table.missingColumns', { columns: missing.map((c) => `"${c.header}"`).join(', ') });
  const records: unknown[] = [];
  const recordRows: number[] = [];
  rows.forEach((row, i) => {
    if (i <= headerIndex || isBlankRow(row)) return;
    records.push(receiptFromCells(receiptExportColumns.map((c) => restoreCell(row[columns[c.path]!] ?? '').normalize('NFC'))));
    recordRows.push(i + 1);
  });
  const headerOf = new Map(receiptExportColumns.map((c) => [c.path, c.header]));
  return collect(name, 'csv', records, (path) => headerOf.get(path) ?? path, recordRows);
}

function collect(
  name: string,
  format: ReceiptFileFormat,
  records: readonly unknown[],
  fieldName: (path: string) => string,
  rowNumbers?: readonly number[],
): ReceiptFileResult {
  const receipts: Receipt[] = [];
  const refused: ReceiptRefusal[] = [];
  records.forEach((record, i) => {
    const result = receiptSchemaFast.safeParse(record);
    if (result.success) return void receipts.push(result.data);
    const issue = result.error.issues[0]!;
    const row = rowNumbers?.[i] ?? i + 1;
    if (issue.code === 'unrecognized_keys') {
      refused.push({ row, field: issue.keys.join(', '), key: 'report.receipt.unknownField', params: { field: issue.keys.join(', ') } });
    } else {
      // A wrong value inside the warnings list is a fault of the warnings column, not of "warnings.0".
      const path = issue.path.filter((part) => typeof part === 'string').join('.');
      const field = fieldName(path);
      refused.push({ row, field, key: 'report.receipt.invalidField', params: { field } });
    }
  });
  if (records.length === 0) return { ok: false, name, error: { key: 'report.receipts.empty', params: { name } } };
  return { ok: true, name, format, receipts, read: receipts.length, refused };
}
