/**
 * The contract between the MAIN-world bridge and the isolated content script.
 * The bridge posts these with window.postMessage; the content script accepts only
 * what `parseBridgeEvent` lets through (the page could post anything, so every
 * field is validated and every list is capped). The contract in words: docs/bridge-events.md.
 */
import * as v from 'valibot';

export const BRIDGE_SOURCE = 'sverka-bridge';
export const BRIDGE_VERSION = 1;

/**
 * Caps. A `chats` event carries at most MAX_CHATS_PER_EVENT chats: a larger list (an administrator's login) goes in
 * several events, none dropped — a chat left out would read as «нет чата». A frame's list is read up to
 * MAX_CHATS_PER_FRAME chats (what the stored snapshot holds); past that the frame is not trusted whole.
 */
export const MAX_CHATS_PER_EVENT = 5000;
export const MAX_CHATS_PER_FRAME = MAX_CHATS_PER_EVENT * 4;
export const MAX_MEMBERS_PER_CHAT = 2000;
export const MAX_LINKS_PER_EVENT = 500;
export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 300;

/**
 * MAX's ids (chats, users, messages) are 64-bit integers: message ids have 18
 * digits, past Number.MAX_SAFE_INTEGER. Сверка keeps every id as its decimal
 * string, from the frame to the database, and never does arithmetic on one.
 */
export const MaxIdSchema = v.pipe(v.string(), v.regex(/^-?\d{1,20}$/));
export type MaxId = string;
const Id = MaxIdSchema;
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Title = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH));
const Url = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A field's name, never its value. */
const FieldName = v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,30}$/));

export const BridgeChatSchema = v.object({
  id: Id,
  /** "DIALOG" | "CHAT" | "CHANNEL"; other values are kept and counted as unknown. */
  type: v.pipe(v.string(), v.maxLength(20)),
  status: v.optional(v.pipe(v.string(), v.maxLength(30))),
  title: v.optional(Title),
  owner: v.optional(Id),
  admins: v.optional(v.pipe(v.array(Id), v.maxLength(MAX_MEMBERS_PER_CHAT))),
  participantsCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** [userId, time] pairs from `participants`, capped; absent when MAX did not send them. The time is not a join
   * time (public sources read it as the last-read time): only the ids and their number are evidence of anything. */
  members: v.optional(v.pipe(v.array(v.tuple([Id, Time])), v.maxLength(MAX_MEMBERS_PER_CHAT))),
  link: v.optional(Url),
  created: v.optional(Time),
  lastEventTime: v.optional(Time),
});
export type BridgeChat = v.InferOutput<typeof BridgeChatSchema>;

export const SeenLinkSchema = v.object({
  url: Url,
  chatId: Id,
  messageId: v.pipe(v.string(), v.maxLength(40)),
  sender: v.optional(Id),
  time: v.optional(Time),
});
export type SeenLink = v.InferOutput<typeof SeenLinkSchema>;

const Envelope = {
  source: v.literal(BRIDGE_SOURCE),
  v: v.literal(BRIDGE_VERSION),
};

/** Where a chat list came from: the login result, a CHATS_LIST page or a CHAT_INFO answer. */
export const ChatsOriginSchema = v.picklist(['login', 'chats-list', 'chat-info']);
export type ChatsOrigin = v.InferOutput<typeof ChatsOriginSchema>;

