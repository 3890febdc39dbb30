import { describe, expect, it } from 'vitest';
import { isIsoSeconds, receiptExportSchema, receiptSchema } from './schema';
import { exampleReceipt } from './test-data';

const withField = (patch: Record<string, unknown>) => ({ ...exampleReceipt, ...patch });
const failsAt = (input: unknown) => receiptSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));

describe('receiptSchema', () => {
  it('should accept the example receipt of PRODUCT.md §4.2 unchanged', () => {
    expect(receiptSchema.parse(exampleReceipt)).toEqual(exampleReceipt);
  });

  it('should accept a null round and a null portal account', () => {
    expect(receiptSchema.safeParse(withField({ round: null, portalAccount: null })).success).toBe(true);
  });

  it('should refuse a receiptId that is not a v4 UUID', () => {
    expect(failsAt(withField({ receiptId: '3b241101-e2bb-1255-8caf-4136c566a962' }))).toEqual(['receiptId']);
  });

  it('should refuse times with fractions, without offset or in UTC "Z"', () => {
    expect(failsAt(withField({ createdAt: '2022-08-09T09:21:41.5+07:00' }))).toEqual(['createdAt']);
    expect(failsAt(withField({ createdAt: '2022-08-09T09:21:41' }))).toEqual(['createdAt']);
    expect(failsAt(withField({ createdAt: '2022-08-09T02:21:41Z' }))).toEqual(['createdAt']);
    expect(isIsoSeconds('2022-02-30T09:00:00+07:00')).toBe(false);
  });

  it('should refuse warnings out of order, repeated or unknown', () => {
    expect(failsAt(withField({ warnings: ['account-mismatch', 'second-attempt'] }))).toEqual(['warnings']);
    expect(failsAt(withField({ warnings: ['outside-round', 'outside-round'] }))).toEqual(['warnings']);
    expect(failsAt(withField({ warnings: ['late'] }))).toEqual(['warnings.0']);
    expect(failsAt(withField({ warnings: ['second-attempt', 'over-time-limit'] }))).toBeUndefined();
  });

  it('should refuse a duration that disagrees with the two times, or a negative or fractional one', () => {
    expect(failsAt(withField({ durationSeconds: 456 }))).toEqual(['durationSeconds']);
    expect(failsAt(withField({ durationSeconds: 457.5 }))).toEqual(['durationSeconds']);
  });

  it('should refuse an unknown field, a digest in upper case and an unknown confirmation', () => {
    expect(failsAt(withField({ extra: 1 }))).toEqual(['']);
    expect(failsAt(withField({ digest: exampleReceipt.digest.toUpperCase() }))).toEqual(['digest']);
    expect(failsAt(withField({ confirmation: 'yes' }))).toEqual(['confirmation']);
  });

  it('should give NFC text for NFD input', () => {
    const nfd = withField({ participant: { ...exampleReceipt.participant, fullName: 'Nguyễn Văn A'.normalize('NFD') } });
    expect(receiptSchema.parse(nfd).participant.fullName).toBe('Nguyễn Văn A');
  });
});

describe('receiptExportSchema', () => {
  it('should accept the export file of PRODUCT.md §4.4', () => {
    const file = { kind: 'hoithi.receipts', version: 1, exportedAt: '2022-08-30T08:00:00+07:00', receipts: [exampleReceipt] };
    expect(receiptExportSchema.parse(file).receipts).toHaveLength(1);
    expect(receiptExportSchema.safeParse({ ...file, kind: 'hoithi.receipt' }).success).toBe(false);
  });
});
