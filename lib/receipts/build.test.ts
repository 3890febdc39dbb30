import { describe, expect, it } from 'vitest';
import { buildReceipt, NotSubmittedError, type BuildReceiptInput } from './build';
import { createReceiptExport } from './export';
import { verifyReceiptDigest } from './digest';
import { exampleReceipt } from './test-data';

const TZ = 'Asia/Ho_Chi_Minh';

const input = (patch: Partial<BuildReceiptInput['attempt']> = {}): BuildReceiptInput => ({
  attempt: {
    contestId: 'cchc-tth-2022',
    round: 2,
    portalAccount: 'Nguyễn Văn A',
    startedAt: '2022-08-09T09:14:03+07:00',
    submittedAt: '2022-08-09T09:21:40+07:00',
    durationSeconds: 457,
    confirmationSeen: true,
    warnings: [],
    ...patch,
  },
  participant: { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' },
  now: Date.parse('2022-08-09T09:21:41.900+07:00'),
  newId: () => '3b241101-e2bb-4255-8caf-4136c566a962',
  extensionVersion: '1.0.0',
  timeZone: TZ,
});

describe('buildReceipt', () => {
  it('should build the example receipt of PRODUCT.md §4.2, digest included', async () => {
    expect(await buildReceipt(input())).toEqual(exampleReceipt);
  });

  it('should write NFC text whatever the form of the input', async () => {
    const nfd = input({ portalAccount: 'Nguyễn Văn A'.normalize('NFD') });
    nfd.participant = { ...nfd.participant, unit: 'Văn phòng Sở'.normalize('NFD') };
    const receipt = await buildReceipt(nfd);
    expect(receipt.participant.unit).toBe('Văn phòng Sở');
    expect(receipt.digest).toBe(exampleReceipt.digest);
  });

  it('should put warnings in the order of §4.2 and say unconfirmed when no confirmation was seen', async () => {
    const receipt = await buildReceipt(input({ confirmationSeen: false, warnings: ['account-mismatch', 'second-attempt'] }));
    expect(receipt.warnings).toEqual(['second-attempt', 'account-mismatch']);
    expect(receipt.confirmation).toBe('unconfirmed');
    expect(await verifyReceiptDigest(receipt)).toBe(true);
  });

  it('should record an empty portal account as null', async () => {
    expect((await buildReceipt(input({ portalAccount: '' }))).portalAccount).toBeNull();
  });

  it('should refuse an attempt that was not submitted, or a bad id', async () => {
    await expect(buildReceipt(input({ submittedAt: null, durationSeconds: null }))).rejects.toThrow(NotSubmittedError);
    await expect(buildReceipt({ ...input(), newId: () => 'not-a-uuid' })).rejects.toThrow(/receiptId/);
  });
});

describe('createReceiptExport', () => {
  it('should date the export file in the contest time zone', () => {
    const file = createReceiptExport([exampleReceipt], Date.UTC(2022, 7, 30, 1), TZ);
    expect(file).toEqual({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [exampleReceipt] });
  });
});