export const BridgeEventSchema = v.variant('type', [
  v.object({
    ...Envelope,
    type: v.literal('chats'),
    origin: ChatsOriginSchema,
    /** The number of chats in MAX's frame before any cap (tells a full page from a short one). */
    received: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** MAX said nothing more is left: a CHATS_LIST answer without a next marker, or an empty one. */
    listEnd: v.boolean(),
    chats: v.pipe(v.array(BridgeChatSchema), v.maxLength(MAX_CHATS_PER_EVENT)),
  }),
  v.object({
    ...Envelope,
    type: v.literal('me'),
    me: v.object({ id: Id, name: v.optional(Title) }),
  }),
  v.object({
    ...Envelope,
    type: v.literal('contacts'),
    contacts: v.pipe(v.array(v.object({ id: Id, name: v.optional(Title) })), v.maxLength(MAX_CHATS_PER_EVENT)),
  }),
  v.object({
    ...Envelope,
    type: v.literal('chat-updated'),
    chat: BridgeChatSchema,
  }),
  v.object({
    ...Envelope,
    type: v.literal('links-seen'),
    links: v.pipe(v.array(SeenLinkSchema), v.maxLength(MAX_LINKS_PER_EVENT)),
  }),
  v.object({
    ...Envelope,
    /**
     * The bridge skipped this many messages with invite links in a flood it could not hold (chat list frames are
     * never skipped): the links picture may miss some, and the status line says so.
     */
    type: v.literal('shed'),
    frames: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.object({
    ...Envelope,
    /** «Что видит Сверка»: shapes and counts of what the bridge saw (utils/max/diagnostics.ts), never a value. */
    type: v.literal('diagnostics'),
    frames: v.object({ binary: Count, json: Count, other: Count }),
    /** [protocol version, frames]. */
    versions: v.pipe(v.array(v.tuple([Count, Count])), v.maxLength(8)),
    /** [opcode, cmd (4: any other), frames]. */
    opcodes: v.pipe(v.array(v.tuple([Count, Count, Count])), v.maxLength(96)),
    chats: Count,
    /** [field, found in how many chats, missing in how many]. */
    chatFields: v.pipe(v.array(v.tuple([FieldName, Count, Count])), v.maxLength(20)),
    links: Count,
    linkFields: v.pipe(v.array(v.tuple([FieldName, Count, Count])), v.maxLength(20)),
  }),
  v.object({
    ...Envelope,
    type: v.literal('protocol'),
    /**
     * ok: MAX's socket is open and its frames are understood;
     * unknown-version: frames carry a `ver` Сверка does not know;
     * unreadable: a frame Сверка needed (login, chat list) could not be read;
     * no-socket: no MAX socket was seen;
     * closed: the socket closed (a reconnect may miss events).
     */
    status: v.picklist(['ok', 'unknown-version', 'unreadable', 'no-socket', 'closed']),
    detail: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
]);

export type BridgeEvent = v.InferOutput<typeof BridgeEventSchema>;

/** Distributes Omit over the union so each variant keeps its own fields. */
type WithoutEnvelope<T> = T extends unknown ? Omit<T, 'source' | 'v'> : never;
export type BridgeEventBody = WithoutEnvelope<BridgeEvent>;

/** Validates a message posted to the window; returns null for anything that is not a valid bridge event. */
export function parseBridgeEvent(data: unknown): BridgeEvent | null {
  if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== BRIDGE_SOURCE) {
    return null;
  }
  const result = v.safeParse(BridgeEventSchema, data);
  return result.success ? result.output : null;
}

/** One message may carry this many events (the bridge posts what one of its batches produced as one message). */
export const MAX_EVENTS_PER_MESSAGE = 1000;

/**
 * Several events in one message: a burst of MAX's frames costs the page one message task, not one per event (each
 * posted message is also dispatched to every 'message' listener of the page's own).
 */
export interface BridgeBatch {
  source: typeof BRIDGE_SOURCE;
  v: typeof BRIDGE_VERSION;
  type: 'batch';
  events: BridgeEvent[];
}

const BridgeBatchSchema = v.object({
  ...Envelope,
  type: v.literal('batch'),
  events: v.pipe(v.array(v.unknown()), v.maxLength(MAX_EVENTS_PER_MESSAGE)),
});

/** The events a posted message carries (one, or a batch's), each validated on its own; a bad one is dropped alone. */
export function parseBridgeMessage(data: unknown): BridgeEvent[] {
  if ((data as { type?: unknown } | null)?.type !== 'batch') {
    const event = parseBridgeEvent(data);
    return event ? [event] : [];
  }
  const batch = v.safeParse(BridgeBatchSchema, data);
  if (!batch.success) return [];
  const events: BridgeEvent[] = [];
  for (const item of batch.output.events) {
    const event = parseBridgeEvent(item);
    if (event) events.push(event);
  }
  return events;
}

export function makeBridgeBatch(events: BridgeEvent[]): BridgeBatch {
  return { source: BRIDGE_SOURCE, v: BRIDGE_VERSION, type: 'batch', events };
}

export function makeBridgeEvent(body: BridgeEventBody): BridgeEvent {
  return { source: BRIDGE_SOURCE, v: BRIDGE_VERSION, ...body } as BridgeEvent;
}
