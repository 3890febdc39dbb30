import type { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/messaging/protocol';

declare const chrome: typeof browser;

let nextId = Math.floor(Math.random() * 1e4);

/**
 * One message to the background in @webext-core/messaging's format (the background's onMessage
 * answers `{ res }` or `{ err }`). Written out here so the portal page does not load the library's
 * generic machinery: this script's size is compile time every portal page pays.
 */
export function sendToBackground<K extends keyof ProtocolMap>(type: K, ...data: Parameters<ProtocolMap[K]>): Promise<ReturnType<ProtocolMap[K]>> {
  return new Promise((resolve, reject) => {
    const message = { id: nextId++, type, data: data[0], timestamp: Date.now() };
    chrome.runtime.sendMessage(message, (response?: { res?: ReturnType<ProtocolMap[K]>; err?: { message?: string } }) => {
      const lastError = chrome.runtime.lastError;
      if (lastError) reject(new Error(lastError.message));
      else if (!response) reject(new Error('No response'));
      else if (response.err) reject(new Error(response.err.message ?? 'background error'));
      else resolve(response.res as ReturnType<ProtocolMap[K]>);
    });
  });
}
