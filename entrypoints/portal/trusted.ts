/**
 * True when an event is the person's own act (PRODUCT.md §3): one the browser marks as trusted, or
 * the extension's own replay of the start after "Vẫn bắt đầu thi". A page script's `.click()` or
 * `dispatchEvent()` is neither, and never creates, changes or blocks a record, nor opens a warning.
 */
export function isPersonsAct(event: Pick<Event, 'isTrusted'>, replaying: boolean): boolean {
  return event.isTrusted || replaying;
}
