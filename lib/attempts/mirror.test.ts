import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAttempt } from './record';
import { getMirroredDeclared, getMirroredTaken, mirrorAttempt, unmirrorAttempt } from './mirror';

const contest = { contestId: 'c', timeZone: 'Asia/Ho_Chi_Minh', rounds: [{ number: 1, opens: '2022-08-01', closes: '2022-08-07' }] };
const attemptAt = (iso: string) => createAttempt({ contest, now: Date.parse(iso), id: iso, startSource: 'start-control' });

describe('mirror', () => {
  it('should keep the earliest start of each round in storage.sync', async () => {
    await mirrorAttempt(attemptAt('2022-08-03T10:00:00+07:00'));
    await mirrorAttempt(attemptAt('2022-08-02T09:00:00+07:00'));
    await mirrorAttempt(attemptAt('2022-08-04T09:00:00+07:00'));
    expect(await getMirroredTaken('c')).toEqual({ 1: '2022-08-02T09:00:00+07:00' });
    expect(await fakeBrowser.storage.sync.get('taken:c')).toEqual({ 'taken:c': { 1: '2022-08-02T09:00:00+07:00' } });
  });

  it('should ignore attempts outside every round and unreadable mirrors', async () => {
    await mirrorAttempt(attemptAt('2022-09-01T09:00:00+07:00'));
    expect(await getMirroredTaken('c')).toEqual({});
    await fakeBrowser.storage.sync.set({ 'taken:c': 'garbage' });
    expect(await getMirroredTaken('c')).toEqual({});
  });

  it('should mirror a declaration as taken and as declared, and take both back when it is withdrawn', async () => {
    const declared = { ...attemptAt('2022-08-03T07:45:00+07:00'), startSource: 'declared' as const };
    await mirrorAttempt(declared);
    expect(await getMirroredTaken('c')).toEqual({ 1: '2022-08-03T07:45:00+07:00' });
    expect(await getMirroredDeclared('c')).toEqual({ 1: '2022-08-03T07:45:00+07:00' });
    const later = attemptAt('2022-08-04T09:00:00+07:00');
    await unmirrorAttempt(declared, [later]);
    expect(await getMirroredTaken('c')).toEqual({ 1: '2022-08-04T09:00:00+07:00' });
    expect(await getMirroredDeclared('c')).toEqual({});
  });
});
