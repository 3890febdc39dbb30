// DOM reading shared by detection, controls and extraction. No layout is read (no innerText):
// these run on every DOM mutation and on saved HTML under jsdom.
import { normalizeText } from '../text/normalize';

/** What the portal may use as a clickable control (PRODUCT.md §3). */
export const CONTROL_SELECTOR =
  'button, a, input[type="submit" i], input[type="button" i], [role="button" i]';
/** Elements that are a modal step by their own semantics. */
export const DIALOG_SELECTOR = 'dialog, [role="dialog" i], [role="alertdialog" i], [aria-modal="true" i]';

const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);
// A line break between these keeps "Xin chào," and a name in the next block apart from other lines.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const MAX_LABEL_CHARS = 80;

/** A visible element that holds text directly, with its normalised text. */
export interface TextBlock { readonly el: Element; readonly text: string }

/** True when the element itself hides its subtree (attributes and inline style only). */
export function isHiddenElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER_SHOWN.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
  if (tag === 'INPUT' && el.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  // Only an element with a style attribute has inline style to read: asking any other for .style
  // makes the browser build an empty declaration for it, on every element of the page.
  if (!el.hasAttribute('style')) return false;
  const style = (el as Partial<HTMLElement>).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * In a real browser, false when a stylesheet hides the element or an ancestor (a modal kept in
 * the page with display:none by a class). It reads computed style, so it is asked only of the few
 * candidates that matched, never during a walk. Saved pages under jsdom have no such method.
 */
export function isRendered(el: Element): boolean {
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

/** True when neither the element nor an ancestor hides it. */
export function isVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHiddenElement(e)) return false;
  return isRendered(el);
}

/** Text of the visible subtree, '\n' between blocks; `skip` drops whole subtrees (e.g. links). */
export function visibleText(el: Element, skip?: (e: Element) => boolean): string {
  let out = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (isHiddenElement(child) || skip?.(child)) continue;
    const nl = BLOCK.has(child.tagName.toUpperCase()) ? '\n' : '';
    out += nl + visibleText(child, skip) + nl;
  }
  return out;
}

/** Normalised label of a control: its visible text, else value / aria-label / title. */
export function controlLabel(control: Element): string {
  const isInput = control.tagName.toUpperCase() === 'INPUT';
  // No contest control has a long label: skip the walk for menus and cards wrapped in links.
  if (!isInput && (control.textContent ?? '').length > MAX_LABEL_CHARS) return '';
  const text = isInput ? control.getAttribute('value') ?? '' : visibleText(control);
  const label = text.trim() ? text : control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '';
  return trimDecoration(normalizeText(label));
}

// A letter (anything with a case: every Vietnamese letter) or an ASCII digit. Not /[\p{L}\p{N}]/u:
// compiling that class cost every portal page ~0.4 ms before the first control was looked at.
function isWordChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || ch.toLowerCase() !== ch.toUpperCase();
}

// Icons and arrows around a label ("➜ Bắt đầu thi") are decoration, not words. A loop, not an
// anchored regex: that one retries from every position and runs on every control per scan.
function trimDecoration(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && !isWordChar(s[start]!)) start += 1;
  while (end > start && !isWordChar(s[end - 1]!)) end -= 1;
  return s.slice(start, end);
}

/** All visible controls under root. */
export function visibleControls(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CONTROL_SELECTOR)).filter(isVisible);
}

const NOT_SPACE = /\S/;

// A test, not trim(): trimming copies every text node of the page on the first scan.
function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && NOT_SPACE.test(node.nodeValue ?? '')) return true;
  return false;
}

/** Visible elements that hold text directly, in document order; hidden subtrees are never entered. */
export function collectTextBlocks(root: ParentNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (el: Element): void => {
    if (isHiddenElement(el)) return;
    if (hasOwnText(el)) blocks.push({ el, text: normalizeText(visibleText(el)) });
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  if ((root as Partial<Element>).nodeType === 1) {
    if (isVisible(root as Element)) walk(root as Element);
  } else {
    for (const child of Array.from(root.children)) walk(child);
  }
  return blocks;
}
