/**
 * A host element with its own shadow root, attached to <html> rather than <body> so a single-page
 * portal that re-renders its body cannot remove it, and styled from scratch so the portal's CSS
 * cannot reach in.
 */
export function createShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial}*{box-sizing:border-box;font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif}${css}`;
  root.append(style);
  // Keep the portal's own listeners from reacting to what happens inside our UI.
  for (const type of ['click', 'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  document.documentElement.append(host);
  return { host, root };
}
