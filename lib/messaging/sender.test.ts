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

describe('isPortalContentScript in frames', () => {
  const PROVINCE = 'https://thuathienhue.gov.vn/hoi-thi';
  it('should accept a portal frame embedded in a tab of another site', () => {
    const sender = { id: ID, url: `${PORTAL[0]}/thi`, origin: PORTAL[0], tab: { id: 3, url: PROVINCE } };
    expect(isPortalContentScript(sender, ID, PORTAL)).toBe(true);
  });
  it('should refuse a non-portal frame inside a portal tab', () => {
    const sender = { id: ID, url: 'https://quangcao.example/banner', origin: 'https://quangcao.example', tab: { id: 3, url: `${PORTAL[0]}/` } };
    expect(isPortalContentScript(sender, ID, PORTAL)).toBe(false);
  });
  it('should judge by the frame, never fall back to the tab URL', () => {
    expect(isPortalContentScript({ id: ID, tab: { id: 3, url: `${PORTAL[0]}/` } }, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript({ id: ID, url: 'about:blank', tab: { id: 3, url: `${PORTAL[0]}/` } }, ID, PORTAL)).toBe(false);
  });
  it('should refuse a frame whose origin disagrees with its URL', () => {
    const sender = { id: ID, url: `${PORTAL[0]}/`, origin: 'https://evil.example', tab: { id: 3 } };
    expect(isPortalContentScript(sender, ID, PORTAL)).toBe(false);
  });
  it('should follow the origins in force', () => {
    const sender = { id: ID, url: 'https://hoithi.example.gov.vn/', origin: 'https://hoithi.example.gov.vn', tab: { id: 3 } };
    expect(isPortalContentScript(sender, ID, PORTAL)).toBe(false);
    expect(isPortalContentScript(sender, ID, [...PORTAL, 'https://hoithi.example.gov.vn'])).toBe(true);
  });
});

describe('isExtensionPage', () => {
  it('should accept only pages of this extension', () => {
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://hoithicchc.thuathienhue.gov.vn/' }, ID)).toBe(false);
    expect(isExtensionPage({ id: ID, url: 'not a url' }, ID)).toBe(false);
  });
});
