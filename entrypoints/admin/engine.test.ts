import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { ADMIN_DB_NAME, loadAdminData, saveImport } from '@/lib/report/repository';
import { declaredBody, declaredDigest } from '@/lib/receipts/test-data';
import { computeReceiptDigest } from '@/lib/receipts/digest';
import { exampleReceipt } from '@/lib/receipts/test-data';
import type { Receipt } from '@/lib/receipts/schema';
import { createAdminEngine } from './engine';

const context = { rounds: [1, 2], units: [], contestId: exampleReceipt.contestId };

const exportOf = (receipts: unknown[]) =>
  new File([JSON.stringify({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts })], 'bien-nhan.json', { type: 'application/json' });

describe('admin engine', () => {
  it('should flag a receipt whose digest fails, and show the same report as a fresh load', async () => {
    const engine = createAdminEngine();
    await engine.clear(context);
    const tampered = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-000000000009', round: 1 };
    const imported = await engine.importFiles(context, [{ file: exportOf([exampleReceipt, tampered]) }], 1);
    expect(imported.report.flagCounts['digest-mismatch']).toBe(1);
    const other = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-00000000000a' };
    const clean = await engine.importFiles(context, [{ file: exportOf([{ ...other, digest: await computeReceiptDigest(other) }]) }], 2);
    expect([clean.receiptCount, clean.report.flagCounts['digest-mismatch']]).toEqual([3, 1]);
    const reloaded = await createAdminEngine().load(context);
    expect(reloaded.report).toEqual(clean.report);
    await engine.clear(context);
  });

  it('should check stored receipts on load, leave out the damaged ones and say how many', async () => {
    const damaged = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-000000000002', round: 'hai' } as unknown as Receipt;
    await saveImport([{ file: 'bien-nhan.json', importedAt: 1, receipts: [exampleReceipt, damaged], badDigests: [] }], undefined, []);
    const snapshot = await createAdminEngine().load(context);
    expect(snapshot.receiptCount).toBe(1);
    expect(snapshot.damaged).toBe(1);
    expect(snapshot.report.totals.receipts).toBe(1);
    const cleared = await createAdminEngine().clear(context);
    expect([cleared.receiptCount, cleared.damaged]).toEqual([0, 0]);
  });

  it('should check the stored roster on load: a damaged one is not used, is said, and a new roster clears the notice', async () => {
    const good = { row: 2, fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: '', isLeader: false, account: 'nguyenvana' };
    await saveImport([], { file: 'ds.csv', importedAt: 1, rows: [good] }, []);
    const loaded = await createAdminEngine().load(context);
    expect([loaded.rosterFile, loaded.rosterDamaged, loaded.report.totals.staff]).toEqual(['ds.csv', false, 1]);

    // As a hand-edited or damaged database would hold it: a yes/no cell kept as text.
    const broken = { file: 'ds.csv', importedAt: 1, rows: [{ ...good, isLeader: 'có' }] } as never;
    await saveImport([], broken, []);
    const engine = createAdminEngine();
    const damaged = await engine.load(context);
    expect([damaged.rosterFile, damaged.rosterDamaged, damaged.report.totals.staff]).toEqual([undefined, true, 0]);

    const csv = new File(['Họ và tên,Đơn vị\nTrần Thị B,Phòng Tổ chức\n'], 'ds-moi.csv', { type: 'text/csv' });
    const fresh = await engine.importFiles(context, [{ file: csv, intent: 'roster' }], 2);
    expect([fresh.rosterFile, fresh.rosterDamaged, fresh.report.totals.staff]).toEqual(['ds-moi.csv', false, 1]);
    await engine.clear(context);
  });

  it('should store receipts as the canonical texts their digests were checked over, and read back the same receipts', async () => {
    const engine = createAdminEngine();
    await engine.clear(context);
    const tricky = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-000000000021', round: null, portalAccount: null, warnings: ['second-attempt'] as Receipt['warnings'],
      participant: { ...exampleReceipt.participant, fullName: 'Lê "Tí" \\ {"confirmation":} 😀', account: '' } };
    const receipts = [exampleReceipt, { ...declaredBody, digest: declaredDigest }, { ...tricky, digest: await computeReceiptDigest(tricky) }];
    const imported = await engine.importFiles(context, [{ file: exportOf(receipts) }], 1);
    expect([imported.receiptCount, imported.report.flagCounts['digest-mismatch']]).toEqual([3, 0]);
    const stored = await loadAdminData();
    expect(stored.batches.flatMap((b) => b.records)).toEqual(receipts);
    const reloaded = await createAdminEngine().load(context);
    expect([reloaded.receiptCount, reloaded.damaged, reloaded.report]).toEqual([3, 0, imported.report]);
    await engine.clear(context);
  });

  it('should count as damaged each receipt of a stored chunk that cannot be read, and still read the rest', async () => {
    const engine = createAdminEngine();
    await engine.clear(context);
    const other = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-000000000031' };
    await engine.importFiles(context, [{ file: exportOf([exampleReceipt]) }, { file: exportOf([{ ...other, digest: await computeReceiptDigest(other) }]) }], 1);
    // As a damaged disk or a hand edit would leave them: bytes that are not UTF-8, then a chunk that is not JSON.
    const db = await openDB(ADMIN_DB_NAME);
    const keys = await db.getAllKeys('batches');
    const [first, second] = await Promise.all(keys.map((k) => db.get('batches', k)));
    await db.put('batches', { ...first, chunks: [{ canonical: new Uint8Array([0xff, 0xfe, 0x7b]), digests: first.chunks[0].digests }] }, keys[0]);
    const reloaded = await createAdminEngine().load(context);
    expect([reloaded.receiptCount, reloaded.damaged]).toEqual([1, 1]);
    await db.put('batches', { ...second, chunks: [{ canonical: new TextEncoder().encode('[{"confirmation":'), digests: second.chunks[0].digests }] }, keys[1]);
    expect((await createAdminEngine().load(context)).damaged).toBe(2);
    db.close();
    await engine.clear(context);
  });

  it('should still read batches stored before, as receipt objects', async () => {
    await createAdminEngine().clear(context);
    const db = await openDB(ADMIN_DB_NAME);
    await db.add('batches', { file: 'cu.json', importedAt: 1, receipts: [exampleReceipt, { ...exampleReceipt, round: 'hai' }], badDigests: [exampleReceipt.receiptId] });
    db.close();
    const loaded = await createAdminEngine().load(context);
    expect([loaded.receiptCount, loaded.damaged, loaded.report.flagCounts['digest-mismatch']]).toEqual([1, 1, 1]);
    await createAdminEngine().clear(context);
  });

  it('should refuse bytes that are not UTF-8, but read a file that really holds U+FFFD', async () => {
    const engine = createAdminEngine();
    await engine.clear(context);
    const text = JSON.stringify({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [exampleReceipt] });
    const broken = new File([new TextEncoder().encode(text.slice(0, -2)), new Uint8Array([0xc3]), new TextEncoder().encode(']}')], 'hong.json');
    const refused = await engine.importFiles(context, [{ file: broken }], 1);
    expect(refused.log.at(-1)?.error?.key).toBe('admin.file.notUtf8');
    const named = { ...exampleReceipt, receiptId: '00000000-0000-4000-8000-000000000041', participant: { ...exampleReceipt.participant, position: 'Chuyên viên \ufffd' } };
    const read = await engine.importFiles(context, [{ file: exportOf([{ ...named, digest: await computeReceiptDigest(named) }]) }], 2);
    expect([read.receiptCount, read.report.flagCounts['digest-mismatch'], read.log.at(-1)?.error]).toEqual([1, 0, undefined]);
    await engine.clear(context);
  });

  it('should take each receipt once across the files of one import, and check the digests of all', async () => {
    const engine = createAdminEngine();
    await engine.clear(context);
    const receipts = await Promise.all(Array.from({ length: 2500 }, async (_, n) => {
      const body = { ...exampleReceipt, receiptId: `00000000-0000-4000-8000-${String(n + 100).padStart(12, '0')}` };
      return { ...body, digest: await computeReceiptDigest(body) };
    }));
    const tampered = { ...receipts[2200]!, round: 1 };
    const snapshot = await engine.importFiles(context, [{ file: exportOf(receipts.slice(0, 1500)) }, { file: exportOf([...receipts.slice(1000, 2200), tampered, ...receipts.slice(2201)]) }], 1);
    expect(snapshot.log.map((l) => [l.read, l.fresh, l.duplicates])).toEqual([[1500, 1500, 0], [1500, 1000, 500]]);
    expect([snapshot.receiptCount, snapshot.report.flagCounts['digest-mismatch']]).toEqual([2500, 1]);
    expect((await createAdminEngine().load(context)).report).toEqual(snapshot.report);
    await engine.clear(context);
  });
});
