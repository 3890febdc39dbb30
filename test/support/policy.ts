// Real enterprise policy files for the e2e tests (../shared/FACTS.md): Linux Chromium reads
// /etc/chromium/policies/managed/*.json. They are machine-wide, so every file here is named
// hoithi-e2e-*.json, removed after each test and before each run.
import type { BrowserContext } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const POLICY_DIR = '/etc/chromium/policies/managed';
const PREFIX = 'hoithi-e2e-';

/** Why the policy tests cannot run here, or undefined when they can (CI runs as root). */
export function getPolicySkipReason(): string | undefined {
  if (process.getuid?.() !== 0) return `writing ${POLICY_DIR} needs root`;
  return undefined;
}

/** Writes (or replaces) one of our policy files; `name` without the prefix. */
export function writePolicy(name: string, value: unknown): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(path.join(POLICY_DIR, `${PREFIX}${name}.json`), JSON.stringify(value, null, 2));
}

export function removePolicy(name: string): void {
  rmSync(path.join(POLICY_DIR, `${PREFIX}${name}.json`), { force: true });
}

/** Removes every policy file an earlier (crashed) run may have left. */
export function removeOurPolicies(): void {
  if (!existsSync(POLICY_DIR)) return;
  for (const file of readdirSync(POLICY_DIR)) if (file.startsWith(PREFIX)) rmSync(path.join(POLICY_DIR, file), { force: true });
}

/** The extension policy block of PRODUCT.md §4.7 for one extension ID. */
export function extensionPolicy(extensionId: string, value: Record<string, unknown>) {
  return { '3rdparty': { extensions: { [extensionId]: value } } };
}

/** Presses "Reload policies" on chrome://policy: the browser reads the files again at once. */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.close();
}
