/**
 * Backup and restore of all of Сверка's data as one JSON file (DESIGN.md «Database»).
 *
 * The file is dexie-export-import's format (`exportDB`: `formatName: 'dexie'`, `data.tables`,
 * `data.data[].rows`) with one more top-level field, `sverka: { format: 'sverka-backup', version, exportedAt }`,
 * so the preview can tell a Сверка backup and its date. dexie-export-import still reads the file.
 *
 * Restore is ours, not `importInto`: `importInto` clears tables (`clearTablesBeforeImport`) outside its import
 * transaction, so a failure after the clear would leave the store empty; it throws on tables this version does
 * not have (`db.table()` before `acceptMissingTables` is looked at); and `overwriteValues` would let a merged note
 * overwrite a different note that happens to have the same auto-increment id. Here the file is parsed and checked
 * in full first (valibot, size caps), then every table is written in ONE `rw` transaction over all tables: either
 * everything is applied or nothing is.
 *
 * Never drops what it does not understand: a row's unknown fields are written back as they are (rows are checked
 * for the fields Сверка relies on, never rebuilt from the schema); a table this version does not know is listed in
 * the preview and left alone; a file from a newer schema is refused, not half-read. A file from an older schema is
 * read as the database upgrade reads old rows: from version 1, MAX ids (numbers then) become strings (string-ids.ts).
 */
import { exportDB } from 'dexie-export-import';
import * as v from 'valibot';
import { DATABASE_NAME, type SverkaDatabase } from '../db/database';
import { STRING_IDS_VERSION, stringIdsInRow } from '../db/string-ids';
import { type ReportText, reportText } from '../i18n/report-messages';
import type { Lang } from '../i18n/translator';
import { MaxIdSchema } from '../max/bridge-events';

export const BACKUP_FORMAT = 'sverka-backup';
export const BACKUP_VERSION = 1;
/** Characters of JSON text; a real backup is a few MB at most, and the text must cross extension messaging. */
export const MAX_BACKUP_CHARS = 32 * 1024 * 1024;
const MAX_ROWS_PER_TABLE = 200_000;
const MAX_TABLES = 100;

export type RestoreMode = 'merge' | 'replace';

export interface BackupTablePreview {
  name: string;
  rows: number;
  /** This version of Сверка has the table; unknown ones are ignored on restore. */
  known: boolean;
}

export interface BackupPreview {
  ok: true;
  /** When the backup was made (ms), when the file says (Сверка's own backups do). */
  exportedAt: number | null;
  databaseVersion: number;
  tables: BackupTablePreview[];
  /** Tables in the file that this version does not have: reported, not restored. */
  ignoredTables: string[];
}

export interface BackupError {
  ok: false;
  error: string;
}

export interface RestoreCounts {
  /** Rows of the backup written to the store. */
  restored: number;
  /** Rows of the backup not written (merge: the stored one is newer or the same). */
  skipped: number;
}

export type RestoreResult =
  | { ok: true; mode: RestoreMode; counts: Record<string, RestoreCounts>; ignoredTables: string[] }
  | BackupError;

