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

export type ReceiptFileFormat = 'export' | 'receipt' | 'jsonl' | 'csv';

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

const JSON_LINES_NAME = /\.(?:jsonl|ndjson)$/i;

/**
 * Reads a receipt export (JSON §4.4), a single receipt (JSON §4.2), JSON Lines (one receipt a line:
 * the collector's or the reference receiver's log) or the receipt CSV (§4.4).
 */
export function readReceiptFile(name: string, input: string): ReceiptFileResult {
  const text = input.replace(/^\ufeff/, '');
  const fail = (key: ReportMessageKey, params: Params = {}): ReceiptFileResult => ({ ok: false, name, error: { key, params: { name, ...params } } });
  const looksJson = /^\s*[{[]/.test(text) || /\.json$/i.test(name) || JSON_LINES_NAME.test(name);
  if (!looksJson) return readCsv(name, text, fail);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return isJsonLines(name, text) ? readJsonLines(name, text) : fail('report.receipts.notJson');
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

// Not one JSON value, but its first line is one object: JSON Lines (or named so).
function isJsonLines(name: string, text: string): boolean {
  if (JSON_LINES_NAME.test(name)) return true;
  const first = text.split('\n', 1)[0]!.trim();
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// Each line is parsed alone: a broken line is refused with its number, the others are read.
function readJsonLines(name: string, text: string): ReceiptFileResult {
  const records: unknown[] = [];
  const rows: number[] = [];
  const broken: ReceiptRefusal[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
      rows.push(i + 1);
    } catch {
      broken.push({ row: i + 1, field: '', key: 'report.receipt.notJsonLine' });
    }
  });
  if (records.length === 0 && broken.length > 0) return { ok: false, name, error: { key: 'report.receipts.notJson', params: { name } } };
  const result = collect(name, 'jsonl', records, (path) => path, rows);
  if (!result.ok) return result;
  return { ...result, refused: [...result.refused, ...broken].sort((a, b) => a.row - b.row) };
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

/** Validates each record; refusals carry their row (rowNumbers[i], else i + 1) and the field at fault. */
export function collect(
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
