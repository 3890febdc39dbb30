import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../receipts/build';
import type { Receipt } from '../receipts/schema';
import { declaredBody, declaredDigest, exampleReceipt, findDigestMismatches } from '../receipts/test-data';
import { parseCsv, toCsv } from './csv';
import { receiptExportColumns, receiptsToCsv } from './receipt-csv';
import { collectInSteps, readReceiptFile, readReceiptRecords } from './receipts-import';
import { uuid } from './test-data';

// Real receipts with real digests, including text a spreadsheet could run and awkward cells.
async function sampleReceipts(): Promise<Receipt[]> {
  const base = { now: Date.parse('2022-08-09T09:30:00+07:00'), extensionVersion: '1.2.0', timeZone: 'Asia/Ho_Chi_Minh' };
  const attempt = {
    contestId: 'cchc-tth-2022', round: 2 as number | null, portalAccount: '=HYPERLINK("http://evil","x")' as string | null,
    startedAt: '2022-08-09T09:14:03+07:00', submittedAt: '2022-08-09T09:21:40+07:00', durationSeconds: 457, confirmationSeen: true,
    warnings: ['second-attempt', 'account-mismatch'] as const,
  };
  const participant = { fullName: "-Trần Thị 'Thuỷ'", unit: 'Trung tâm Đo lường, thử nghiệm và Thông tin khoa học', position: '@Chuyên viên', isLeader: true, account: '' };
  return [
    exampleReceipt,
    { ...declaredBody, digest: declaredDigest }, // "Tự khai" in the CSV
    await buildReceipt({ ...base, attempt: { ...attempt, warnings: [...attempt.warnings] }, participant, newId: () => uuid(1) }),
    await buildReceipt({ ...base, attempt: { ...attempt, round: null, portalAccount: null, confirmationSeen: false, warnings: [] }, participant, newId: () => uuid(2) }),
  ];
}

describe('readReceiptFile (JSON Lines)', () => {
  const second = { ...exampleReceipt, receiptId: uuid(2) };
  it('should read one receipt a line and refuse a broken line by its number, reading the rest', () => {
    const text = [JSON.stringify(exampleReceipt), '{"kind":"hoithi.receipt",', '', JSON.stringify({ ...second, round: 0 }), JSON.stringify(second), ''].join('\r\n');
    expect(readReceiptFile('receiver.log', text)).toEqual({
      ok: true, name: 'receiver.log', format: 'jsonl', receipts: [exampleReceipt, second], read: 2,
      refused: [
        { row: 2, field: '', key: 'report.receipt.notJsonLine' },
        { row: 4, field: 'round', key: 'report.receipt.invalidField', params: { field: 'round' } },
      ],
    });
  });
  it('should read a .jsonl file even when its first line is broken, and refuse one with no JSON at all', () => {
    expect(readReceiptFile('dump.jsonl', `oops\n${JSON.stringify(second)}\n`)).toMatchObject({ ok: true, format: 'jsonl', read: 1, refused: [{ row: 1 }] });
    expect(readReceiptFile('dump.jsonl', 'oops\nnope\n')).toEqual({ ok: false, name: 'dump.jsonl', error: { key: 'report.receipts.notJson', params: { name: 'dump.jsonl' } } });
    expect(readReceiptFile('x.json', 'oops\n{}\n')).toMatchObject({ ok: false, error: { key: 'report.receipts.notJson' } });
  });
});

