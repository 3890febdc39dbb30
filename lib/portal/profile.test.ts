import { describe, expect, it } from 'vitest';
import { listFixturePages, loadFixturePage } from '../../test/fixtures/portal/load';
import { findLabelledControls, findControls } from './controls';
import { collectTextBlocks } from './dom';
import { countRadioGroups, findTextBlocks, matchesUrl } from './match';
import { normalizeText } from '../text/normalize';
import { expectedCount, FIXTURE_STATES, FIXTURE_VARIANTS, portalProfile, type FixtureCounts, type FixtureName } from './profile';

const FIXTURES = FIXTURE_VARIANTS.flatMap((v) => FIXTURE_STATES.map((s) => `${v}/${s}.html` as FixtureName));
const { urls, controls, texts, selectors } = portalProfile;
const entries: [string, { fixtures: FixtureCounts }][] = [
  ...Object.entries(urls).map(([k, e]) => [`urls.${k}`, e] as [string, { fixtures: FixtureCounts }]),
  ...Object.entries(controls).map(([k, e]) => [`controls.${k}`, e] as [string, { fixtures: FixtureCounts }]),
  ...Object.entries(texts).map(([k, e]) => [`texts.${k}`, e] as [string, { fixtures: FixtureCounts }]),
  ...Object.entries(selectors).map(([k, e]) => [`selectors.${k}`, e] as [string, { fixtures: FixtureCounts }]),
];

describe('portal profile against saved replica pages', () => {
  describe.each(FIXTURES)('%s', (name) => {
    const { document, url } = loadFixturePage(name);
    const blocks = collectTextBlocks(document);

    it.each(Object.entries(urls))('should match url entry %s the expected number of times', (_, entry) => {
      expect(matchesUrl(url, entry) ? 1 : 0).toBe(expectedCount(entry.fixtures, name));
    });
    it.each(['start', 'submit', 'confirm', 'cancel'] as const)('should find control %s the expected number of times', (kind) => {
      expect(findControls(document, kind)).toHaveLength(expectedCount(controls[kind].fixtures, name));
    });
    it.each(['login', 'logout'] as const)('should find control %s the expected number of times', (kind) => {
      expect(findLabelledControls(document, controls[kind])).toHaveLength(expectedCount(controls[kind].fixtures, name));
    });
    it.each(Object.entries(texts))('should find text %s the expected number of times', (_, entry) => {
      expect(findTextBlocks(blocks, entry)).toHaveLength(expectedCount(entry.fixtures, name));
    });
    it.each(Object.entries(selectors))('should find selector %s the expected number of times', (_, entry) => {
      expect(countRadioGroups(document, entry)).toBe(expectedCount(entry.fixtures, name));
    });
  });
});

describe('portal profile conventions', () => {
  it('should have a saved page for every fixture name and no unlisted page', () => {
    expect(listFixturePages().sort()).toEqual([...FIXTURES].sort());
  });

  it.each(entries)('should give %s an expectation for every saved page', (_, entry) => {
    for (const variant of FIXTURE_VARIANTS) expect(entry.fixtures[variant]).toMatch(new RegExp(`^\\d{${FIXTURE_STATES.length}}$`));
  });

  it.each(entries)('should expect %s to match at least one saved page', (_, entry) => {
    expect(Math.max(...FIXTURES.map((name) => expectedCount(entry.fixtures, name)))).toBeGreaterThan(0);
  });

  it('should write every profile text in normalised form', () => {
    const all = [...Object.values(controls), ...Object.values(texts)].flatMap((e) => [...e.texts]);
    for (const text of all) expect(normalizeText(text)).toBe(text);
  });
});
