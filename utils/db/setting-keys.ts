/** The keys of the settings rows Сверка reads (utils/db/row-checks.ts checks each value by its key). */
export const SETTING_KEYS = {
  profile: 'profile',
  assignment: 'assignment',
  reminderSchedule: 'reminderSchedule',
  reminderState: 'reminderState',
  /** The last MAX user (its value: their id). */
  lastUser: 'lastUserId',
} as const;

/** The settings row that remembers the last MAX user (its value: their id). */
export const LAST_USER_KEY = SETTING_KEYS.lastUser;

/** Settings rows `ownLinkHistory:<userId>` hold each MAX user's OwnLinkHistory. */
export const OWN_LINK_HISTORY_KEY_PREFIX = 'ownLinkHistory:';
