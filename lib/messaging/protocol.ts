import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PortalEvent, PortalEventResult } from '../attempts/messages';
import type { DeclareRequest, DeclareResult, WithdrawRequest, WithdrawResult } from '../attempts/declare-message';
import type { RoundsStatus } from '../attempts/status';
import type { ConfigError } from '../config/parse';
import type { Receipt } from '../receipts/schema';
import type { EndpointView, ReceiptsView } from '../receipts/status';

/** What the popup paints: the rounds (lib/attempts) and the receipts (lib/receipts). */
export interface StatusView extends RoundsStatus {
  receipts: ReceiptsView;
  endpoint: EndpointView | null;
}

/** The popup's status: the round list, plus why the organisation's policy is not used when it is invalid. */
export type PopupStatus = StatusView & { managedError?: ConfigError };

/**
 * storage.session key where the background keeps the popup's status as it last built it, so the
 * popup paints at once without waiting for the worker; the popup asks for a fresh one all the same.
 */
export const POPUP_STATUS_KEY = 'popupStatus';

/** What is stored under POPUP_STATUS_KEY: the status and when it was built (ms). */
export interface PopupStatusSnapshot {
  at: number;
  view: PopupStatus;
}

/**
 * storage.local keys whose change changes the popup's status (lib/config's CONFIG_KEYS among them,
 * written out so the popup does not bundle lib/config): the popup and the background follow them.
 */
export const STATUS_KEYS = ['attemptsChangedAt', 'outboxChangedAt', 'profile', 'locale', 'config', 'managed', 'configOverride'] as const;

/** The one protocol map of the extension: content script and pages → background. */
export interface ProtocolMap {
  /** The content script saw a recognised portal page, or the user activated a portal control. */
  portalEvent(event: PortalEvent): PortalEventResult;
  /** Popup: everything it needs to paint the round list. */
  getStatus(): PopupStatus;
  /** Popup: "Gửi lại ngay" — queued and rejected receipts are sent now. */
  retryReceipts(): void;
  /** Popup: "Tôi đã thi đợt này trên thiết bị khác" — record a round taken on a device without the extension. */
  declareRound(request: DeclareRequest): DeclareResult;
  /** Popup: withdraw that declaration while its receipt is not delivered. */
  withdrawDeclaration(request: WithdrawRequest): WithdrawResult;
  /** Options: every receipt, for the JSON and CSV exports. */
  listReceipts(): { receipts: Receipt[]; timeZone: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
