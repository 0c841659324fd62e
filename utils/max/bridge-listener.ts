import { type BridgeEvent, parseBridgeMessage } from './bridge-events';

/**
 * Receives the bridge's events (one a message, or a batch) in the isolated world. Only messages from this very window
 * are looked at, and only those that validate; everything else is dropped silently.
 */
export function listenToBridge(win: Window, signal: AbortSignal, onEvent: (event: BridgeEvent) => void): void {
  win.addEventListener(
    'message',
    (message: MessageEvent) => {
      if (message.source !== win) return;
      for (const event of parseBridgeMessage(message.data)) onEvent(event);
    },
    { signal },
  );
}
