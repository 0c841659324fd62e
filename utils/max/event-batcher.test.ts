import { describe, expect, it } from 'vitest';
import {
  type BridgeEvent,
  MAX_EVENTS_PER_MESSAGE,
  MAX_LINKS_PER_EVENT,
  makeBridgeEvent,
  parseBridgeMessage,
} from './bridge-events';
import { createEventBatcher } from './event-batcher';

const shed = (frames: number) => makeBridgeEvent({ type: 'shed', frames });

function setup() {
  const sent: unknown[] = [];
  const ends: Array<() => void> = [];
  const post = createEventBatcher(
    (message) => sent.push(message),
    (fn) => ends.push(fn),
  );
  const endTask = () => {
    for (const fn of ends.splice(0)) fn();
  };
  return { sent, post, endTask };
}

describe('the bridge posts one message per batch', () => {
  it('what one task posts leaves together at its end, in order, and reads back as the same events', () => {
    const { sent, post, endTask } = setup();
    for (let n = 1; n <= 300; n++) post(shed(n));
    expect(sent).toHaveLength(0);
    endTask();
    expect(sent).toHaveLength(1);
    expect(parseBridgeMessage(sent[0]).map((e) => (e as { frames: number }).frames)).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1),
    );
  });

  it('a lone event goes out as it is; a batch never holds more than the receiver accepts', () => {
    const { sent, post, endTask } = setup();
    post(shed(1));
    endTask();
    expect(sent).toEqual([shed(1)]);
    sent.length = 0;
    for (let n = 1; n <= MAX_EVENTS_PER_MESSAGE + 5; n++) post(shed(n));
    endTask();
    const counts = sent.map((m) => parseBridgeMessage(m).length);
    expect(counts).toEqual([MAX_EVENTS_PER_MESSAGE, 5]);
  });
});

describe('parseBridgeMessage', () => {
  it('drops a bad event of a batch alone, and a batch the page forged past the cap whole', () => {
    const good = shed(2);
    const batch = { source: 'sverka-bridge', v: 1, type: 'batch', events: [good, { ...good, frames: -1 }, 'x', good] };
    expect(parseBridgeMessage(batch)).toEqual([good, good]);
    const nested = { ...batch, events: [batch] };
    expect(parseBridgeMessage(nested)).toEqual([]);
    const huge = { ...batch, events: Array.from({ length: MAX_EVENTS_PER_MESSAGE + 1 }, () => good) };
    expect(parseBridgeMessage(huge)).toEqual([]);
    expect(parseBridgeMessage({ type: 'batch' })).toEqual([]);
    expect(parseBridgeMessage(null)).toEqual([]);
    const lone: BridgeEvent = good;
    expect(parseBridgeMessage(lone)).toEqual([good]);
  });
});

describe('links found in a row of messages', () => {
  const links = (from: number, n: number) =>
    makeBridgeEvent({
      type: 'links-seen',
      links: Array.from({ length: n }, (_, i) => ({
        url: `https://max.ru/join/t${from + i}`,
        chatId: '-1',
        messageId: String(from + i),
      })),
    });

  it('travel as one event, in order, never past the receiver’s cap, and never across another event', () => {
    const { sent, post, endTask } = setup();
    const first = links(0, 1);
    for (let n = 0; n < 300; n++) post(links(n * 2, 2));
    post(shed(1));
    post(links(1000, 1));
    post(first);
    endTask();
    const events = sent.flatMap((m) => parseBridgeMessage(m));
    expect(events.map((e) => e.type)).toEqual(['links-seen', 'links-seen', 'shed', 'links-seen']);
    const ids = events.flatMap((e) => (e.type === 'links-seen' ? e.links.map((l) => Number(l.messageId)) : []));
    expect(ids).toEqual([...Array.from({ length: 600 }, (_, i) => i), 1000, 0]);
    expect(events.every((e) => e.type !== 'links-seen' || e.links.length <= MAX_LINKS_PER_EVENT)).toBe(true);
    expect(first.type === 'links-seen' && first.links).toHaveLength(1); // the caller's event is never grown
  });
});