interface ParsedBackup {
  preview: BackupPreview;
  /** Known tables only, rows revived and checked. */
  rows: Map<string, Record<string, unknown>[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

/** Every table, in one read transaction (dexie-export-import), as the text of the backup file. */
export async function exportBackup(db: SverkaDatabase, now: number): Promise<string> {
  const blob = await exportDB(db, { prettyJson: false });
  const text = await blob.text();
  if (!text.startsWith('{')) throw new Error('dexie-export-import returned something other than a JSON object');
  const meta = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now };
  return `{"sverka":${JSON.stringify(meta)},${text.slice(1)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing and checking

const Time = v.pipe(v.number(), v.finite());
const Id = MaxIdSchema;
const PositiveId = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const Key = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const LongText = v.pipe(v.string(), v.maxLength(100_000));

/** The fields Сверка relies on, per table; everything else in a row is kept as it is. */
const ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  notes: v.looseObject({
    id: PositiveId,
    subjectType: v.pipe(v.string(), v.maxLength(100)),
    subjectKey: v.pipe(v.string(), v.maxLength(2000)),
    text: LongText,
    due: v.optional(v.pipe(v.string(), v.maxLength(100))),
    done: v.optional(v.boolean()),
    createdAt: Time,
    updatedAt: Time,
  }),
  overrides: v.looseObject({
    requirementId: Key,
    chatId: v.optional(Id),
    notRequiredReason: v.optional(LongText),
    createdAt: Time,
  }),
  links: v.looseObject({
    url: Key,
    chatId: v.optional(Id),
    mark: v.optional(v.pipe(v.string(), v.maxLength(100))),
    firstSeenAt: Time,
    updatedAt: Time,
  }),
  audits: v.looseObject({
    id: PositiveId,
    userId: Id,
    at: Time,
    summary: v.looseObject({}),
    requirementStatuses: v.record(v.string(), v.string()),
  }),
  snapshot: v.looseObject({
    userId: Id,
    savedAt: Time,
    listComplete: v.boolean(),
    chats: v.array(v.unknown()),
    contacts: v.looseObject({}),
    links: v.array(v.unknown()),
  }),
  settings: v.looseObject({ key: Key, value: v.unknown() }),
};
const ANY_ROW = v.looseObject({});

const FileSchema = v.looseObject({
  sverka: v.optional(
    v.looseObject({
      format: v.literal(BACKUP_FORMAT),
      version: v.pipe(v.number(), v.integer(), v.minValue(1)),
      exportedAt: Time,
    }),
  ),
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.looseObject({
    databaseName: v.string(),
    databaseVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
    tables: v.pipe(
      v.array(
        v.looseObject({
          name: v.pipe(v.string(), v.maxLength(200)),
          schema: v.string(),
          rowCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
        }),
      ),
      v.maxLength(MAX_TABLES),
    ),
    data: v.pipe(
      v.array(
        v.looseObject({
          tableName: v.pipe(v.string(), v.maxLength(200)),
          inbound: v.boolean(),
          rows: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ROWS_PER_TABLE)),
        }),
      ),
      v.maxLength(MAX_TABLES),
    ),
  }),
});

const issuePath = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');

class BackupProblem extends Error {}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * dexie-export-import writes each row through Typeson: plain JSON as is, every array and any `undefined`, NaN,
 * ±Infinity or Date named in the row's `$types` (key path → type). Those few are revived here; any other
 * type (binary, Map, …) is not something Сверка ever stores, and the row is refused rather than mangled.
 */
function reviveRow(row: unknown): Record<string, unknown> | string {
  if (!isPlainObject(row) || !('$types' in row)) return isPlainObject(row) ? row : 'запись не объект';
  const { $types: types, ...rest } = row;
  if (types === true) return isPlainObject(rest.$) ? rest.$ : 'запись не объект'; // a row with its own `$types`
  if (!isPlainObject(types)) return 'непонятная разметка типов';
  const revived: Record<string, unknown> = structuredClone(rest);
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map((k) => k.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = keys.pop();
    if (last === undefined || path === '' || path === '$') return `значение незнакомого типа ${String(type)}`;
    let parent: unknown = revived;
    for (const key of keys)
      parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as never)[key] : undefined;
    if (!isPlainObject(parent) && !Array.isArray(parent)) return `поле ${path}: нет такого поля`;
    const holder = parent as Record<string, unknown>;
    const raw = holder[last];
    switch (type) {
      case 'arrayNonindexKeys':
        // Typeson names every array so; only an array that had extra keys arrives as an object.
        if (!Array.isArray(raw)) {
          if (!isPlainObject(raw)) return `поле ${path}: ожидался массив`;
          const list: unknown[] = [];
          for (const [k, item] of Object.entries(raw))
            if (k !== 'length') (list as unknown as Record<string, unknown>)[k] = item;
          holder[last] = list;
        }
        break;
      case 'undef':
      case 'sparseUndefined':
        holder[last] = undefined;
        break;
      case 'nan':
        holder[last] = Number.NaN;
        break;
      case 'infinity':
        holder[last] = Number.POSITIVE_INFINITY;
        break;
      case 'negativeInfinity':
        holder[last] = Number.NEGATIVE_INFINITY;
        break;
      case 'date':
        holder[last] = raw === 'NaN' ? new Date(Number.NaN) : new Date(raw as number);
        break;
      default:
        return `поле ${path}: значение незнакомого типа ${String(type)}`;
    }
  }
  return revived;
}

async function readText(file: Blob | string, r: ReportText): Promise<string> {
  const size = typeof file === 'string' ? file.length : file.size;
  if (size > MAX_BACKUP_CHARS)
    throw new BackupProblem(
      r('backupTooBig', { size: Math.ceil(size / 1024 / 1024), limit: MAX_BACKUP_CHARS / 1024 / 1024 }),
    );
  return typeof file === 'string' ? file : file.text();
}

function parseBackupText(text: string, db: SverkaDatabase, r: ReportText): ParsedBackup {
  const notSverka = (detail: string) => new BackupProblem(r('backupNotSverka', { detail }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notSverka('файл не в формате JSON');
  }
  if (!isPlainObject(json) || json.formatName !== 'dexie')
    throw notSverka('в файле нет данных в формате резервной копии');
  const marked = isPlainObject(json.sverka) && json.sverka.format === BACKUP_FORMAT;
  const data = isPlainObject(json.data) ? json.data : {};
  if (!marked && data.databaseName !== DATABASE_NAME)
    throw notSverka(`это копия другой базы данных («${String(data.databaseName).slice(0, 100)}»)`);
  const checked = v.safeParse(FileSchema, json);
  if (!checked.success) {
    const issue = checked.issues[0];
    throw notSverka(`поле ${issuePath(issue).replace(/^\./, '')}: ${issue.message}`);
  }
  const file = checked.output;
  if (file.data.databaseVersion > db.verno)
    throw new BackupProblem(r('backupNewer', { version: file.data.databaseVersion, supported: db.verno }));

  // Made before MAX ids were strings: its ids are converted exactly as the database upgrade converts them.
  const oldIds = file.data.databaseVersion < STRING_IDS_VERSION;
  const known = new Map(db.tables.map((table) => [table.name, table]));
  const rows = new Map<string, Record<string, unknown>[]>();
  const counts = new Map<string, number>();
  for (const t of file.data.tables) counts.set(t.name, 0);
  for (const exported of file.data.data) {
    const before = counts.get(exported.tableName) ?? 0;
    counts.set(exported.tableName, before + exported.rows.length);
    const table = known.get(exported.tableName);
    if (!table) continue;
    const bad = (row: number, detail: string) =>
      new BackupProblem(r('backupBadRow', { table: exported.tableName, row, detail }));
    const declared = file.data.tables.find((t) => t.name === exported.tableName);
    if (declared && declared.schema.split(',')[0] !== table.schema.primKey.src)
      throw bad(0, `другой первичный ключ (${declared.schema.split(',')[0]})`);
    if (!exported.inbound) throw bad(0, 'ключи записей хранятся отдельно — Сверка так не сохраняет');
    if (before + exported.rows.length > MAX_ROWS_PER_TABLE) throw bad(MAX_ROWS_PER_TABLE + 1, 'слишком много записей');
    const list = rows.get(exported.tableName) ?? [];
    const schema = ROW_SCHEMAS[exported.tableName] ?? ANY_ROW;
    for (const raw of exported.rows) {
      const revived = reviveRow(raw);
      if (typeof revived === 'string') throw bad(list.length + 1, revived);
      const row = oldIds ? stringIdsInRow(exported.tableName, revived) : revived;
      const result = v.safeParse(schema, row);
      if (!result.success) {
        const issue = result.issues[0];
        throw bad(list.length + 1, `${issuePath(issue).replace(/^\./, '') || 'запись'}: ${issue.message}`);
      }
      list.push(row);
    }
    rows.set(exported.tableName, list);
  }
  // A file cut short (a download broken off) has fewer rows than it declares: refuse it rather than restore half.
  for (const t of file.data.tables)
    if ((counts.get(t.name) ?? 0) < t.rowCount)
      throw new BackupProblem(
        r('backupBadRow', {
          table: t.name,
          row: (counts.get(t.name) ?? 0) + 1,
          detail: 'файл обрезан: записей меньше, чем указано',
        }),
      );
  const tables = [...counts.entries()].map(([name, n]) => ({ name, rows: n, known: known.has(name) }));
  return {
    preview: {
      ok: true,
      exportedAt: file.sverka?.exportedAt ?? null,
      databaseVersion: file.data.databaseVersion,
      tables,
      ignoredTables: tables.filter((t) => !t.known).map((t) => t.name),
    },
    rows,
  };
}

async function parseBackup(file: Blob | string, db: SverkaDatabase, lang: Lang): Promise<ParsedBackup | BackupError> {
  const r = reportText(lang);
  try {
    return parseBackupText(await readText(file, r), db, r);
  } catch (error) {
    if (error instanceof BackupProblem) return { ok: false, error: error.message };
    return {
      ok: false,
      error: r('backupNotSverka', { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
}

/** What the file holds (tables, rows, schema version, date), or why it cannot be restored. Changes nothing. */
export async function previewBackup(
  db: SverkaDatabase,
  file: Blob | string,
  lang: Lang = 'ru',
): Promise<BackupPreview | BackupError> {
  const parsed = await parseBackup(file, db, lang);
  return 'preview' in parsed ? parsed.preview : parsed;
}

// ---------------------------------------------------------------------------------------------------------------
// Restore

type Row = Record<string, unknown>;
type AnyTable = SverkaDatabase['tables'][number];

const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : Number.NEGATIVE_INFINITY);

/** Merge: when a record with the same key is stored, which one stays. Time fields: the newer wins, ties keep the stored. */
const NEWER_BY: Record<string, string> = {
  overrides: 'createdAt',
  links: 'updatedAt',
  snapshot: 'savedAt',
};

/** Tables keyed by an auto-increment id: a record is «the same» by these fields, not by its id. */
const SAME_BY: Record<string, (a: Row, b: Row) => boolean> = {
  notes: (a, b) => a.subjectType === b.subjectType && a.subjectKey === b.subjectKey && a.createdAt === b.createdAt,
  audits: (a, b) => a.userId === b.userId && a.at === b.at,
};

async function mergeTable(table: AnyTable, rows: Row[]): Promise<RestoreCounts> {
  const counts: RestoreCounts = { restored: 0, skipped: 0 };
  const keyPath = table.schema.primKey.keyPath as string;
  const same = SAME_BY[table.name];
  const newerBy = NEWER_BY[table.name];
  if (same) {
    const stored = (await table.toArray()) as Row[];
    for (const row of rows) {
      const twin = stored.find((s) => same(s, row));
      if (twin) {
        // The same note edited on both sides: the later edit wins.
        if (table.name === 'notes' && num(row.updatedAt) > num(twin.updatedAt)) {
          await table.put({ ...row, [keyPath]: twin[keyPath] });
          counts.restored++;
        } else counts.skipped++;
        continue;
      }
      const taken = (await table.get(row[keyPath] as never)) !== undefined;
      const { [keyPath]: _id, ...withoutId } = row;
      const id = await table.put((taken ? withoutId : row) as never);
      stored.push({ ...row, [keyPath]: id });
      counts.restored++;
    }
    return counts;
  }
  for (const row of rows) {
    const existing = (await table.get(row[keyPath] as never)) as Row | undefined;
    const wins = existing === undefined || (newerBy !== undefined && num(row[newerBy]) > num(existing[newerBy]));
    if (wins) {
      await table.put(row as never);
      counts.restored++;
    } else counts.skipped++;
  }
  return counts;
}

/**
 * Restores a backup in one transaction over every table. `replace`: the store becomes the backup (tables the file
 * lacks end up empty). `merge`: what the backup adds is kept beside what is stored — notes and audit runs not
 * stored yet are added (under a new id when theirs is taken); for the same note the later edit wins; overrides,
 * link marks and snapshots: the newer wins; settings: the stored ones stay, missing ones are added.
 * A bad file or any failure while writing leaves the store exactly as it was.
 */
export async function restoreBackup(
  db: SverkaDatabase,
  file: Blob | string,
  mode: RestoreMode,
  lang: Lang = 'ru',
): Promise<RestoreResult> {
  const parsed = await parseBackup(file, db, lang);
  if (!('preview' in parsed)) return parsed;
  try {
    const counts = await db.transaction('rw', db.tables, async () => {
      const out: Record<string, RestoreCounts> = {};
      if (mode === 'replace') for (const table of db.tables) await table.clear();
      for (const table of db.tables) {
        const rows = parsed.rows.get(table.name) ?? [];
        if (mode === 'replace') {
          await table.bulkPut(rows as never[]);
          out[table.name] = { restored: rows.length, skipped: 0 };
        } else out[table.name] = await mergeTable(table, rows);
      }
      return out;
    });
    return { ok: true, mode, counts, ignoredTables: parsed.preview.ignoredTables };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: reportText(lang)('backupFailed', { error: message }) };
  }
}

/** Deletes every record of every table, in one transaction. */
export async function wipeAll(db: SverkaDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
