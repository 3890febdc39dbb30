// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The collector is server code (node:http, node:sqlite): it must never reach the extension's bundle.
const ROOT = path.resolve(import.meta.dirname, '../..');
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const importsOf = (file: string) => [...code(file).matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f));
}

describe('lib/collector conventions', () => {
  const extension = [...sources('entrypoints'), ...sources('components'), ...sources('lib').filter((f) => !f.includes(`${path.sep}collector${path.sep}`))];

  it('should not be imported by any extension entrypoint, component or other lib folder', () => {
    expect(extension.length).toBeGreaterThan(50);
    const offenders = extension.filter((file) => importsOf(file).some((spec) => /(?:^|\/)collector(?:\/|$)/.test(spec)));
    expect(offenders).toEqual([]);
  });

  it.each(sources('lib/collector').map((f) => [path.basename(f), f]))('should import only Node built-ins, zod and the receipt and round rules in %s', (_, file) => {
    for (const spec of importsOf(file)) expect(spec).toMatch(/^(?:node:[a-z]+|\.\/[a-z-]+|\.\.\/receipts\/[a-z-]+|\.\.\/rounds)$/);
  });
});
