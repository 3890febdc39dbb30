// Which page of the contest the user is on. Runs on DOM mutations, so it reads only visible
// controls and the text blocks once, never layout.
import { collectTextBlocks, controlLabel, visibleControls } from './dom';
import { extractAccountFromBlocks } from './extract';
import { countRadioGroups, findConfirmStep, findTextBlocks, isPortalUrl, matchesLabel, type PageAddress } from './match';
import { normalizeText } from '../text/normalize';
import { portalProfile, type ControlEntry, type TextEntry } from './profile';

export type PortalPageKind = 'logged-out' | 'logged-in' | 'ready' | 'exam' | 'confirm' | 'result' | 'unknown';
export interface PortalPage {
  kind: PortalPageKind;
  /** Portal identity cut from surrounding words, when the page shows one. */
  account?: string;
}

/** Recognises the portal page in `root` at `url`; `{ kind: 'unknown' }` when it is not the portal's. */
export function detectPortalPage(root: ParentNode, url: PageAddress): PortalPage {
  return isPortalUrl(url) ? detectPageKind(root) : { kind: 'unknown' };
}

/**
 * Recognises the page in `root` by what it shows, whatever its host: the content script runs only
 * in frames of a portal origin (built-in or configured), and the profile's texts apply on each.
 */
export function detectPageKind(root: ParentNode): PortalPage {
  const { controls, texts, selectors } = portalProfile;
  const blocks = collectTextBlocks(root);
  const labelled = visibleControls(root).map((el) => ({ el, label: controlLabel(el) }));
  const shows = (entry: TextEntry) => findTextBlocks(blocks, entry).length > 0;
  const has = (entry: ControlEntry) => labelled.some((c) => matchesLabel(c.label, entry));
  const account = extractAccountFromBlocks(blocks);
  const withAccount = (kind: PortalPageKind): PortalPage => (account ? { kind, account } : { kind });

  // A confirm/time-out question counts only with a yes-button inside its step, not as stray text.
  const confirming = labelled.some((c) => matchesLabel(c.label, controls.confirm) && findConfirmStep(c.el));
  if (confirming && (shows(texts.confirmQuestion) || shows(texts.timeout))) return withAccount('confirm');
  if (shows(texts.result)) return withAccount('result');
  const questions = shows(texts.question) && countRadioGroups(root, selectors.radioGroups) > 0;
  if (shows(texts.countdown) || has(controls.submit) || questions) return withAccount('exam');
  const loggedIn = account !== undefined || shows(texts.greeting) || has(controls.logout);
  if (loggedIn) return withAccount(has(controls.start) ? 'ready' : 'logged-in');
  if (has(controls.login)) return { kind: 'logged-out' };
  return { kind: 'unknown' };
}

// Unanchored forms of the question pattern: the whole page's text is one string here.
const QUESTION_ANYWHERE = /câu(?: hỏi)? \d+/;

/**
 * A cheap look before a full recognition pass: false when the page's text cannot be an exam or a
 * result page (no countdown, question, time-out or result words anywhere). One native textContent
 * read, no walk; hidden text counts too, so it only ever lets detectPortalPage decide.
 */
export function mayBeExamOrResult(root: Element): boolean {
  const text = normalizeText(root.textContent ?? '');
  const { texts } = portalProfile;
  const said = (entry: TextEntry) => entry.texts.some((t) => text.includes(t));
  return said(texts.result) || said(texts.countdown) || said(texts.timeout) || QUESTION_ANYWHERE.test(text);
}
