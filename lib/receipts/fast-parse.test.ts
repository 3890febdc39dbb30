import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseCleanReceipt, receiptSchemaFast } from './fast-parse';
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
