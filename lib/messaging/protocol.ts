import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PortalEvent, PortalEventResult } from './schemas';
import type { GuardState } from '../attempts/guard';
import type { StatusView } from '../attempts/status';
import type { ConfigError } from '../config/parse';
import type { Receipt } from '../receipts/schema';

/** The popup's status: the round list, plus why the organisation's policy is not used when it is invalid. */
export type PopupStatus = StatusView & { managedError?: ConfigError };

/** The one protocol map of the extension: content script and pages → background. */
export interface ProtocolMap {
  /** The content script saw a recognised portal page, or the user activated a portal control. */
  portalEvent(event: PortalEvent): PortalEventResult;
  /** Content script: what it decides the start warnings from. A page event's reply carries it too; this is asked when that reply has none and when storage changes. */
  getGuard(): GuardState;
  /** Popup: everything it needs to paint the round list. */
  getStatus(): PopupStatus;
  /** Popup: "Gửi lại ngay" — queued and rejected receipts are sent now. */
  retryReceipts(): void;
  /** Options: every receipt, for the JSON and CSV exports. */
  listReceipts(): { receipts: Receipt[]; timeZone: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
