import { describe, expect, it } from 'vitest';
import { createUpdateManifest } from './update-manifest';

describe('createUpdateManifest', () => {
  it('should write the gupdate 2.0 manifest with the ID, version and codebase, escaped', () => {
    const xml = createUpdateManifest({ extensionId: 'abcdefghijklmnopabcdefghijklmnop', version: '1.0.0', codebase: 'https://so.gov.vn/x.crx?a=1&b=2' });
    expect(xml).toBe(
      "<?xml version='1.0' encoding='UTF-8'?>\n" +
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n" +
        "  <app appid='abcdefghijklmnopabcdefghijklmnop'>\n" +
        "    <updatecheck codebase='https://so.gov.vn/x.crx?a=1&amp;b=2' version='1.0.0' />\n" +
        '  </app>\n' +
        '</gupdate>\n',
    );
  });
});
