// A countdown rewrites its few characters every second; re-reading the whole page for it would
// cost the portal work and tell us nothing. Text swaps this short cannot carry a control's label or
// a result message, so a batch made only of them is ignored.
const SHORT_TEXT = 16;

function isShortTextSwap(record: MutationRecord): boolean {
  if (record.type === 'characterData') return (record.target.nodeValue ?? '').length <= SHORT_TEXT;
  if (record.type !== 'childList') return false;
  const onlyText = (nodes: NodeList) => Array.prototype.every.call(nodes, (n: Node) => n.nodeType === 3);
  return onlyText(record.addedNodes) && onlyText(record.removedNodes) && (record.target.textContent ?? '').length <= SHORT_TEXT;
}

/** True when a batch of mutations can change what the page is (anything but a ticking clock). */
export function isMeaningfulChange(records: MutationRecord[]): boolean {
  return !records.every(isShortTextSwap);
}
