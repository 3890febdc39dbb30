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
});
