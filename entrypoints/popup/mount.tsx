import { createRoot } from 'react-dom/client';
import type { StatusView } from '@/lib/messaging/protocol';
import { App } from './App';

/** Renders the popup around a status request that is already on its way. */
export function mountPopup(root: HTMLElement, status: Promise<StatusView>): void {
  createRoot(root).render(<App status={status} />);
}
