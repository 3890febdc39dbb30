import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, normalizeText } from './normalize';

describe('normalizeText', () => {
  it('should compose NFD input', () => {
    expect(normalizeText('Gửi bài thi'.normalize('NFD'))).toBe('gửi bài thi');
  });

  it('should treat both tone-mark placements alike', () => {
    expect(normalizeText('Huỷ')).toBe(normalizeText('Hủy'));
    expect(normalizeText('HOÀ')).toBe(normalizeText('hòa'));
    expect(normalizeText('khoẻ mạnh, thuỷ lợi')).toBe('khỏe mạnh, thủy lợi');
  });

  it('should leave syllables with a final consonant and "qu" alone', () => {
    expect(normalizeText('Hoàng Quý hoạch')).toBe('hoàng quý hoạch');
  });

  it('should fold case the Vietnamese way and collapse white space and nbsp', () => {
    expect(normalizeText('  BẮT\u00a0ĐẦU \n\t THI\u200b ')).toBe('bắt đầu thi');
  });

  it('should keep the length of cleanText for Vietnamese text', () => {
    const s = 'Xin chào, Phạm Thị Thuỷ D Hoà';
    expect(normalizeText(s)).toHaveLength(cleanText(s).length);
  });
});

describe('foldDiacritics', () => {
  it('should strip marks and map đ to d', () => {
    expect(foldDiacritics('Đổi mới sáng tạo, Huỷ')).toBe('doi moi sang tao, huy');
  });
});
