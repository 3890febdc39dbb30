import type { ReminderSettings } from '../config/reminders';
import type { ContestConfig } from '../config/schema';
import { encodeRegFile, encodeUtf8 } from './encoding';
import { isExtensionId } from './extension-id';
import { createGuide } from './guide';

/** Update URLs of the stores: a store-installed extension is force-installed from there. */
export const STORE_UPDATE_URLS = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
} as const;

/** What the organisation pushes as the managed configuration (PRODUCT.md §4.7). */
export interface ManagedPolicyInput {
  config?: ContestConfig;
  locked: boolean;
  reminders?: ReminderSettings;
}

export interface DeployInput {
  extensionId: string;
  /** The update manifest address: a store's update URL, or `<base-url>/update.xml`. */
  updateUrl: string;
  policy?: ManagedPolicyInput;
}

export interface DeployFile {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/** Thrown for an ID or update URL that no browser would accept; callers check both first. */
export class DeployInputError extends Error {
  override name = 'DeployInputError';
}

/** True for an http(s) URL, the only kind a browser fetches an update manifest from. */
export function isUpdateUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const REG_ROOTS = { chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge' };
const BROWSER_NAMES = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

// Chrome drops a whole policy value whose part does not match the managed schema, and the schema
// cannot say "null or …": nulls are left out where that means the same, else the config goes as text.
function toPolicyValue(policy: ManagedPolicyInput): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const { config } = policy;
  if (config && config.endpoint === null) value.configJson = JSON.stringify(config);
  else if (config) {
    const { timeLimitMinutes, ...contest } = config.contest;
    value.config = { ...config, contest: timeLimitMinutes === null ? contest : config.contest };
  }
  value.locked = policy.locked;
  if (policy.reminders) value.reminders = policy.reminders;
  return value;
}

/** Chrome/Edge on Linux: one JSON file for /etc/…/policies/managed/ (UTF-8). */
function createLinuxPolicy(input: DeployInput): string {
  const value: Record<string, unknown> = { ExtensionInstallForcelist: [`${input.extensionId};${input.updateUrl}`] };
  if (input.policy) value['3rdparty'] = { extensions: { [input.extensionId]: toPolicyValue(input.policy) } };
  return `${JSON.stringify(value, null, 2)}\n`;
}

const regString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const regDword = (value: number | boolean) => `dword:${Number(value).toString(16).padStart(8, '0')}`;

/** Chrome/Edge on Windows: a .reg file; the config is one string value (`configJson`). */
function createRegFile(browser: 'chrome' | 'edge', input: DeployInput): string {
  const root = REG_ROOTS[browser];
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Hội thi CCHC Companion — ${BROWSER_NAMES[browser]} (HUONG-DAN.md)`,
    `[${root}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${input.extensionId};${input.updateUrl}`)}`,
  ];
  const { policy } = input;
  if (policy) {
    const key = `${root}\\3rdparty\\extensions\\${input.extensionId}\\policy`;
    // A `config` key left from an earlier set-up would win over configJson: it goes.
    lines.push('', `[-${key}\\config]`, '', `[${key}]`);
    if (policy.config) lines.push(`"configJson"=${regString(JSON.stringify(policy.config))}`);
    lines.push(`"locked"=${regDword(policy.locked)}`);
    if (policy.reminders) {
      lines.push('', `[${key}\\reminders]`, `"enabled"=${regDword(policy.reminders.enabled)}`, `"hour"=${regDword(policy.reminders.hour)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The policy files of PRODUCT.md §4.8, byte for byte: .reg in UTF-16LE with BOM and CRLF, JSON and the guide in UTF-8. */
export function createPolicyFiles(input: DeployInput): DeployFile[] {
  if (!isExtensionId(input.extensionId)) throw new DeployInputError(`not an extension ID: ${input.extensionId}`);
  if (!isUpdateUrl(input.updateUrl)) throw new DeployInputError(`not an http(s) update URL: ${input.updateUrl}`);
  const linux = encodeUtf8(createLinuxPolicy(input));
  const reg = 'text/plain;charset=utf-16le';
  return [
    { name: 'chrome-windows.reg', bytes: encodeRegFile(createRegFile('chrome', input)), type: reg },
    { name: 'edge-windows.reg', bytes: encodeRegFile(createRegFile('edge', input)), type: reg },
    { name: 'chrome-linux.json', bytes: linux, type: 'application/json' },
    { name: 'edge-linux.json', bytes: linux, type: 'application/json' },
    { name: 'HUONG-DAN.md', bytes: encodeUtf8(createGuide({ ...input, storeRoute: Object.values(STORE_UPDATE_URLS).includes(input.updateUrl as never) })), type: 'text/markdown;charset=utf-8' },
  ];
}
