import { cachedStatus, status } from './status-request';
import { mountPopup } from './mount';

// The popup's first paint is what a person waits for on every click of the toolbar icon.
mountPopup(document.getElementById('root')!, status, cachedStatus);
