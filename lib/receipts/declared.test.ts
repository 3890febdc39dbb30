import { afterEach, describe, expect, it } from 'vitest';
import { getMirroredTaken, mirrorAttempt, unmirrorAttempt } from '../attempts/mirror';
import { createAttemptService } from '../attempts/service';
import { getAttempts } from '../attempts/repository';
import { closeDb, DB_NAME, getDb } from '../db/open';
import { getOutboxEntries, removeAttemptAndReceipt } from './outbox-repo';
import { issueDueReceipts } from './issuer';

// A declaration through the attempt service, its receipt through the issuer, withdrawal through the
// outbox repository: the same pieces the background wires together, on fake IndexedDB and storage.
const contest = {
  contestId: 'c1',
  timeZone: 'Asia/Ho_Chi_Minh',
  rounds: [
    { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
    { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
  ],
};
const participant = { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' };
const NOW = Date.parse('2022-08-10T14:37:52+07:00');

afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase(DB_NAME);
});

function setup() {
  let id = 0;
  const service = createAttemptService({
    getContext: async () => ({ contest, timeLimitMinutes: null, locale: 'vi', mirrored: await getMirroredTaken('c1') }),
    now: () => NOW,
    newId: () => `d${++id}`,
    onWrite: mirrorAttempt,
    removeDeclared: (attempt) => removeAttemptAndReceipt(attempt.id),
    onRemove: unmirrorAttempt,
  });
  const issue = () =>
    issueDueReceipts({
      getAttempts: () => getAttempts('c1'),
      getParticipant: async () => participant,
      timeZone: async () => contest.timeZone,
      extensionVersion: '1.0.0',
      now: () => NOW,
      newId: () => '9f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      scheduleCheck: async () => undefined,
    });
  return { service, issue };
}

describe('a declared round', () => {
  it('should be stored, mirrored and receipted at once as "declared"', async () => {
    const { service, issue } = setup();
    expect(await service.declare({ round: 2, date: '2022-08-09', time: '07:45' })).toEqual({ ok: true, startedAt: '2022-08-09T07:45:00+07:00' });
    expect(await getMirroredTaken('c1')).toEqual({ 2: '2022-08-09T07:45:00+07:00' });
    expect(await issue()).toBe(1);
    const [entry] = await getOutboxEntries();
    expect(entry).toMatchObject({ state: 'queued', attemptId: 'd1' });
    expect(entry!.receipt).toMatchObject({ round: 2, confirmation: 'declared', portalAccount: null, durationSeconds: 0, startedAt: '2022-08-09T07:45:00+07:00', submittedAt: '2022-08-09T07:45:00+07:00' });
  });

  it('should refuse a second declaration and bad times without storing anything', async () => {
    const { service } = setup();
    expect(await service.declare({ round: 2, date: '2022-08-10', time: '15:00' })).toEqual({ ok: false, reason: 'future' });
    expect(await service.declare({ round: 1, date: '2022-08-09', time: '08:00' })).toEqual({ ok: false, reason: 'outside-round' });
    expect(await getAttempts('c1')).toEqual([]);
    await service.declare({ round: 2, date: '2022-08-09', time: '07:45' });
    const before = await getAttempts('c1');
    expect(await service.declare({ round: 2, date: '2022-08-10', time: '08:00' })).toEqual({ ok: false, reason: 'already-taken' });
    expect(await getAttempts('c1')).toEqual(before);
  });

  it('should withdraw the attempt, its queued receipt and its mirror entry', async () => {
    const { service, issue } = setup();
    await service.declare({ round: 2, date: '2022-08-09', time: '07:45' });
    await issue();
    expect(await service.withdraw(2)).toEqual({ ok: true });
    expect(await getAttempts('c1')).toEqual([]);
    expect(await getOutboxEntries()).toEqual([]);
    expect(await getMirroredTaken('c1')).toEqual({});
    expect(await service.withdraw(2)).toEqual({ ok: false, reason: 'not-declared' });
  });

  it('should refuse to withdraw once the receipt is delivered or being sent, and change nothing', async () => {
    const { service, issue } = setup();
    await service.declare({ round: 2, date: '2022-08-09', time: '07:45' });
    await issue();
    const [entry] = await getOutboxEntries();
    for (const state of ['delivered', 'sending'] as const) {
      const db = await getDb();
      await db.put('outbox', { ...entry!, state, dueAt: undefined });
      expect(await service.withdraw(2)).toEqual({ ok: false, reason: state });
      expect(await getAttempts('c1')).toHaveLength(1);
      expect((await getOutboxEntries()).map((e) => e.state)).toEqual([state]);
      expect(await getMirroredTaken('c1')).toEqual({ 2: '2022-08-09T07:45:00+07:00' });
    }
  });
});
