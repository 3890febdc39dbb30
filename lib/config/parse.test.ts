import { describe, expect, it } from 'vitest';
import { createT } from '../i18n';
import { DEFAULT_CONFIG } from './defaults';
import { formatConfigError, parseConfigFile } from './parse';
import { MAX_CONFIG_BYTES } from './schema';

type Json = Record<string, unknown>;
const base = (): Json => structuredClone(DEFAULT_CONFIG) as unknown as Json;
const contestOf = (file: Json) => file.contest as Json & { rounds: Json[] };
const parse = (file: unknown) => parseConfigFile(JSON.stringify(file));
const errorOf = (file: unknown) => {
  const result = typeof file === 'string' ? parseConfigFile(file) : parse(file);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};
const withContest = (change: (contest: Json & { rounds: Json[] }) => void) => {
  const file = base();
  change(contestOf(file));
  return file;
};

describe('parseConfigFile: accepted files', () => {
  it('should accept the built-in default', () => {
    expect(parse(DEFAULT_CONFIG)).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('should accept a local test endpoint and an empty unit list', () => {
    const file = { ...base(), endpoint: { url: 'http://127.0.0.1:8787/receipts' }, organization: { name: 'Sở X', units: [] } };
    const result = parse(file);
    expect(result.ok && result.config.endpoint).toEqual({ url: 'http://127.0.0.1:8787/receipts' });
    expect(result.ok && result.config.organization.units).toEqual([]);
  });

  it('should fill defaults, skip a BOM and sort rounds by number', () => {
    const file = withContest((contest) => {
      delete contest.attemptsPerRound;
      delete contest.timeLimitMinutes;
      contest.rounds.reverse();
    });
    const result = parseConfigFile(`\uFEFF${JSON.stringify(file)}`);
    expect(result.ok && result.config.contest).toEqual(DEFAULT_CONFIG.contest);
  });

  it('should normalise decomposed (NFD) text to NFC', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const file = { ...base(), organization: { name: nfd('Sở Khoa học và Công nghệ'), units: [nfd('Văn phòng Sở ')] } };
    expect(JSON.stringify(file)).not.toContain('Sở');
    const result = parse(file);
    expect(result.ok && result.config.organization).toEqual({ name: 'Sở Khoa học và Công nghệ', units: ['Văn phòng Sở'] });
  });
});

describe('parseConfigFile: refused files', () => {
  it('should refuse a file over 1 MB before parsing it', () => {
    expect(errorOf(' '.repeat(MAX_CONFIG_BYTES + 1)).key).toBe('config.error.tooLarge');
    // 2-byte characters: under the limit in characters, over it in UTF-8 bytes.
    expect(errorOf(`"${'ệ'.repeat(MAX_CONFIG_BYTES / 2)}"`).key).toBe('config.error.tooLarge');
  });

  it('should refuse text that is not JSON, with the line and column when the parser gives a position', () => {
    expect(errorOf('{"kind": "hoithi.config"}\n  x')).toEqual({ key: 'config.error.notJsonAt', params: { line: 2, column: 3 } });
    expect(errorOf('{"kind": ').key).toMatch(/^config\.error\.notJson(At)?$/);
  });

  it('should refuse JSON that is not an object', () => {
    for (const text of ['[]', 'null', '"hoithi.config"', '42']) expect(errorOf(text).key).toBe('config.error.notObject');
  });

  it('should refuse another kind of file as not a config file of Hội thi CCHC', () => {
    expect(errorOf({ kind: 'hoithi.receipts', version: 1, receipts: [] })).toMatchObject({ key: 'config.error.wrongKind', field: 'kind' });
    expect(errorOf({ version: 1 }).key).toBe('config.error.wrongKind');
  });

  it('should refuse an unsupported version', () => {
    expect(errorOf({ ...base(), version: 2 })).toEqual({ key: 'config.error.unsupportedVersion', params: { version: '2' }, field: 'version' });
    expect(errorOf({ ...base(), version: undefined })).toMatchObject({ key: 'config.error.missing', field: 'version' });
  });

  it.each([
    ['a missing field', withContest((c) => delete c.id), 'config.error.missing', 'contest.id'],
    ['an empty name', withContest((c) => (c.name = '  ')), 'config.error.empty', 'contest.name'],
    ['text of the wrong type', withContest((c) => (c.id = 7)), 'config.error.notText', 'contest.id'],
    ['no rounds', withContest((c) => (c.rounds = [])), 'config.error.noRounds', 'contest.rounds'],
    ['rounds not a list', withContest((c) => ((c as Json).rounds = {})), 'config.error.notList', 'contest.rounds'],
    ['a date that does not exist', withContest((c) => (c.rounds[1]!.opens = '2022-02-30')), 'config.error.notADate', 'contest.rounds[1].opens'],
    ['a date in another format', withContest((c) => (c.rounds[0]!.closes = '07/08/2022')), 'config.error.notADate', 'contest.rounds[0].closes'],
    ['a round number of 0', withContest((c) => (c.rounds[2]!.number = 0)), 'config.error.notPositiveInt', 'contest.rounds[2].number'],
    ['a fractional round number', withContest((c) => (c.rounds[2]!.number = 2.5)), 'config.error.notPositiveInt', 'contest.rounds[2].number'],
    ['zero attempts per round', withContest((c) => (c.attemptsPerRound = 0)), 'config.error.notPositiveInt', 'contest.attemptsPerRound'],
    ['a negative time limit', withContest((c) => (c.timeLimitMinutes = -5)), 'config.error.notPositive', 'contest.timeLimitMinutes'],
    ['a time limit as text', withContest((c) => (c.timeLimitMinutes = '15')), 'config.error.notNumberOrNull', 'contest.timeLimitMinutes'],
    ['a misspelt field', withContest((c) => (c.attemptPerRound = 1)), 'config.error.unknownField', 'contest.attemptPerRound'],
    ['an unknown time zone', withContest((c) => (c.timeZone = 'Asia/Hanoi')), 'config.error.unknownTimeZone', 'contest.timeZone'],
    ['an offset instead of a zone', withContest((c) => (c.timeZone = '+07:00')), 'config.error.unknownTimeZone', 'contest.timeZone'],
    ['an endpoint over http', { ...base(), endpoint: { url: 'http://example.gov.vn/r' } }, 'config.error.endpointNotHttps', 'endpoint.url'],
    ['an endpoint that is no URL', { ...base(), endpoint: { url: 'example.gov.vn/r' } }, 'config.error.notUrl', 'endpoint.url'],
    ['an endpoint given as text', { ...base(), endpoint: 'https://example.gov.vn/r' }, 'config.error.notGroupOrNull', 'endpoint'],
    ['no endpoint field', { ...base(), endpoint: undefined }, 'config.error.missing', 'endpoint'],
  ])('should refuse %s', (_name, file, key, field) => {
    expect(errorOf(file)).toMatchObject({ key, field, params: { field } });
  });

  it('should refuse a round that closes before it opens, naming the round and both dates', () => {
    const file = withContest((c) => Object.assign(c.rounds[1]!, { opens: '2022-08-14', closes: '2022-08-08' }));
    expect(errorOf(file)).toEqual({
      key: 'config.error.closesBeforeOpens',
      field: 'contest.rounds[1].closes',
      params: { field: 'contest.rounds[1].closes', round: 2, opens: '2022-08-14', closes: '2022-08-08' },
    });
  });

  it('should refuse duplicate round numbers', () => {
    const file = withContest((c) => (c.rounds[3]!.number = 2));
    expect(errorOf(file)).toMatchObject({ key: 'config.error.duplicateRound', field: 'contest.rounds[3].number', params: { number: 2 } });
  });

  it('should refuse overlapping rounds, naming both', () => {
    const file = withContest((c) => (c.rounds[2]!.opens = '2022-08-14'));
    expect(errorOf(file)).toMatchObject({ key: 'config.error.roundsOverlap', field: 'contest.rounds', params: { first: 2, second: 3 } });
  });

  it('should refuse round numbers that do not follow the calendar', () => {
    const file = withContest((c) => {
      c.rounds[0]!.number = 2;
      c.rounds[1]!.number = 1;
    });
    expect(errorOf(file)).toMatchObject({ key: 'config.error.roundsOutOfOrder', params: { first: 1, second: 2 } });
  });
});

describe('formatConfigError', () => {
  it('should name the field in plain Vietnamese, and in English', () => {
    const error = errorOf(withContest((c) => (c.rounds[1]!.opens = '2022-02-30')));
    expect(formatConfigError(error, createT('vi'))).toBe(
      'Tệp cấu hình không hợp lệ: trường "contest.rounds[1].opens" — "2022-02-30" không phải là một ngày có thật (viết theo dạng năm-tháng-ngày, ví dụ 2022-08-01).',
    );
    expect(formatConfigError(error, createT('en'))).toContain('"contest.rounds[1].opens"');
  });

  it('should leave no placeholder unfilled in any error', () => {
    const errors = [
      errorOf('x'),
      errorOf(' '.repeat(MAX_CONFIG_BYTES + 1)),
      errorOf({ ...base(), version: 3 }),
      errorOf(withContest((c) => (c.rounds[2]!.opens = '2022-08-14'))),
      errorOf(withContest((c) => Object.assign(c.rounds[1]!, { opens: '2022-08-14', closes: '2022-08-08' }))),
    ];
    for (const locale of ['vi', 'en'] as const) {
      for (const error of errors) expect(formatConfigError(error, createT(locale))).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('parseConfigFile: portal origins', () => {
  it('should accept https origins, normalised, without repeats', () => {
    const file = { ...base(), portal: { origins: ['https://HoiThi.Example.gov.vn/', 'https://hoithi.example.gov.vn', 'https://hue-s.vn:8443'] } };
    const result = parse(file);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.config.portal).toEqual({ origins: ['https://hoithi.example.gov.vn', 'https://hue-s.vn:8443'] });
    expect(parse(base()).ok && 'portal' in (parse(base()) as { config: object }).config).toBe(false);
  });

  it('should refuse an origin that is not https, has a path, a query or a user', () => {
    for (const origin of ['http://hoithi.example.gov.vn', 'https://hoithi.example.gov.vn/thi', 'https://a.vn/?x=1', 'https://u:p@a.vn', 'hoithi.example.gov.vn', 'https://a.vn#x']) {
      expect(errorOf({ ...base(), portal: { origins: [origin] } })).toMatchObject({ key: 'config.error.portalOrigin', field: 'portal.origins[0]', params: { value: origin } });
    }
  });

  it('should refuse more than ten origins and unknown fields', () => {
    const origins = Array.from({ length: 11 }, (_, i) => `https://h${i}.vn`);
    expect(errorOf({ ...base(), portal: { origins } })).toMatchObject({ key: 'config.error.tooManyOrigins', params: { max: 10 } });
    expect(errorOf({ ...base(), portal: { origins: [], hosts: [] } }).key).toBe('config.error.unknownField');
  });
});
