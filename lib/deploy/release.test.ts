import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/defaults';
import { checkReleaseInputs, ReleaseRefusal, writeRelease } from './release';

let dir: string;
const rsaPem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' });
const write = (name: string, text: string | Buffer) => {
  writeFileSync(path.join(dir, name), text);
  return name;
};
const refusal = (argv: string[]) => {
  try {
    checkReleaseInputs(argv, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ReleaseRefusal);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hoithi-release-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkReleaseInputs', () => {
  it('should refuse without a key and say how to make one', () => {
    expect(refusal(['--base-url', 'https://x.gov.vn'])).toContain('openssl genrsa -out hoithi.pem 2048');
    expect(refusal(['--key', 'missing.pem', '--base-url', 'https://x.gov.vn'])).toContain('missing.pem');
  });

  it('should refuse a key that is not an RSA private key, naming the file', () => {
    const ec = write('ec.pem', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(refusal(['--key', ec, '--base-url', 'https://x.gov.vn'])).toMatch(/ec\.pem là khóa ec, không phải khóa riêng RSA/);
    const pub = write('pub.pem', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }));
    expect(refusal(['--key', pub, '--base-url', 'https://x.gov.vn'])).toMatch(/pub\.pem không phải là khóa riêng RSA/);
    expect(refusal(['--key', write('junk.pem', 'hello'), '--base-url', 'https://x.gov.vn'])).toContain('junk.pem');
  });

  it('should refuse a base URL that is missing or not http(s)', () => {
    const key = write('k.pem', rsaPem());
    expect(refusal(['--key', key])).toContain('--base-url');
    expect(refusal(['--key', key, '--base-url', 'ftp://x.gov.vn'])).toContain('"ftp://x.gov.vn"');
    expect(refusal(['--key', key, '--base-url', 'x.gov.vn/hoithi'])).toContain('không phải là địa chỉ http');
  });

  it('should refuse a config file that does not validate, with the field and why', () => {
    const key = write('k.pem', rsaPem());
    const bad = write('bad.json', JSON.stringify({ ...DEFAULT_CONFIG, endpoint: { url: 'http://so.gov.vn/r' } }));
    expect(refusal(['--key', key, '--base-url', 'https://x.gov.vn', '--config', bad])).toMatch(/^bad\.json: Tệp cấu hình không hợp lệ: trường "endpoint\.url"/);
    expect(refusal(['--key', key, '--base-url', 'https://x.gov.vn', '--bogus'])).toContain('npm run release --');
  });

  it('should accept a PKCS#1 or PKCS#8 RSA key and drop a trailing slash of the base URL', () => {
    const key = write('k.pem', rsaPem());
    expect(checkReleaseInputs(['--key', key, '--base-url', 'https://x.gov.vn/hoithi/'], dir)).toMatchObject({ baseUrl: 'https://x.gov.vn/hoithi' });
    const pkcs8 = write('k8.pem', generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(checkReleaseInputs(['--key', pkcs8, '--base-url', 'http://127.0.0.1:9/'], dir).privateKey.asymmetricKeyType).toBe('rsa');
  });
});

describe('writeRelease', () => {
  // A stand-in for wxt zip: the manifest and a store zip (crx3 signs the zip bytes as they are).
  const fakeBuild = (out: string) => () => {
    mkdirSync(path.join(out, 'chrome-mv3'), { recursive: true });
    writeFileSync(path.join(out, 'chrome-mv3', 'manifest.json'), JSON.stringify({ name: 'x', version: '1.2.3' }));
    writeFileSync(path.join(out, 'hoithi-cchc-companion-1.2.3-chrome.zip'), Buffer.from('PK\u0003\u0004 zip bytes'));
  };

  it('should write the package with the same ID every time for the same key', async () => {
    const key = write('k.pem', rsaPem());
    const config = write('c.json', JSON.stringify(DEFAULT_CONFIG));
    const out = path.join(dir, 'out');
    const inputs = checkReleaseInputs(['--key', key, '--base-url', 'http://127.0.0.1:8080', '--config', config], dir);
    const first = await writeRelease(inputs, out, fakeBuild(out));
    const second = await writeRelease(inputs, out, fakeBuild(out));
    expect(second.extensionId).toBe(first.extensionId);
    expect(first.files).toEqual([
      'hoithi-cchc-1.2.3-chrome.zip', 'hoithi-cchc-1.2.3.crx', 'update.xml',
      'policies/chrome-windows.reg', 'policies/edge-windows.reg', 'policies/chrome-linux.json', 'policies/edge-linux.json', 'policies/HUONG-DAN.md',
    ]);
    expect(readdirSync(out).sort()).toEqual(['chrome-mv3', 'hoithi-cchc-companion-1.2.3-chrome.zip', 'release']);
    const crx = readFileSync(path.join(out, 'release', 'hoithi-cchc-1.2.3.crx'));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const zip = readFileSync(path.join(out, 'release', 'hoithi-cchc-1.2.3-chrome.zip'));
    expect(crx.subarray(crx.length - zip.length)).toEqual(zip);
    const xml = readFileSync(path.join(out, 'release', 'update.xml'), 'utf8');
    expect(xml).toContain(`appid='${first.extensionId}'`);
    expect(xml).toContain("codebase='http://127.0.0.1:8080/hoithi-cchc-1.2.3.crx' version='1.2.3'");
    const linux = JSON.parse(readFileSync(path.join(out, 'release', 'policies', 'chrome-linux.json'), 'utf8'));
    expect(linux.ExtensionInstallForcelist).toEqual([`${first.extensionId};http://127.0.0.1:8080/update.xml`]);
    // The built-in config has "endpoint": null, which the managed schema cannot carry: it goes as text.
    const policy = linux['3rdparty'].extensions[first.extensionId];
    expect(policy.locked).toBe(true);
    expect(JSON.parse(policy.configJson)).toEqual(DEFAULT_CONFIG);
  });

  it('should give another key another ID', async () => {
    const out = path.join(dir, 'out');
    const a = await writeRelease(checkReleaseInputs(['--key', write('a.pem', rsaPem()), '--base-url', 'https://x.vn'], dir), out, fakeBuild(out));
    const b = await writeRelease(checkReleaseInputs(['--key', write('b.pem', rsaPem()), '--base-url', 'https://x.vn'], dir), out, fakeBuild(out));
    expect(a.extensionId).not.toBe(b.extensionId);
    expect(existsSync(path.join(out, 'release.partial'))).toBe(false);
  });
});
