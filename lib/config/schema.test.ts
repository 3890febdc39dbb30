import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './defaults';
import { configFileSchema, isAllowedEndpoint } from './schema';

describe('DEFAULT_CONFIG', () => {
  it('should be a valid config file that comes out unchanged', () => {
    expect(configFileSchema.parse(DEFAULT_CONFIG)).toEqual(DEFAULT_CONFIG);
  });

  it('should hold the 2022 edition: four Monday–Sunday rounds in August, in Vietnam', () => {
    const { contest } = DEFAULT_CONFIG;
    expect(contest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(contest.rounds.map((r) => `${r.number}:${r.opens}..${r.closes}`)).toEqual([
      '1:2022-08-01..2022-08-07',
      '2:2022-08-08..2022-08-14',
      '3:2022-08-15..2022-08-21',
      '4:2022-08-22..2022-08-28',
    ]);
    for (const round of contest.rounds) {
      expect(new Date(`${round.opens}T12:00:00Z`).getUTCDay()).toBe(1);
      expect(new Date(`${round.closes}T12:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  it('should list the five units of the plan in NFC', () => {
    expect(DEFAULT_CONFIG.organization.units).toHaveLength(5);
    for (const unit of DEFAULT_CONFIG.organization.units) expect(unit).toBe(unit.normalize('NFC'));
    expect(DEFAULT_CONFIG.organization.units).toContain('Trung tâm Đo lường, thử nghiệm và Thông tin khoa học');
  });
});

describe('isAllowedEndpoint', () => {
  it('should allow https anywhere and http only on localhost or 127.0.0.1', () => {
    const allowed = ['https://example.gov.vn/hoithi/receipts', 'http://localhost/r', 'http://127.0.0.1:8787/receipts', 'http://localhost:3000'];
    const refused = ['http://example.gov.vn/r', 'http://localhost.example.com/r', 'http://127.0.0.2/r', 'ftp://localhost/r', 'http://[::1]/r'];
    for (const url of allowed) expect(isAllowedEndpoint(new URL(url)), url).toBe(true);
    for (const url of refused) expect(isAllowedEndpoint(new URL(url)), url).toBe(false);
  });
});
