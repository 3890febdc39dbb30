import { describe, expect, it } from 'vitest';
import { createT } from '../i18n';
import { DEFAULT_CONFIG } from './defaults';
import { chooseConfigSource, formatManagedConfigError, getNextManagedState, parseManagedPolicy, type ManagedState } from './managed';
import type { ContestConfig } from './schema';

const withId = (id: string): ContestConfig => {
  const config = structuredClone(DEFAULT_CONFIG);
  config.contest.id = id;
  return config;
};
const orgConfig = () => withId('org');
const userConfig = () => withId('user');
const none: ManagedState = { state: 'none' };
const valid = (raw: Record<string, unknown>): ManagedState => getNextManagedState(none, raw);
const badRounds = () => {
  const config = orgConfig() as unknown as { contest: { rounds: Array<Record<string, unknown>> } };
  config.contest.rounds[1]!.opens = '2022-02-30';
  return config;
};

describe('parseManagedPolicy', () => {
  it('should see no policy in an empty managed area', () => {
    expect(parseManagedPolicy({})).toBeUndefined();
  });

  it('should validate the config as an imported file is, locked by default', () => {
    const result = parseManagedPolicy({ config: orgConfig() });
    expect(result).toEqual({ ok: true, values: { locked: true, config: orgConfig(), fingerprint: JSON.stringify(orgConfig()) } });
  });

  it('should read configJson only when config is absent', () => {
    const text = JSON.stringify(orgConfig());
    expect(parseManagedPolicy({ configJson: text, locked: false })).toMatchObject({ ok: true, values: { locked: false, config: orgConfig() } });
    expect(parseManagedPolicy({ config: userConfig(), configJson: text })).toMatchObject({ ok: true, values: { config: userConfig() } });
    expect(parseManagedPolicy({ configJson: '{"kind":' })).toMatchObject({ ok: false, error: { key: expect.stringMatching(/^config\.error\.notJson/) } });
  });

  it('should take reminders alone, with their defaults', () => {
    expect(parseManagedPolicy({ reminders: { hour: 7 } })).toEqual({ ok: true, values: { locked: true, reminders: { enabled: true, hour: 7 } } });
  });

  it.each([
    [{ config: badRounds() }, 'config.error.notADate', 'contest.rounds[1].opens'],
    [{ config: { ...orgConfig(), extra: 1 } }, 'config.error.unknownField', 'extra'],
    [{ config: 'x' }, 'config.error.notObject', undefined],
    [{ configJson: 5 }, 'config.error.notText', 'configJson'],
    [{ config: orgConfig(), locked: 'yes' }, 'config.error.notBoolean', 'locked'],
    [{ reminders: { enabled: true, hour: 24 } }, 'config.error.notHour', 'reminders.hour'],
    [{ reminders: { enabled: 1 } }, 'config.error.notBoolean', 'reminders.enabled'],
  ])('should refuse %j, naming the field', (raw, key, field) => {
    const result = parseManagedPolicy(raw);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toMatchObject(field ? { key, field } : { key });
  });
});

describe('getNextManagedState', () => {
  it('should keep the last valid policy in force when an invalid one replaces it', () => {
    const first = valid({ config: orgConfig() });
    const broken = getNextManagedState(first, { config: badRounds() });
    expect(broken).toMatchObject({ state: 'invalid', error: { field: 'contest.rounds[1].opens' }, lastGood: { config: orgConfig() } });
    // A second invalid policy still keeps the same last valid one.
    expect(getNextManagedState(broken, { configJson: 'x' })).toMatchObject({ state: 'invalid', lastGood: { config: orgConfig() } });
  });

  it('should have nothing in force when the first policy seen is invalid', () => {
    expect(getNextManagedState(none, { config: badRounds() })).not.toHaveProperty('lastGood');
  });

  it('should forget the policy when it is removed', () => {
    expect(getNextManagedState(valid({ config: orgConfig() }), {})).toEqual({ state: 'none' });
  });
});

describe('chooseConfigSource', () => {
  const locked = valid({ config: orgConfig() });
  const unlocked = valid({ config: orgConfig(), locked: false });
  const fingerprint = JSON.stringify(orgConfig());

  it('should put managed before user before built-in', () => {
    expect(chooseConfigSource({ managed: locked, user: userConfig() })).toBe('managed');
    expect(chooseConfigSource({ managed: none, user: userConfig() })).toBe('user');
    expect(chooseConfigSource({ managed: none })).toBe('built-in');
    expect(chooseConfigSource({ managed: valid({ reminders: { hour: 9 } }), user: userConfig() })).toBe('user');
  });

  it('should let a file imported under an unlocked policy win until the policy changes', () => {
    expect(chooseConfigSource({ managed: unlocked, user: userConfig(), override: fingerprint })).toBe('user');
    // Imported before the policy came: the policy wins.
    expect(chooseConfigSource({ managed: unlocked, user: userConfig() })).toBe('managed');
    const changed = valid({ config: { ...orgConfig(), organization: { name: 'Sở mới', units: [] } }, locked: false });
    expect(chooseConfigSource({ managed: changed, user: userConfig(), override: fingerprint })).toBe('managed');
  });

  it('should never let a user file win over a locked policy', () => {
    expect(chooseConfigSource({ managed: locked, user: userConfig(), override: fingerprint })).toBe('managed');
  });

  it('should keep the last valid managed config while the policy is invalid, and the user one when there was none', () => {
    const broken = getNextManagedState(locked, { config: badRounds() });
    expect(chooseConfigSource({ managed: broken, user: userConfig() })).toBe('managed');
    expect(chooseConfigSource({ managed: getNextManagedState(none, { config: badRounds() }), user: userConfig() })).toBe('user');
  });

  it('should give the user config back when the policy is removed', () => {
    expect(chooseConfigSource({ managed: getNextManagedState(locked, {}), user: userConfig() })).toBe('user');
  });
});

describe('formatManagedConfigError', () => {
  it('should say the organisation config is invalid, with the field and why', () => {
    const result = parseManagedPolicy({ config: badRounds() });
    const error = result && !result.ok ? result.error : undefined;
    expect(formatManagedConfigError(error!, createT('vi'))).toBe(
      'Cấu hình do đơn vị quản lý không hợp lệ: trường "contest.rounds[1].opens" — "2022-02-30" không phải là một ngày có thật (viết theo dạng năm-tháng-ngày, ví dụ 2022-08-01).',
    );
    expect(formatManagedConfigError({ key: 'config.error.notJson', params: {} }, createT('vi'))).toBe(
      'Cấu hình do đơn vị quản lý không hợp lệ: Không đọc được tệp cấu hình: nội dung không đúng định dạng JSON.',
    );
    expect(formatManagedConfigError(error!, createT('en'))).toMatch(/^The configuration set by your organisation is invalid: the field "contest.rounds\[1\].opens"/);
  });
});
