const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
const escapeXml = (value: string) => value.replace(/[&<>'"]/g, (c) => XML_ESCAPES[c]!);

/** The update manifest (gupdate protocol 2.0) that points a policy-installed browser at the CRX. */
export function createUpdateManifest(input: { extensionId: string; version: string; codebase: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(input.extensionId)}'>`,
    `    <updatecheck codebase='${escapeXml(input.codebase)}' version='${escapeXml(input.version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