describe('readReceiptFile (JSON)', () => {
  it('should read an export file and refuse only its bad receipts, saying which and why', () => {
    const file = { kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [exampleReceipt, { ...exampleReceipt, durationSeconds: -1 }, { ...exampleReceipt, note: 'x' }] };
    expect(readReceiptFile('export.json', JSON.stringify(file))).toEqual({
      ok: true, name: 'export.json', format: 'export', receipts: [exampleReceipt], read: 1,
      refused: [
        { row: 2, field: 'durationSeconds', key: 'report.receipt.invalidField', params: { field: 'durationSeconds' } },
        { row: 3, field: 'note', key: 'report.receipt.unknownField', params: { field: 'note' } },
      ],
    });
  });

  it('should read a single receipt file', () => {
    expect(readReceiptFile('r.json', `\ufeff${JSON.stringify(exampleReceipt)}`)).toMatchObject({ ok: true, format: 'receipt', read: 1, refused: [] });
  });

  it('should refuse a file that is not JSON, of another kind or version, or empty', () => {
    const error = (name: string, text: string) => { const r = readReceiptFile(name, text); return r.ok ? undefined : r.error; };
    expect(error('a.json', '{"kind":')).toEqual({ key: 'report.receipts.notJson', params: { name: 'a.json' } });
    expect(error('a.json', '{"kind":"hoithi.config","version":1}')).toEqual({ key: 'report.receipts.wrongKind', params: { name: 'a.json' } });
    expect(error('a.json', '{"kind":"hoithi.receipts","version":2}')).toEqual({ key: 'report.receipts.unsupportedVersion', params: { name: 'a.json', version: '2' } });
    expect(error('a.json', '{"kind":"hoithi.receipts","version":1,"exportedAt":"x"}')).toEqual({ key: 'report.receipts.badEnvelope', params: { name: 'a.json', field: 'receipts' } });
    expect(error('a.json', '{"kind":"hoithi.receipts","version":1,"exportedAt":"x","receipts":[]}')).toEqual({ key: 'report.receipts.empty', params: { name: 'a.json' } });
  });
});

describe('receiptsToCsv and readReceiptFile (CSV)', () => {
  it('should write a BOM, the Vietnamese header and neutralised formulas', async () => {
    const csv = receiptsToCsv(await sampleReceipts());
    expect(csv.startsWith('\ufeffMã biên nhận,Mã hội thi,Đợt,Họ và tên,Đơn vị,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'-Trần Thị 'Thuỷ'`);
    expect(parseCsv(csv).every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('should read back exactly the receipts it wrote, so their digests still verify', async () => {
    const receipts = await sampleReceipts();
    const result = readReceiptFile('bien-nhan.csv', receiptsToCsv(receipts));
    expect(result).toEqual({ ok: true, name: 'bien-nhan.csv', format: 'csv', receipts, read: 4, refused: [] });
    expect(result.ok && (await findDigestMismatches(result.receipts)).size).toBe(0);
  });

  it('should read a semicolon file in NFD with columns in another order', async () => {
    const receipts = await sampleReceipts();
    const columns = [...receiptExportColumns].reverse();
    const text = toCsv([columns.map((c) => c.header), ...receipts.map((r) => columns.map((c) => c.write(r)))], ';').normalize('NFD');
    expect(readReceiptFile('x.csv', text)).toMatchObject({ ok: true, receipts, refused: [] });
  });

  it('should refuse a bad row by its row number and column header, and a file missing a column', () => {
    const rows = parseCsv(receiptsToCsv([exampleReceipt, exampleReceipt]));
    rows[2]![2] = 'hai';
    const result = readReceiptFile('x.csv', toCsv(rows));
    expect(result.ok && result.refused).toEqual([{ row: 3, field: 'Đợt', key: 'report.receipt.invalidField', params: { field: 'Đợt' } }]);
    const short = toCsv(rows.map((row) => row.slice(0, -1)));
    expect(readReceiptFile('x.csv', short)).toEqual({
      ok: false, name: 'x.csv', error: { key: 'report.table.missingColumns', params: { name: 'x.csv', columns: '"Mã kiểm tra SHA-256"' } },
    });
  });
});

describe('collectInSteps', () => {
  it('should step through the records as readReceiptFile reads them all: same result, a pause a step, each receipt passed on once checked', async () => {
    const receipts = await sampleReceipts();
    const lines = [...receipts.map((r) => JSON.stringify(r)), 'not json', JSON.stringify({ ...exampleReceipt, round: 'hai' }), JSON.stringify({ ...exampleReceipt, extra: 1 })];
    const csv = receiptsToCsv(receipts);
    const exportText = JSON.stringify({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [...receipts, { ...exampleReceipt, digest: 'x' }] });
    for (const [name, text] of [['log.jsonl', lines.join('\n')], ['bien-nhan.csv', csv], ['bien-nhan.json', exportText]] as const) {
      const file = readReceiptRecords(name, text);
      if (!file.ok) throw new Error(`${name} refused`);
      const passed: Receipt[] = [];
      let pauses = 0;
      const stepped = await collectInSteps(file, (r) => passed.push(r), async () => void pauses++, 2);
      expect(stepped, name).toEqual(readReceiptFile(name, text));
      expect(passed).toEqual(stepped.ok ? stepped.receipts : []);
      expect(pauses).toBe(Math.ceil(file.records.length / 2));
    }
  });
});
