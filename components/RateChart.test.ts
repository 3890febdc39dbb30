import { describe, expect, it } from 'vitest';
import { wrapLabel } from './RateChart';

describe('wrapLabel', () => {
  it('should cut a long unit name at spaces into lines that fit, losing nothing', () => {
    const name = 'Trung tâm Đo lường, thử nghiệm và Thông tin khoa học';
    const lines = wrapLabel(name, 34);
    expect(lines).toEqual(['Trung tâm Đo lường, thử nghiệm và', 'Thông tin khoa học']);
    expect(lines.join(' ')).toBe(name);
    expect(wrapLabel('Văn phòng Sở')).toEqual(['Văn phòng Sở']);
  });
});
