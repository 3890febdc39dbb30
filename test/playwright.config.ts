import './support/require-node';
import { defineConfig } from '@playwright/test';
import path from 'node:path';

// One browser at a time: the machine has two cores and each test starts its own Chromium.
export default defineConfig({
  testDir: path.join(import.meta.dirname, 'e2e'),
  outputDir: path.join(import.meta.dirname, '..', 'test-results'),
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
