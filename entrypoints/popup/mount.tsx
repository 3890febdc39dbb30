import { createRoot } from 'react-dom/client';
import type { PopupStatus } from '@/lib/messaging/protocol';
import { App } from './App';

/** Renders the popup around the status requests that are already on their way. */
export function mountPopup(root: HTMLElement, status: Promise<PopupStatus>, cached: Promise<PopupStatus | undefined>): void {
  createRoot(root).render(<App status={status} cached={cached} />);
}
