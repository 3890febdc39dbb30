import './support/require-node.ts';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  root: path.join(import.meta.dirname, '..'),
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/support/**/*.test.ts'],
    setupFiles: ['test/support/vitest-setup.ts'],
    restoreMocks: true,
  },
});
