// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPersonsAct } from './trusted';

describe('isPersonsAct', () => {
  it('should count a trusted event and the extension\'s own replay only', () => {
    expect(isPersonsAct({ isTrusted: true }, false)).toBe(true);
    expect(isPersonsAct({ isTrusted: false }, true)).toBe(true);
    expect(isPersonsAct({ isTrusted: false }, false)).toBe(false);
  });
  it('should refuse what a page script dispatches (jsdom marks it untrusted, as browsers do)', () => {
    const click = new MouseEvent('click');
    const key = new KeyboardEvent('keydown', { key: 'Enter' });
    expect([click.isTrusted, key.isTrusted]).toEqual([false, false]);
    expect(isPersonsAct(click, false) || isPersonsAct(key, false)).toBe(false);
  });
});
