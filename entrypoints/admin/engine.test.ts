import { describe, expect, it } from 'vitest';
import { saveImport } from '@/lib/db/admin-repo';
import { exampleReceipt } from '@/lib/receipts/test-data';
import type { Receipt } from '@/lib/receipts/schema';
import { createAdminEngine } from './engine';

const context = { rounds: [1, 2], units: [], contestId: exampleReceipt.contestId };

describe('admin engine', () => {
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
