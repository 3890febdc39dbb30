import { describe, expect, it } from 'vitest';
import { foldName, headerKey, normalizeName, personKey } from './normalize';

describe('normalizeName', () => {
  it('should treat NFD and NFC, case, spacing and tone-mark placement alike', () => {
    expect(normalizeName('  Trần  Thị THUỶ '.normalize('NFD'))).toBe(normalizeName('trần thị thủy'));
    expect(normalizeName('Hủy')).toBe(normalizeName('Huỷ'));
  });

  it('should keep diacritics that tell names apart', () => {
    expect(normalizeName('Lê Văn Hùng')).not.toBe(normalizeName('Lê Văn Hưng'));
  });
});

describe('foldName and headerKey', () => {
  it('should drop every mark for header matching', () => {
    expect(foldName('Đơn vị')).toBe('don vi');
    expect(headerKey('Họ và tên'.normalize('NFD'))).toBe('hovaten');
    expect(headerKey(' Full_Name ')).toBe('fullname');
  });
});

describe('personKey', () => {
  it('should not confuse a name and unit that share words at the boundary', () => {
    expect(personKey('An', 'B C')).not.toBe(personKey('An B', 'C'));
  });
});
