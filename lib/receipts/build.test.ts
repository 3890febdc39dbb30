import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReceipt, NotSubmittedError, type BuildReceiptInput } from './build';
import { createReceiptExport } from './export';
import { verifyReceiptDigest } from './digest';
import { canonicalJson } from '../json/canonical';
import { receiptSchema } from './schema';
import { receiptSchemaFast } from './fast-parse';
import { declaredBody, declaredCanonical, declaredDigest, exampleReceipt } from './test-data';

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

describe('buildReceipt for a declared attempt', () => {
  const declared = (): BuildReceiptInput => ({
    ...input({
      portalAccount: null,
      startedAt: '2022-08-09T07:45:00+07:00',
      submittedAt: '2022-08-09T07:45:00+07:00',
      durationSeconds: 0,
      confirmationSeen: false,
      startSource: 'declared',
    }),
    now: Date.parse('2022-08-09T18:30:12.400+07:00'),
    newId: () => declaredBody.receiptId,
  });

  it('should say "declared" and digest the hand-written canonical JSON (fixed vector)', async () => {
    const receipt = await buildReceipt(declared());
    const { digest, ...body } = receipt;
    expect(body).toEqual(declaredBody);
    expect(canonicalJson(body)).toBe(declaredCanonical);
    expect(createHash('sha256').update(Buffer.from(declaredCanonical, 'utf8')).digest('hex')).toBe(declaredDigest);
    expect(digest).toBe(declaredDigest);
    expect(await verifyReceiptDigest(receipt)).toBe(true);
  });

  it('should refuse a declared receipt with seconds, a duration or a portal name, in the schema and its fast path', () => {
    const good = { ...declaredBody, digest: declaredDigest };
    expect(receiptSchema.safeParse(good).success).toBe(true);
    expect(receiptSchemaFast.safeParse(good).success).toBe(true);
    const bad = [
      { startedAt: '2022-08-09T07:45:07+07:00', submittedAt: '2022-08-09T07:45:07+07:00' },
      { submittedAt: '2022-08-09T07:46:00+07:00', durationSeconds: 60 },
      { portalAccount: 'Nguyễn Văn A' },
    ];
    for (const patch of bad) {
      const result = receiptSchemaFast.safeParse({ ...good, ...patch });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('confirmation');
    }
  });
});

describe('createReceiptExport', () => {
  it('should date the export file in the contest time zone', () => {
    const file = createReceiptExport([exampleReceipt], Date.UTC(2022, 7, 30, 1), TZ);
    expect(file).toEqual({ kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [exampleReceipt] });
  });
});
