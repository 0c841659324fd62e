/**
 * MAIN-world bridge: reads MAX web's WebSocket frames and posts small,
 * sanitized events to the isolated content script. Wiring only; the logic is
 * in utils/max/socket-tap.ts and utils/max/frames.ts.
 */
import { createEventBatcher } from '@/utils/max/event-batcher';
import { chatIdFromPath } from '@/utils/max/frames';
import { installSocketTap } from '@/utils/max/socket-tap';

export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // An anonymous IIFE: the bridge leaves no global of its own in MAX's page (WXT would declare `var maxBridge`).
  globalName: false,
  main() {
    // Captured before MAX's scripts run, so a later patch of postMessage cannot intercept or break ours.
    const postMessage = window.postMessage.bind(window);
    const atTaskEnd = window.queueMicrotask.bind(window);
    const origin = location.origin;
    installSocketTap(window, {
      post: createEventBatcher((message) => postMessage(message, origin), atTaskEnd),
      openChatId: () => chatIdFromPath(location.pathname),
    });
  },
});
