import { afterEach, describe, expect, it } from 'vitest';
import { getAttempts } from './repository';
import { closeDb, DB_NAME } from '../db/open';
import { createAttemptService } from './service';

const contest = {
  contestId: 'c1',
  timeZone: 'Asia/Ho_Chi_Minh',
  rounds: [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }],
};
const context = { contest, timeLimitMinutes: null, locale: 'vi' as const, mirrored: {} };

afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('createAttemptService', () => {
  it('should store the attempt of racing events once, in order', async () => {
    let now = Date.parse('2022-08-02T10:00:00+07:00');
    let id = 0;
    const service = createAttemptService({ getContext: async () => context, now: () => now, newId: () => `a${++id}` });
    // The start click and the exam page it leads to arrive together.
    const results = await Promise.all([
      service.handle({ type: 'start', account: 'Nguyễn Văn A' }),
      service.handle({ type: 'page', kind: 'exam' }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    now += 60_000;
    await service.handle({ type: 'submit', stage: 'submit' });
    await service.handle({ type: 'page', kind: 'result' });
    const stored = await getAttempts('c1');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ round: 1, durationSeconds: 60, confirmationSeen: true, portalAccount: 'Nguyễn Văn A' });
  });

  it('should keep working after one event fails', async () => {
    let fail = true;
    const service = createAttemptService({
      getContext: async () => {
        if (fail) throw new Error('storage unavailable');
        return context;
      },
      now: () => Date.parse('2022-08-02T10:00:00+07:00'),
      newId: () => 'x',
    });
    await expect(service.handle({ type: 'start' })).rejects.toThrow('storage unavailable');
    fail = false;
    await expect(service.handle({ type: 'start' })).resolves.toMatchObject({ ok: true, attemptId: 'x' });
  });
});
