import { describe, expect, it } from 'vitest';
import { createT } from '../i18n';
import { parseProfile } from './settings';

const valid = { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' };

describe('parseProfile', () => {
  it('should accept a filled-in profile, trimmed and in NFC', () => {
    const result = parseProfile({ ...valid, fullName: `  ${'Nguyễn Văn A'.normalize('NFD')} ` });
    expect(result).toEqual({ ok: true, profile: valid });
  });

  it('should allow an empty position and account', () => {
    const result = parseProfile({ ...valid, position: '', account: ' ' });
    expect(result.ok && result.profile).toMatchObject({ position: '', account: '' });
  });

  it('should ask for Họ và tên and Đơn vị when they are blank', () => {
    const result = parseProfile({ ...valid, fullName: '   ', unit: '' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', key: 'config.profile.fullNameRequired' },
        { field: 'unit', key: 'config.profile.unitRequired' },
      ],
    });
    expect(createT('vi')('config.profile.fullNameRequired')).toBe('Vui lòng nhập Họ và tên.');
  });

  it('should ask for the name when it is missing altogether', () => {
    const withoutName: Partial<typeof valid> = { ...valid };
    delete withoutName.fullName;
    expect(parseProfile(withoutName)).toEqual({ ok: false, errors: [{ field: 'fullName', key: 'config.profile.fullNameRequired' }] });
  });

  it('should refuse text over 200 characters and a leader flag that is not a boolean', () => {
    const result = parseProfile({ ...valid, position: 'x'.repeat(201), isLeader: 'yes' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'position', key: 'config.profile.tooLong' },
        { field: 'isLeader', key: 'config.profile.invalid' },
      ],
    });
  });

  it('should refuse input that is not an object', () => {
    expect(parseProfile(null).ok).toBe(false);
  });
});
