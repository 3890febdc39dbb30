import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/defaults';
import { parseManagedPolicy } from '../config/managed';
import { createPolicyFiles, DeployInputError, STORE_UPDATE_URLS } from './policy-files';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const URL_XML = 'http://127.0.0.1:8080/update.xml';
const config = { ...structuredClone(DEFAULT_CONFIG), endpoint: { url: 'https://so.example.gov.vn/hoithi/"receipts"' } };
const files = (policy?: Parameters<typeof createPolicyFiles>[0]['policy'], updateUrl = URL_XML) =>
  Object.fromEntries(createPolicyFiles({ extensionId: ID, updateUrl, policy }).map((f) => [f.name, f.bytes]));

const utf16 = (bytes: Uint8Array) => new TextDecoder('utf-16le').decode(bytes.subarray(2));
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('createPolicyFiles', () => {
  it('should write the five files of PRODUCT.md 4.8', () => {
    expect(Object.keys(files())).toEqual(['chrome-windows.reg', 'edge-windows.reg', 'chrome-linux.json', 'edge-linux.json', 'HUONG-DAN.md']);
  });

  it('should write the Chrome .reg file in UTF-16LE with a BOM and CRLF, byte for byte', () => {
    const bytes = files({ config, locked: true, reminders: { enabled: true, hour: 7 } })['chrome-windows.reg']!;
    const root = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
    const key = `${root}\\3rdparty\\extensions\\${ID}\\policy`;
    const json = JSON.stringify(config).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const text = [
      'Windows Registry Editor Version 5.00',
      '',
      '; Hội thi CCHC Companion — Google Chrome (HUONG-DAN.md)',
      `[${root}\\ExtensionInstallForcelist]`,
      `"1"="${ID};${URL_XML}"`,
      '',
      `[-${key}\\config]`,
      '',
      `[${key}]`,
      `"configJson"="${json}"`,
      '"locked"=dword:00000001',
      '',
      `[${key}\\reminders]`,
      '"enabled"=dword:00000001',
      '"hour"=dword:00000007',
      '',
    ].join('\r\n');
    const expected = new Uint8Array(2 + text.length * 2);
    expected.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) expected.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(bytes).toEqual(expected);
    // "ộ" is U+1ED9: little-endian D9 1E; every LF follows a CR.
    expect(utf16(bytes)).toContain('Hội thi');
    expect(utf16(bytes).match(/(?<!\r)\n/g)).toBeNull();
  });

  it('should give the Edge .reg file the Edge policy key, and the config as a string that parses back', () => {
    const text = utf16(files({ config, locked: false })['edge-windows.reg']!);
    expect(text).toContain('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist]\r\n');
    expect(text).toContain('"locked"=dword:00000000\r\n');
    expect(text).not.toContain('reminders');
    const value = /"configJson"="(.*)"\r\n/.exec(text)![1]!.replace(/\\(["\\])/g, '$1');
    expect(parseManagedPolicy({ configJson: value })).toMatchObject({ ok: true, values: { config } });
  });

  it('should write the Linux JSON exactly, UTF-8 without BOM, the same for Chrome and Edge', () => {
    const all = files({ config, locked: true });
    const expected = `${JSON.stringify(
      {
        ExtensionInstallForcelist: [`${ID};${URL_XML}`],
        '3rdparty': { extensions: { [ID]: { config: { ...config, contest: { ...Object.fromEntries(Object.entries(config.contest).filter(([k]) => k !== 'timeLimitMinutes')) } }, locked: true } } },
      },
      null,
      2,
    )}\n`;
    expect(utf8(all['chrome-linux.json']!)).toBe(expected);
    expect(all['chrome-linux.json']![0]).toBe(0x7b);
    expect(all['edge-linux.json']).toEqual(all['chrome-linux.json']);
    // What the browser hands to storage.managed is valid for the extension.
    const policy = JSON.parse(expected)['3rdparty'].extensions[ID];
    expect(parseManagedPolicy(policy)).toMatchObject({ ok: true, values: { config, locked: true } });
  });

  it('should send a config with nulls Chrome would drop as configJson, and keep a time limit', () => {
    const exportOnly = { ...structuredClone(DEFAULT_CONFIG), contest: { ...DEFAULT_CONFIG.contest, timeLimitMinutes: 20 } };
    const policy = JSON.parse(utf8(files({ config: exportOnly, locked: true })['chrome-linux.json']!))['3rdparty'].extensions[ID];
    expect(Object.keys(policy)).toEqual(['configJson', 'locked']);
    expect(JSON.parse(policy.configJson)).toEqual(exportOnly);
    const withLimit = JSON.parse(utf8(files({ config: { ...exportOnly, endpoint: config.endpoint }, locked: true })['chrome-linux.json']!));
    expect(withLimit['3rdparty'].extensions[ID].config.contest.timeLimitMinutes).toBe(20);
  });

  it('should only force-install when there is no managed policy', () => {
    expect(utf8(files()['chrome-linux.json']!)).toBe(`{\n  "ExtensionInstallForcelist": [\n    "${ID};${URL_XML}"\n  ]\n}\n`);
    expect(utf16(files()['chrome-windows.reg']!)).not.toContain('3rdparty');
  });

  it('should write the Vietnamese guide with the ID, the address and the store route', () => {
    const guide = utf8(files({ config, locked: true })['HUONG-DAN.md']!);
    expect(guide).toContain(`\`${ID}\``);
    expect(guide).toContain(URL_XML);
    expect(guide).toContain('chrome://policy');
    expect(guide).toContain('edge://policy');
    // A policy cannot grant host permissions: staff allow a configured contest site themselves.
    expect(guide).toContain('"Cho phép trên trang Hội thi"');
    expect(guide).toMatch(/gia nhập miền/);
    expect(guide).toContain('/etc/opt/chrome/policies/managed/');
    const store = utf8(files(undefined, STORE_UPDATE_URLS.edge)['HUONG-DAN.md']!);
    expect(store).toContain('qua cửa hàng');
    expect(utf8(files(undefined, STORE_UPDATE_URLS.edge)['chrome-linux.json']!)).toContain(`${ID};${STORE_UPDATE_URLS.edge}`);
  });

  it('should refuse an ID or update URL no browser accepts', () => {
    expect(() => createPolicyFiles({ extensionId: 'abc', updateUrl: URL_XML })).toThrow(DeployInputError);
    expect(() => createPolicyFiles({ extensionId: ID, updateUrl: 'ftp://x/update.xml' })).toThrow(DeployInputError);
  });
});
