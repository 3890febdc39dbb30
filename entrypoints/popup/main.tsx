import { sendMessage } from '@/lib/messaging/protocol';

// Ask the background for the round status first, and load React while the answer travels:
// the popup's first paint is what a person waits for on every click of the toolbar icon.
const status = sendMessage('getStatus');
const { mountPopup } = await import('./mount');
mountPopup(document.getElementById('root')!, status);
