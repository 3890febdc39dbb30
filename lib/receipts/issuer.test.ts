import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAttempt, withConfirmation, withSubmission } from '../attempts/record';
import { getOutboxEntries } from './outbox-repo';
import { closeDb, DB_NAME } from '../db/open';
import { verifyReceiptDigest } from './digest';
import { CONFIRMATION_WAIT_MS } from './issue';
import { issueDueReceipts, type IssuerDeps } from './issuer';

const contest = { contestId: 'cchc-tth-2022', timeZone: 'Asia/Ho_Chi_Minh', rounds: [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }] };
const T0 = Date.parse('2022-08-02T09:00:00+07:00');
const participant = { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' };
const submitted = withSubmission(createAttempt({ contest, now: T0, id: 'a1', portalAccount: 'Nguyễn Văn A', startSource: 'start-control' }), T0 + 457_000, contest.timeZone);

afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase(DB_NAME);
});

function deps(overrides: Partial<IssuerDeps>): IssuerDeps {
  return {
    getAttempts: async () => [submitted],
    getParticipant: async () => participant,
    timeZone: async () => contest.timeZone,
    extensionVersion: '1.0.0',
    now: () => T0 + 460_000,
    newId: () => '3b241101-e2bb-4255-8caf-4136c566a962',
    scheduleCheck: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('issueDueReceipts', () => {
  it('should store the receipt of a confirmed attempt once, queued, with a valid digest', async () => {
    const confirmed = withConfirmation(submitted, T0 + 458_000, contest.timeZone);
    const d = deps({ getAttempts: async () => [confirmed] });
    expect(await issueDueReceipts(d)).toBe(1);
    expect(await issueDueReceipts({ ...d, newId: () => 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' })).toBe(0);
    const [entry] = await getOutboxEntries();
    expect(entry).toMatchObject({ state: 'queued', attemptId: 'a1', attempts: 0 });
    expect(entry!.receipt).toMatchObject({ round: 1, participant, durationSeconds: 457, confirmation: 'confirmed', startedAt: '2022-08-02T09:00:00+07:00' });
    expect(await verifyReceiptDigest(entry!.receipt)).toBe(true);
  });

  it('should issue an unconfirmed receipt 2 minutes after submitting, and ask to be woken for it before', async () => {
    const early = deps({ now: () => submitted.submittedAtMs! + 1000 });
    expect(await issueDueReceipts(early)).toBe(0);
    expect(early.scheduleCheck).toHaveBeenCalledWith(submitted.submittedAtMs! + CONFIRMATION_WAIT_MS);
    expect(await issueDueReceipts(deps({ now: () => submitted.submittedAtMs! + CONFIRMATION_WAIT_MS }))).toBe(1);
    expect((await getOutboxEntries())[0]!.receipt.confirmation).toBe('unconfirmed');
  });

  it('should wait for the profile before building anything', async () => {
    const confirmed = withConfirmation(submitted, T0 + 458_000, contest.timeZone);
    expect(await issueDueReceipts(deps({ getAttempts: async () => [confirmed], getParticipant: async () => undefined }))).toBe(0);
    expect(await getOutboxEntries()).toEqual([]);
  });
});
