/**
 * What a stored row of each table must be, checked by what it is: a note, an override, a link record, an audit run,
 * a stored snapshot (its own schema), and a setting by its key (the profile with the profile schema, the assignment,
 * the reminder schedule and state, the last user, a user's history of own links). A restored backup passes every
 * row through here before anything is written (utils/backup/backup.ts); reading checks the same way and falls back
 * (setup-repository.ts). Rows keep every field they have: objects are loose, nothing is rebuilt.
 *
 * A problem names the field (`value.profile.rules`, `chatId`, '' for the row itself) and says what is wrong in a way
 * the caller puts into words in the user's language.
 */
import * as v from 'valibot';
import { forbiddenKeyPath } from '@/utils/files/safe-keys';
import type { Lang } from '@/utils/i18n/translator';
import { MaxIdSchema } from '@/utils/max/bridge-events';
import { profileIssues } from '@/utils/profile/profile-schema';
import { ReminderStateSchema } from '@/utils/reminders/reminder-state';
import { ReminderScheduleSchema } from '@/utils/reminders/schedule';
import { StoredSnapshotSchema } from '@/utils/snapshot/stored-snapshot-schema';
import { SummarySchema } from '@/utils/summary/summary-schema';
import { AssignmentSchema } from './record-schemas';
import { OWN_LINK_HISTORY_KEY_PREFIX, SETTING_KEYS } from './setting-keys';

export type RowProblem =
  | { field: string; kind: 'missing' }
  | { field: string; kind: 'wrong'; expected: string; received: string }
  | { field: string; kind: 'forbidden-key' }
  /** Already in words (the profile's own messages), in the language asked for. */
  | { field: string; kind: 'text'; text: string };

const Time = v.pipe(v.number(), v.finite());
const PositiveId = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const Key = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const LongText = v.pipe(v.string(), v.maxLength(100_000));
const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const STATUSES = ['ok', 'ambiguous', 'missing', 'incomplete', 'unknown'] as const;

export const NoteRowSchema = v.looseObject({
  id: v.optional(PositiveId),
  subjectType: v.picklist(['chat', 'requirement', 'link', 'audit']),
  subjectKey: v.pipe(v.string(), v.maxLength(2000)),
  text: LongText,
  due: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  done: v.optional(v.boolean()),
  createdAt: Time,
  updatedAt: Time,
});

export const OverrideRowSchema = v.looseObject({
  requirementId: Key,
  chatId: v.optional(MaxIdSchema),
  notRequiredReason: v.optional(LongText),
  createdAt: Time,
});

export const LinkRowSchema = v.looseObject({
  url: Key,
  chatId: v.optional(MaxIdSchema),
  mark: v.optional(v.picklist(['annulled', 'keep'])),
  firstSeenAt: Time,
  updatedAt: Time,
});

export const AuditRowSchema = v.looseObject({
  id: v.optional(PositiveId),
  userId: MaxIdSchema,
  at: Time,
  summary: v.looseObject({ total: Count, ok: Count, missing: Count, unknown: Count }),
  requirementStatuses: v.record(v.string(), v.picklist(STATUSES)),
});

const StoredProfileSchema = v.looseObject({ profile: v.unknown(), importedAt: Time });

const OwnLinkHistorySchema = v.record(
  v.string(),
  v.looseObject({
    chatId: MaxIdSchema,
    firstSeenAt: v.pipe(Time, v.minValue(0)),
    lastSeenAt: v.pipe(Time, v.minValue(0)),
    replacedAt: v.optional(v.pipe(Time, v.minValue(0))),
    // A malformed baseline is dropped on reading (link-history.ts), never a reason to refuse the row.
    baseline: v.optional(v.unknown()),
  }),
);

const SettingRowSchema = v.looseObject({ key: Key, value: v.unknown() });

/** A kept summary (the organization page): the file's own schema, and its key and times beside it. */
const SummaryRowSchema = v.looseObject({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  personKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  createdAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  importedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  summary: SummarySchema,
});

const ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  notes: NoteRowSchema,
  overrides: OverrideRowSchema,
  links: LinkRowSchema,
  audits: AuditRowSchema,
  snapshot: StoredSnapshotSchema,
  settings: SettingRowSchema,
  summaries: SummaryRowSchema,
};

function pathOf(issue: v.BaseIssue<unknown>, root: string): string {
  let out = root;
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out;
}

function problemOf(issue: v.BaseIssue<unknown>, root = ''): RowProblem {
  const field = pathOf(issue, root);
  if (issue.input === undefined && issue.expected !== 'undefined' && (issue.path?.length ?? 0) > 0)
    return { field, kind: 'missing' };
  return { field, kind: 'wrong', expected: issue.expected ?? '?', received: issue.received.slice(0, 80) };
}

function check(schema: v.GenericSchema, value: unknown, root = ''): RowProblem | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? null : problemOf(result.issues[0], root);
}

/** The problem of a setting's value, by its key; null when it is good or the key is not one Сверка reads. */
export function settingProblem(key: string, value: unknown, lang: Lang = 'ru'): RowProblem | null {
  switch (key) {
    case SETTING_KEYS.profile: {
      const shape = check(StoredProfileSchema, value, 'value');
      if (shape) return shape;
      const [issue] = profileIssues((value as { profile: unknown }).profile, lang);
      if (!issue) return null;
      return {
        field: issue.path === '' ? 'value.profile' : `value.profile.${issue.path}`,
        kind: 'text',
        text: issue.message,
      };
    }
    case SETTING_KEYS.assignment:
      return check(AssignmentSchema, value, 'value');
    case SETTING_KEYS.reminderSchedule:
      return check(ReminderScheduleSchema, value, 'value');
    case SETTING_KEYS.reminderState:
      return check(ReminderStateSchema, value, 'value');
    case SETTING_KEYS.lastUser:
      return check(MaxIdSchema, value, 'value');
  }
  if (key.startsWith(OWN_LINK_HISTORY_KEY_PREFIX)) {
    const user = check(MaxIdSchema, key.slice(OWN_LINK_HISTORY_KEY_PREFIX.length), 'key');
    if (user) return user;
    return check(OwnLinkHistorySchema, value, 'value');
  }
  return null;
}

/**
 * The first problem of a row of `table` (a known table), or null when Сверка can rely on it. A field named
 * `__proto__`, `constructor` or `prototype` anywhere in the row is a problem too. Never throws.
 */
export function rowProblem(table: string, row: unknown, lang: Lang = 'ru'): RowProblem | null {
  const forbidden = forbiddenKeyPath(row);
  if (forbidden !== null) return { field: forbidden, kind: 'forbidden-key' };
  const schema = ROW_SCHEMAS[table];
  if (!schema) return check(v.looseObject({}), row);
  const shape = check(schema, row);
  if (shape || table !== 'settings') return shape;
  const setting = row as { key: string; value: unknown };
  return settingProblem(setting.key, setting.value, lang);
}

/** The row is one Сверка can read as what its table holds. */
export function isGoodRow(table: string, row: unknown): boolean {
  return rowProblem(table, row) === null;
}
