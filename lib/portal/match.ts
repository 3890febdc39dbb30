// How profile entries are matched; detection, controls and the fixture-count test all use these,
// so the counts in profile.ts describe exactly what the extension sees.
import { DIALOG_SELECTOR, collectTextBlocks, isRendered, isVisible, type TextBlock } from './dom';
import { portalProfile, type ControlEntry, type SelectorEntry, type TextEntry, type UrlEntry } from './profile';

/** What matching reads of an address: a URL, or the page's own `location` (no parsing). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname'>;

// Without dialog semantics, a confirm step is a box a few levels around its buttons.
const STEP_MAX_LEVELS = 4;

/** True when the URL belongs to the portal's host(s). */
export function isPortalUrl(url: PageAddress): boolean {
  return portalProfile.urls.portal.hosts.some((h) => h === url.hostname.toLowerCase());
}

/** True when the URL fits the entry's hosts and paths (a missing list accepts anything). */
export function matchesUrl(url: PageAddress, entry: UrlEntry): boolean {
  const hostOk = !entry.hosts || entry.hosts.includes(url.hostname.toLowerCase());
  return hostOk && (!entry.paths || entry.paths.some((p) => p.test(url.pathname)));
}

/** True when a normalised control label is one of the entry's texts. */
export function matchesLabel(label: string, entry: ControlEntry): boolean {
  return entry.texts.includes(label);
}

/** True when normalised text contains one of the entry's texts or fits one of its patterns. */
export function matchesText(text: string, entry: TextEntry): boolean {
  return entry.texts.some((t) => text.includes(t)) || (entry.patterns ?? []).some((p) => p.test(text));
}

/** Matching blocks, innermost only, so a phrase counts once however deeply it is wrapped. */
export function findTextBlocks(blocks: readonly TextBlock[], entry: TextEntry): TextBlock[] {
  const hits = blocks.filter((b) => matchesText(b.text, entry) && isRendered(b.el));
  return hits.filter((b) => !hits.some((o) => o !== b && b.el.contains(o.el)));
}

/** Number of distinct radio groups among visible inputs. */
export function countRadioGroups(root: ParentNode, entry: SelectorEntry): number {
  const names = new Set<string>();
  for (const input of Array.from(root.querySelectorAll(entry.selector))) {
    if (isVisible(input)) names.add(input.getAttribute('name') ?? '');
  }
  return names.size;
}

function asksToConfirm(container: Element): boolean {
  const { confirmQuestion, timeout } = portalProfile.texts;
  return collectTextBlocks(container).some((b) => matchesText(b.text, confirmQuestion) || matchesText(b.text, timeout));
}

/** The visible confirm step (dialog or nearby box holding the confirm/time-out question) around a control. */
export function findConfirmStep(control: Element): Element | undefined {
  const dialog = control.closest(DIALOG_SELECTOR);
  if (dialog) return asksToConfirm(dialog) ? dialog : undefined;
  let box = control.parentElement;
  for (let level = 0; box && level < STEP_MAX_LEVELS; level += 1, box = box.parentElement) {
    if (box.tagName.toUpperCase() === 'BODY') return undefined;
    if (asksToConfirm(box)) return box;
  }
  return undefined;
}
