// `npm run release` (PRODUCT.md §4.8): Node only, never imported by the extension. Checks every
// input before writing anything, builds the store zip, signs the CRX3 with crx3, and writes the
// update manifest and the policy files of ./policy-files.ts into <out>/release/.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import crx3 from 'crx3';
import { formatConfigError, parseConfigFile } from '../config/parse';
import type { ContestConfig } from '../config/schema';
import { createT } from '../i18n';
import { getExtensionIdFromPublicKey } from './extension-id';
import { createPolicyFiles, isUpdateUrl } from './policy-files';
import { createUpdateManifest } from './update-manifest';

/** A refused input: the message names it and says what to do; nothing has been written. */
export class ReleaseRefusal extends Error {
  override name = 'ReleaseRefusal';
}

export interface ReleaseInputs {
  keyPath: string;
  privateKey: KeyObject;
  baseUrl: string;
  config?: ContestConfig;
}

const HOW_TO_MAKE_A_KEY = 'Tạo một khóa (một lần, giữ kín, không đưa vào kho mã nguồn): openssl genrsa -out hoithi.pem 2048';

/** Reads `--key`, `--base-url` and `--config`; throws ReleaseRefusal for anything unusable. */
export function checkReleaseInputs(argv: string[], cwd: string): ReleaseInputs {
  let values: { key?: string; 'base-url'?: string; config?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { key: { type: 'string' }, 'base-url': { type: 'string' }, config: { type: 'string' } } }));
  } catch (error) {
    throw new ReleaseRefusal(`${(error as Error).message}. Cách dùng: npm run release -- --key <khóa.pem> --base-url <địa chỉ> [--config <tệp cấu hình>]`);
  }
  if (!values.key) throw new ReleaseRefusal(`Thiếu --key: cần khóa riêng RSA (PEM) để ký gói CRX; cùng một khóa luôn cho cùng một mã tiện ích. ${HOW_TO_MAKE_A_KEY}`);
  const keyPath = path.resolve(cwd, values.key);
  if (!existsSync(keyPath)) throw new ReleaseRefusal(`Không có tệp khóa ${values.key}. ${HOW_TO_MAKE_A_KEY}`);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(keyPath));
  } catch {
    throw new ReleaseRefusal(`Tệp ${values.key} không phải là khóa riêng RSA dạng PEM (không đọc được, có mật khẩu, hoặc là khóa công khai). ${HOW_TO_MAKE_A_KEY}`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new ReleaseRefusal(`Tệp ${values.key} là khóa ${privateKey.asymmetricKeyType ?? 'không rõ loại'}, không phải khóa riêng RSA. ${HOW_TO_MAKE_A_KEY}`);
  }
  const base = values['base-url'];
  if (!base) throw new ReleaseRefusal('Thiếu --base-url: địa chỉ http(s) nơi sẽ đặt update.xml và tệp .crx, ví dụ https://so.example.gov.vn/hoithi');
  if (!isUpdateUrl(base)) throw new ReleaseRefusal(`--base-url "${base}" không phải là địa chỉ http:// hoặc https://.`);
  const inputs: ReleaseInputs = { keyPath, privateKey, baseUrl: base.replace(/\/+$/, '') };
  if (values.config !== undefined) {
    const file = path.resolve(cwd, values.config);
    if (!existsSync(file)) throw new ReleaseRefusal(`Không có tệp cấu hình ${values.config}.`);
    const result = parseConfigFile(readFileSync(file, 'utf8'));
    if (!result.ok) throw new ReleaseRefusal(`${values.config}: ${formatConfigError(result.error, createT('vi'))}`);
    inputs.config = result.config;
  }
  return inputs;
}

export interface ReleaseResult {
  extensionId: string;
  dir: string;
  files: string[];
}

/**
 * Writes the release package into `<outDir>/release/`. `build` makes `<outDir>/chrome-mv3` and the
 * store zip `<outDir>/*-<version>-chrome.zip` (wxt zip); the folder replaces the old one only when complete.
 */
export async function writeRelease(inputs: ReleaseInputs, outDir: string, build: () => void): Promise<ReleaseResult> {
  const publicDer = createPublicKey(inputs.privateKey).export({ type: 'spki', format: 'der' });
  const extensionId = await getExtensionIdFromPublicKey(new Uint8Array(publicDer));
  build();
  const { name, version } = JSON.parse(readFileSync(path.join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8')) as { name: string; version: string };
  const zips = readdirSync(outDir).filter((f) => f.endsWith(`-${version}-chrome.zip`)).map((f) => path.join(outDir, f));
  if (zips.length !== 1) throw new Error(`expected one store zip of version ${version} in ${outDir}, found ${zips.length} (${name})`);
  const stem = `hoithi-cchc-${version}`;
  const dir = path.join(outDir, 'release');
  const work = `${dir}.partial`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'policies'), { recursive: true });
  writeFileSync(path.join(work, `${stem}-chrome.zip`), readFileSync(zips[0]!));
  // crx3 signs the store zip as it is (CRX3 = header + the same zip bytes).
  const info = await crx3(createReadStream(path.join(work, `${stem}-chrome.zip`)), { keyPath: inputs.keyPath, crxPath: path.join(work, `${stem}.crx`) });
  if (info.appId !== extensionId) throw new Error(`crx3 signed as ${info.appId}, the key's ID is ${extensionId}`);
  writeFileSync(path.join(work, 'update.xml'), createUpdateManifest({ extensionId, version, codebase: `${inputs.baseUrl}/${stem}.crx` }));
  const policy = inputs.config ? { config: inputs.config, locked: true } : undefined;
  const policyFiles = createPolicyFiles({ extensionId, updateUrl: `${inputs.baseUrl}/update.xml`, policy });
  for (const file of policyFiles) writeFileSync(path.join(work, 'policies', file.name), file.bytes);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { extensionId, dir, files: [`${stem}-chrome.zip`, `${stem}.crx`, 'update.xml', ...policyFiles.map((f) => `policies/${f.name}`)] };
}
