/**
 * Version 1 of the database kept MAX ids as numbers; from version 2 every MAX id is its decimal string (see
 * `MaxIdSchema` in utils/max/bridge-events.ts). One conversion, pure, for both ways old rows come back: the
 * database upgrade (database.ts, `version(2)`) and restoring a backup made by version 1 (utils/backup/backup.ts).
 *
 * Only the fields that hold MAX ids change; every other field, known or not, is kept as it is. A value that is
 * already a string, or is not a safe integer (nothing Сверка wrote), is left alone: converting twice changes nothing.
 */
import { LAST_USER_KEY, OWN_LINK_HISTORY_KEY_PREFIX } from './setting-keys';

/** The first database version with string MAX ids (the `version(2)` upgrade in database.ts). */
export const STRING_IDS_VERSION = 2;

type Row = Record<string, unknown>;

const isPlainObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A MAX id as version 1 stored it (a safe integer) → its decimal string; anything else as it is. */
export function stringId(x: unknown): unknown {
  return typeof x === 'number' && Number.isSafeInteger(x) ? String(x) : x;
}

function withStringFields(row: Row, fields: readonly string[]): Row {
  const out = { ...row };
  for (const field of fields) if (field in out) out[field] = stringId(out[field]);
  return out;
}

/** A chat (BridgeChat): its id, owner, admins and the user id of every [userId, joinTime] member pair. */
function chatWithStringIds(chat: unknown): unknown {
  if (!isPlainObject(chat)) return chat;
  const out = withStringFields(chat, ['id', 'owner']);
  if (Array.isArray(out.admins)) out.admins = out.admins.map(stringId);
  if (Array.isArray(out.members))
    out.members = out.members.map((pair: unknown) =>
      Array.isArray(pair) && pair.length > 0 ? [stringId(pair[0]), ...pair.slice(1)] : pair,
    );
  return out;
}

/** A stored snapshot: the user, the chats and the links seen in messages (contacts are keyed by strings already). */
function snapshotWithStringIds(row: Row): Row {
  const out = withStringFields(row, ['userId']);
  if (Array.isArray(out.chats)) out.chats = out.chats.map(chatWithStringIds);
  if (Array.isArray(out.links))
    out.links = out.links.map((link: unknown) =>
      isPlainObject(link) ? withStringFields(link, ['chatId', 'sender']) : link,
    );
  return out;
}

/** Settings: the last user's id, and the chat ids in each user's history of own invite links. */
function settingWithStringIds(row: Row): Row {
  if (row.key === LAST_USER_KEY) return { ...row, value: stringId(row.value) };
  if (typeof row.key === 'string' && row.key.startsWith(OWN_LINK_HISTORY_KEY_PREFIX) && isPlainObject(row.value)) {
    const history: Row = {};
    for (const [url, entry] of Object.entries(row.value))
      history[url] = isPlainObject(entry) ? withStringFields(entry, ['chatId']) : entry;
    return { ...row, value: history };
  }
  return row;
}

/** A row of `table` as version 1 stored it → the same row with string MAX ids. Never changes `row` itself. */
export function stringIdsInRow(table: string, row: Row): Row {
  switch (table) {
    case 'overrides':
    case 'links':
      return withStringFields(row, ['chatId']);
    case 'audits':
      return withStringFields(row, ['userId']);
    case 'snapshot':
      return snapshotWithStringIds(row);
    case 'settings':
      return settingWithStringIds(row);
    default:
      return row;
  }
}
