import { describe, expect, it } from 'vitest';
import { isExtensionPage, isPortalContentScript } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PORTAL = ['https://hoithicchc.thuathienhue.gov.vn'];

describe('isPortalContentScript', () => {
  it('should accept a content script in a portal tab', () => {
    const sender = { id: ID, url: 'https://hoithicchc.thuathienhue.gov.vn/thi', tab: { id: 3 } };
    expect(isPortalContentScript(sender, ID, PORTAL)).toBe(true);
  });
  it('should refuse another origin, another extension, an extension page and a sender without a tab', () => {
    expect(isPortalContentScript({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript({ id: 'other', url: `${PORTAL[0]}/`, tab: { id: 3 } }, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript({ id: ID, url: `chrome-extension://${ID}/popup.html`, tab: { id: 3 } }, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript({ id: ID, url: `${PORTAL[0]}/` }, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript({ id: ID, url: 'http://hoithicchc.thuathienhue.gov.vn/', tab: { id: 3 } }, ID, PORTAL)).toBe(false);
  });
});

describe('isExtensionPage', () => {
  it('should accept only pages of this extension', () => {
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://hoithicchc.thuathienhue.gov.vn/' }, ID)).toBe(false);
    expect(isExtensionPage({ id: ID, url: 'not a url' }, ID)).toBe(false);
  });
});
