import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isCleanReceipt, parseCleanReceipt, receiptSchemaFast } from './fast-parse';
import { daysFromCivil, isoSeconds } from './iso-seconds';
import { receiptSchema } from './schema';
import { exampleReceipt } from './test-data';

type Loose = Record<string, unknown>;

const bases: Loose[] = [
  exampleReceipt,
  { ...exampleReceipt, round: null, portalAccount: null, confirmation: 'unconfirmed', warnings: ['second-attempt', 'over-time-limit'] },
  { ...exampleReceipt, participant: { ...exampleReceipt.participant, position: '', account: '', isLeader: true }, durationSeconds: 0, submittedAt: exampleReceipt.startedAt },
];

// Values of every kind, including the near misses of each field.
const values: unknown[] = [
  undefined, null, true, false, 0, -0, 1, 2, -1, 1.5, 457, 458, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'x', {}, [],
  'hoithi.receipt', 'hoithi.receipts', 'Nguyễn Văn A', 'Nguyễn Văn A'.normalize('NFD'), 'Văn phòng Sở', 'cchc-tth-2022',
  'confirmed', 'unconfirmed', 'CONFIRMED', '1', '1.0.0', '1.0.0.0.0', 'v1', '1.', '2.10.3.4',
  '3b241101-e2bb-4255-8caf-4136c566a962', '3B241101-E2BB-4255-8CAF-4136C566A962', '3b241101-e2bb-1255-8caf-4136c566a962', '3b241101e2bb42558caf4136c566a962',
  '2022-08-09T09:14:03+07:00', '2022-08-09T09:21:40+07:00', '2022-08-09T09:21:40Z', '2022-08-09T09:21:40.000+07:00', '2022-02-30T09:00:00+07:00',
  '2024-02-29T09:00:00+07:00', '2023-02-29T09:00:00+07:00', '2022-08-09T24:00:00+07:00', '2022-08-09 09:14:03+07:00', '2022-08-09T09:14:03-03:30',
  '0099-08-09T09:14:03+07:00', '2022-08-09T09:14:03+07:60', '2022-08-09T09:14:60+07:00', '2022-13-09T09:14:03+07:00', '2022-08-09T09:14:03*07:00',
  '2O22-08-09T09:14:03+07:00', '2022-08-09T09:21:40+24:00', '2022-08-09T02:21:40+00:00',
  exampleReceipt.digest, exampleReceipt.digest.toUpperCase(), exampleReceipt.digest.slice(1),
  ['second-attempt'], ['outside-round', 'second-attempt'], ['second-attempt', 'second-attempt'], ['bogus'], ['account-mismatch', 'over-time-limit'], [1],
  { ...exampleReceipt.participant }, { ...exampleReceipt.participant, extra: 1 }, { fullName: 'A' }, Object.create(null),
];

function* variants(): Generator<unknown> {
  yield* [null, undefined, 'receipt', 5, [], [exampleReceipt], Object.assign(Object.create(null), exampleReceipt)];
  for (const base of bases) {
    yield base;
    yield { ...base, extra: 1 };
    yield { ...base, ['__proto__']: 1 };
    yield JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(base).slice(1)}`);
    for (const key of Object.keys(base)) {
      const { [key]: _dropped, ...rest } = base;
      yield rest;
      for (const value of values) yield { ...base, [key]: value };
    }
    const participant = base.participant as Loose;
    for (const key of Object.keys(participant)) {
      const { [key]: _dropped, ...rest } = participant;
      yield { ...base, participant: rest };
      for (const value of values) yield { ...base, participant: { ...participant, [key]: value } };
    }
  }
}

describe('parseCleanReceipt', () => {
  it('should accept exactly what the schema accepts unchanged, as a fresh copy with the same content', () => {
    let accepted = 0;
    let checked = 0;
    for (const input of variants()) {
      checked++;
      const fast = parseCleanReceipt(input);
      const slow = receiptSchema.safeParse(input);
      // The check the admin import keeps a parsed record by says the same, and the record is then
      // exactly what the schema would give (only its key order may differ).
      expect(isCleanReceipt(input), JSON.stringify(input)).toBe(fast !== z.INVALID);
      if (isCleanReceipt(input)) expect(input).toEqual(slow.data);
      if (fast !== z.INVALID) {
        accepted++;
        expect(slow.success, JSON.stringify(input)).toBe(true);
        expect(fast).toEqual(slow.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data)); // same key order too
        expect(fast).not.toBe(input);
      } else if (slow.success && JSON.stringify(slow.data) === JSON.stringify(input) && Object.getPrototypeOf(input) === Object.prototype) {
        // Clean input the schema passes unchanged must take the fast path, or the path is useless.
        expect.unreachable(`fast path refused a clean receipt: ${JSON.stringify(input)}`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(accepted).toBeGreaterThan(40);
  });

  it('should leave text that needs NFC to the schema, which normalises it', () => {
    const nfd = { ...exampleReceipt, participant: { ...exampleReceipt.participant, fullName: 'Nguyễn Văn A'.normalize('NFD') } };
    expect(parseCleanReceipt(nfd)).toBe(z.INVALID);
    expect(receiptSchemaFast.parse(nfd)).toEqual(exampleReceipt);
  });
});

describe('receiptSchemaFast', () => {
  it('should give the schema’s own issues for a broken receipt', () => {
    const broken = { ...exampleReceipt, round: 'hai', participant: { ...exampleReceipt.participant, unit: '' } };
    const fast = receiptSchemaFast.safeParse(broken);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(receiptSchema.safeParse(broken).error?.issues);
  });
});

describe('isoSeconds', () => {
  it('should read the instant Date.parse reads, a day every 37 across 1570–3170, with both offset signs', () => {
    for (let day = -146_097; day < 146_097 * 3; day += 37) {
      const at = new Date(day * 86_400_000 + 45_296_000); // 12:34:56 UTC
      const iso = at.toISOString().slice(0, 19);
      expect(isoSeconds(`${iso}+00:00`), iso).toBe(at.getTime() / 1000);
      expect(isoSeconds(`${iso}+07:00`)).toBe(at.getTime() / 1000 - 7 * 3600);
      expect(isoSeconds(`${iso}-03:30`)).toBe(at.getTime() / 1000 + 3.5 * 3600);
    }
  });

  it('should read years 0–99 as themselves, as Date.parse does for these texts', () => {
    for (const iso of ['0000-01-01T00:00:00+00:00', '0004-02-29T23:59:59+07:00', '0099-08-09T09:14:03+07:00', '0099-12-31T23:59:59-03:30']) {
      expect(isoSeconds(iso), iso).toBe(Date.parse(iso) / 1000);
    }
    expect(isoSeconds('0003-02-29T00:00:00+00:00')).toBeNaN();
  });

  it('should count days as Date.UTC does, years 0–99 included (which Date.UTC alone reads as 19xx)', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2022, 8, 9], [2100, 3, 1], [0, 1, 1], [4, 2, 29], [99, 12, 31], [1600, 2, 29], [9999, 12, 31]] as const) {
      const utc = new Date(0);
      utc.setUTCFullYear(y, m - 1, d);
      expect(daysFromCivil(y, m, d), `${y}-${m}-${d}`).toBe(Math.round(utc.getTime() / 86_400_000));
    }
  });
});
