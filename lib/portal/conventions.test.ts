import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  // Comments may name what the code avoids; only code counts.
  .map((f) => [f, readFileSync(new URL(f, DIR), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')] as const);

describe('lib/portal conventions', () => {
  it.each(sources)('should not read page globals in %s (it must run on saved HTML)', (_, text) => {
    expect(text).not.toMatch(/\b(?:window|document|location|navigator|globalThis)\s*[.[]/);
    expect(text).not.toMatch(/\binnerText\b|getComputedStyle|getBoundingClientRect/);
  });

  it.each(sources)('should import only lib/portal modules and lib/text in %s', (_, text) => {
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec).toMatch(/^(?:\.\/|\.\.\/text\/)[a-z-]+$/);
  });
});
