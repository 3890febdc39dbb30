import { createShadowHost } from './shadow';

export interface WarningText {
  lang: string;
  title: string;
  paragraphs: string[];
  cancel: string;
  proceed: string;
}

const CSS = `.backdrop{position:fixed;inset:0;z-index:2147483647;background:rgba(15,23,42,.55);display:flex;align-items:center;justify-content:center;padding:16px}
.dialog{background:#fff;color:#1b2733;max-width:480px;width:100%;border-radius:10px;padding:22px 24px;box-shadow:0 10px 40px rgba(0,0,0,.35);border-top:6px solid #c77700}
h2{margin:0 0 10px;font-size:19px;line-height:1.3}p{margin:0 0 10px;font-size:15px;line-height:1.5}
.actions{display:flex;gap:12px;justify-content:flex-end;margin-top:16px;flex-wrap:wrap}
button{font:inherit;font-size:15px;padding:8px 18px;border-radius:6px;cursor:pointer;border:2px solid #1f4e8c}
.cancel{background:#1f4e8c;color:#fff}.proceed{background:#fff;color:#8a1f1f;border-color:#8a1f1f}
button:focus-visible{outline:3px solid #f0a020;outline-offset:2px}`;

/**
 * Shows the modal `alertdialog` and resolves true for "proceed", false for cancel or Escape.
 * The safe choice has the focus first, and Tab stays inside the dialog. Only the person answers it
 * (PRODUCT.md §3): a page script reaches the open shadow root, but its `.click()` or synthetic
 * Escape is not trusted and is ignored, so it can neither start a second attempt nor block one.
 */
export function showWarningDialog(text: WarningText, isPersonsEvent: (event: Event) => boolean = (event) => event.isTrusted): Promise<boolean> {
  const previousFocus = document.activeElement as HTMLElement | null;
  const { host, root } = createShadowHost('hoithi-warning', CSS);
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  Object.assign(dialog, { className: 'dialog', lang: text.lang });
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'hoithi-title');
  dialog.setAttribute('aria-describedby', 'hoithi-desc');
  const title = Object.assign(document.createElement('h2'), { id: 'hoithi-title', textContent: text.title });
  const desc = Object.assign(document.createElement('div'), { id: 'hoithi-desc' });
  desc.append(...text.paragraphs.map((p) => Object.assign(document.createElement('p'), { textContent: p })));
  const cancel = Object.assign(document.createElement('button'), { type: 'button', className: 'cancel', textContent: text.cancel });
  const proceed = Object.assign(document.createElement('button'), { type: 'button', className: 'proceed', textContent: text.proceed });
  const actions = Object.assign(document.createElement('div'), { className: 'actions' });
  actions.append(cancel, proceed);
  dialog.append(title, desc, actions);
  backdrop.append(dialog);
  root.append(backdrop);

  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      host.remove();
      if (!answer) previousFocus?.focus?.();
      resolve(answer);
    };
    // A click on the backdrop must not move the focus out of the dialog.
    backdrop.addEventListener('mousedown', (e) => e.target === backdrop && e.preventDefault());
    cancel.addEventListener('click', (e) => isPersonsEvent(e) && close(false));
    proceed.addEventListener('click', (e) => isPersonsEvent(e) && close(true));
    dialog.addEventListener('keydown', (e) => {
      if (!isPersonsEvent(e)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close(false);
      } else if (e.key === 'Tab') {
        // Two buttons: Tab and Shift+Tab both move to the other one.
        e.preventDefault();
        (root.activeElement === cancel ? proceed : cancel).focus();
      }
    });
    cancel.focus();
  });
}
