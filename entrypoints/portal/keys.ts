const NATIVE_ENTER = new Set(['BUTTON', 'INPUT', 'A', 'SUMMARY']);
const NATIVE_SPACE = new Set(['BUTTON', 'INPUT', 'SUMMARY']);

/**
 * True when Enter or Space activates `target` without the browser firing a click of its own
 * (e.g. a `role=button` div with the page's own key handler); native controls are caught as clicks.
 */
export function isKeyActivation(event: KeyboardEvent, target: Element): boolean {
  if (event.repeat || event.isComposing) return false;
  const control = target.closest('button, input, a[href], summary, [role="button"]') ?? target;
  if (event.key === 'Enter') return !NATIVE_ENTER.has(control.tagName) || (control.tagName === 'A' && !control.hasAttribute('href'));
  if (event.key === ' ') return !NATIVE_SPACE.has(control.tagName);
  return false;
}
