import { createRoot } from 'react-dom/client';
import type { PopupStatus } from '@/lib/messaging/protocol';
import { App } from './App';

/** Renders the popup around a status request that is already on its way. */
export function mountPopup(root: HTMLElement, status: Promise<PopupStatus>): void {
  createRoot(root).render(<App status={status} />);
}
