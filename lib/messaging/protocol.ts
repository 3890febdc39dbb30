import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PortalEvent, PortalEventResult } from './schemas';
import type { GuardState } from '../attempts/guard';
import type { StatusView } from '../attempts/status';
import type { Receipt } from '../receipts/schema';

/** The one protocol map of the extension: content script and pages → background. */
export interface ProtocolMap {
  /** The content script saw a recognised portal page, or the user activated a portal control. */
  portalEvent(event: PortalEvent): PortalEventResult;
  /** Content script: what it decides the start warnings from. Portal frames now read it from storage.local (`portalGuard`, kept by the background); a page event's reply still carries it. */
  getGuard(): GuardState;
  /** Popup: everything it needs to paint the round list. */
  getStatus(): StatusView;
  /** Popup: "Gửi lại ngay" — queued and rejected receipts are sent now. */
  retryReceipts(): void;
  /** Options: every receipt, for the JSON and CSV exports. */
  listReceipts(): { receipts: Receipt[]; timeZone: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
