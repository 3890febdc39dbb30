import { describe, expect, it } from 'vitest';
import { saveImport } from '@/lib/report/repository';
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
});
