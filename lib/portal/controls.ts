// Which contest control a click landed on; the content script calls this from a capture-phase
// listener, before the page's own handlers swap the DOM.
import { CONTROL_SELECTOR, controlLabel, isVisible, visibleControls } from './dom';
import { findConfirmStep, matchesLabel } from './match';
import { portalProfile, type ControlEntry, type ControlKind } from './profile';

export type { ControlKind } from './profile';

const ORDER: readonly ControlKind[] = ['start', 'submit', 'confirm', 'cancel'];

/** The nearest control at or above `el` (a click may land on a <span> inside a button). */
export function closestControl(el: Element): Element | undefined {
  return el.closest(CONTROL_SELECTOR) ?? undefined;
}

/** Classifies the control around a click target; undefined when it is none of the contest's controls. */
export function classifyControl(el: Element): ControlKind | undefined {
  const control = closestControl(el);
  if (!control || !isVisible(control)) return undefined;
  const label = controlLabel(control);
  if (!label) return undefined;
  for (const kind of ORDER) {
    if (!matchesLabel(label, portalProfile.controls[kind])) continue;
    // "Đồng ý" or "Hủy" elsewhere on the page is not the confirm step.
    if ((kind === 'confirm' || kind === 'cancel') && !findConfirmStep(control)) continue;
    return kind;
  }
  return undefined;
}

/** Visible controls under root of one kind, in document order. */
export function findControls(root: ParentNode, kind: ControlKind): Element[] {
  return visibleControls(root).filter((c) => classifyControl(c) === kind);
}

/** Visible controls under root whose label is one of the entry's texts (e.g. login, logout). */
export function findLabelledControls(root: ParentNode, entry: ControlEntry): Element[] {
  return visibleControls(root).filter((c) => matchesLabel(controlLabel(c), entry));
}
