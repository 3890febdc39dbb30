import type { Receipt, ReceiptWithoutDigest } from './schema';
import { createDigestCheck, hashHere, type ChunkHasher } from './verify-batch';

// Shared fixtures for receipt and report tests: the example receipt of PRODUCT.md §4.2.

/** The §4.2 example receipt without its digest. */
export const exampleBody: ReceiptWithoutDigest = {
  kind: 'hoithi.receipt',
  version: 1,
  receiptId: '3b241101-e2bb-4255-8caf-4136c566a962',
  contestId: 'cchc-tth-2022',
  round: 2,
  participant: { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' },
  portalAccount: 'Nguyễn Văn A',
  startedAt: '2022-08-09T09:14:03+07:00',
  submittedAt: '2022-08-09T09:21:40+07:00',
  durationSeconds: 457,
  confirmation: 'confirmed',
  warnings: [],
  createdAt: '2022-08-09T09:21:41+07:00',
  extensionVersion: '1.0.0',
};

/** Its canonical JSON, written out by hand (keys sorted, no white space, Vietnamese kept as is). */
export const exampleCanonical =
  '{"confirmation":"confirmed","contestId":"cchc-tth-2022","createdAt":"2022-08-09T09:21:41+07:00",' +
  '"durationSeconds":457,"extensionVersion":"1.0.0","kind":"hoithi.receipt",' +
  '"participant":{"account":"nguyenvana","fullName":"Nguyễn Văn A","isLeader":false,"position":"Chuyên viên","unit":"Văn phòng Sở"},' +
  '"portalAccount":"Nguyễn Văn A","receiptId":"3b241101-e2bb-4255-8caf-4136c566a962","round":2,' +
  '"startedAt":"2022-08-09T09:14:03+07:00","submittedAt":"2022-08-09T09:21:40+07:00","version":1,"warnings":[]}';

/** SHA-256 of exampleCanonical, pinned so that a change of algorithm is noticed. */
export const exampleDigest = 'ceb9ff883868e73c8977461a5cadaa4ce9597ed5abd6fd61f50946a73ca37f48';

/** The complete §4.2 example receipt. */
export const exampleReceipt: Receipt = { ...exampleBody, digest: exampleDigest };

/** A declared receipt (round 2 taken on a phone at 07:45): one time, to the minute, no duration, no portal name. */
export const declaredBody: ReceiptWithoutDigest = {
  ...exampleBody,
  receiptId: '9f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  portalAccount: null,
  startedAt: '2022-08-09T07:45:00+07:00',
  submittedAt: '2022-08-09T07:45:00+07:00',
  durationSeconds: 0,
  confirmation: 'declared',
  createdAt: '2022-08-09T18:30:12+07:00',
};

/** Its canonical JSON, written out by hand; its SHA-256 below was computed with `sha256sum`. */
export const declaredCanonical =
  '{"confirmation":"declared","contestId":"cchc-tth-2022","createdAt":"2022-08-09T18:30:12+07:00",' +
  '"durationSeconds":0,"extensionVersion":"1.0.0","kind":"hoithi.receipt",' +
  '"participant":{"account":"nguyenvana","fullName":"Nguyễn Văn A","isLeader":false,"position":"Chuyên viên","unit":"Văn phòng Sở"},' +
  '"portalAccount":null,"receiptId":"9f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b","round":2,' +
  '"startedAt":"2022-08-09T07:45:00+07:00","submittedAt":"2022-08-09T07:45:00+07:00","version":1,"warnings":[]}';

export const declaredDigest = '07250c6be1c840dfbfebb02845f71b191209bfb20017e316fe13546164d0e9b2';

/** The receiptIds whose digest does not match their content: createDigestCheck in one call. */
export async function findDigestMismatches(receipts: readonly Receipt[], hasher: ChunkHasher = hashHere): Promise<Set<string>> {
  const check = createDigestCheck(hasher);
  for (const receipt of receipts) check.add(receipt);
  return (await check.finish()).bad;
}
