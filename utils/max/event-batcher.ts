/**
 * The bridge's events leave in one message per batch of its reading: everything posted within one task goes out
 * together at the end of that task (a microtask), at most MAX_EVENTS_PER_MESSAGE a message. A lone event goes out as
 * it is. Order is kept. Links found in a row of messages travel as one `links-seen` event (up to
 * MAX_LINKS_PER_EVENT): a burst of a thousand messages with links costs the receiver one validation, not a thousand.
 */
import {
  type BridgeBatch,
  type BridgeEvent,
  MAX_EVENTS_PER_MESSAGE,
  MAX_LINKS_PER_EVENT,
  makeBridgeBatch,
  makeBridgeEvent,
} from './bridge-events';

type LinksSeen = Extract<BridgeEvent, { type: 'links-seen' }>;

export function createEventBatcher(
  send: (message: BridgeEvent | BridgeBatch) => void,
  atTaskEnd: (fn: () => void) => void,
): (event: BridgeEvent) => void {
  let waiting: BridgeEvent[] = [];
  /** The batch's own links-seen event at the end of `waiting`, which later links may join. */
  let joinable: LinksSeen | null = null;
  const sendWaiting = () => {
    const events = waiting;
    waiting = [];
    joinable = null;
    if (events.length === 1) send(events[0] as BridgeEvent);
    else if (events.length > 1) send(makeBridgeBatch(events));
  };
  return (event) => {
    if (event.type === 'links-seen' && joinable && joinable.links.length + event.links.length <= MAX_LINKS_PER_EVENT) {
      joinable.links.push(...event.links);
      return;
    }
    if (waiting.length === 0) atTaskEnd(sendWaiting);
    if (event.type === 'links-seen') {
      // A copy: the links of later events are added to it, never to an event the caller still holds.
      joinable = makeBridgeEvent({ type: 'links-seen', links: [...event.links] }) as LinksSeen;
      waiting.push(joinable);
    } else {
      joinable = null;
      waiting.push(event);
    }
    if (waiting.length === MAX_EVENTS_PER_MESSAGE) sendWaiting();
  };
}
