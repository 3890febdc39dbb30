import { describe, expect, it } from 'vitest';
import { foldForIndex, foldForSearch, foldWithOffsets, toOriginalRange } from './search-fold';

describe('foldForSearch', () => {
  it('should strip tone marks and vowel marks and lower-case', () => {
    expect(foldForSearch('Cải Cách THỦ TỤC Hành Chính')).toBe('cai cach thu tuc hanh chinh');
  });

  it('should map đ and Đ to d', () => {
    expect(foldForSearch('Đề án đổi mới')).toBe('de an doi moi');
  });

  it('should fold NFD input exactly like NFC input', () => {
    const nfc = 'Nghị định một cửa liên thông';
    expect(foldForSearch(nfc.normalize('NFD'))).toBe(foldForSearch(nfc));
  });

  it('should treat both tone-mark placements alike', () => {
    expect(foldForSearch('Hủy hòa')).toBe(foldForSearch('Huỷ hoà'));
  });

  it('should collapse runs of white space to one space', () => {
    expect(foldForSearch('một\u00a0 \n cửa')).toBe('mot cua');
  });
});

describe('foldWithOffsets', () => {
  it('should map each folded unit back to its original character, marks included', () => {
    const original = 'Thủ tục'.normalize('NFD'); // "Thu\u031Bj\u0309 tu\u0323c": marks are separate code units
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe('thu tuc');
    const range = toOriginalRange(folded, 0, 3);
    expect(original.slice(range.start, range.end).normalize('NFC')).toBe('Thủ');
    const second = toOriginalRange(folded, 4, 7);
    expect(original.slice(second.start, second.end).normalize('NFC')).toBe('tục');
  });

  it('should give the same text as foldForIndex, which keeps one space per white space character', () => {
    const sample = '  Đợt 1:\tngày 01/8/2022 — “BẮT ĐẦU THI” ';
    expect(foldWithOffsets(sample).text).toBe(foldForIndex(sample).text);
    expect(foldForIndex(sample).text).toBe('  dot 1: ngay 01/8/2022 — “bat dau thi” ');
  });

  it('should call NFC text aligned, and NFD text not', () => {
    expect(foldForIndex('Một cửa\n\nliên thông').aligned).toBe(true);
    expect(foldForIndex('Một cửa'.normalize('NFD')).aligned).toBe(false);
  });
});
