/**
 * The bridge's events leave in one message per batch of its reading: everything posted within one task goes out
 * together at the end of that task (a microtask), at most MAX_EVENTS_PER_MESSAGE a message. A lone event goes out as
 * it is. Order is kept.
 */
import { type BridgeBatch, type BridgeEvent, MAX_EVENTS_PER_MESSAGE, makeBridgeBatch } from './bridge-events';

export function createEventBatcher(
  send: (message: BridgeEvent | BridgeBatch) => void,
  atTaskEnd: (fn: () => void) => void,
): (event: BridgeEvent) => void {
  let waiting: BridgeEvent[] = [];
  const sendWaiting = () => {
    const events = waiting;
    waiting = [];
    if (events.length === 1) send(events[0] as BridgeEvent);
    else if (events.length > 1) send(makeBridgeBatch(events));
  };
  return (event) => {
    if (waiting.length === 0) atTaskEnd(sendWaiting);
    waiting.push(event);
    if (waiting.length === MAX_EVENTS_PER_MESSAGE) sendWaiting();
  };
}
