import type { MessageKey, MessageParams } from '../i18n';

/** A message to show, translated by the page. */
export interface LineMessage { key: MessageKey; params?: MessageParams }

/** One line per imported file on the admin page: what was read, what was new, what was refused and why. */
export interface ImportLine {
  name: string;
  kind: 'receipts' | 'roster';
  read: number;
  fresh: number;
  duplicates: number;
  refused: (LineMessage & { row: number; field: string })[];
  /** Set when the whole file was refused; nothing of it was kept. */
  error?: LineMessage;
}
