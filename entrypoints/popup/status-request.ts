import { sendMessage } from '@/lib/messaging/protocol';

// Imported first by main.tsx, so it is evaluated before React: the round status is on its way while
// React starts. Every module of the first paint is a static import, so the page's HTML preloads them
// all at once and the browser compiles them while it parses the page.
export const status = sendMessage('getStatus');
