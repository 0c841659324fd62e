/**
 * Backup and restore of all of Сверка's data as one JSON file (docs/database.md «Backup and restore»).
 *
 * The file is dexie-export-import's format (`exportDB`: `formatName: 'dexie'`, `data.tables`,
 * `data.data[].rows`) with one more top-level field, `sverka: { format: 'sverka-backup', version, exportedAt }`,
 * so the preview can tell a Сверка backup and its date. dexie-export-import still reads the file.
 *
 * Restore is ours, not `importInto`: `importInto` clears tables (`clearTablesBeforeImport`) outside its import
 * transaction, so a failure after the clear would leave the store empty; it throws on tables this version does
 * not have (`db.table()` before `acceptMissingTables` is looked at); and `overwriteValues` would let a merged note
 * overwrite a different note that happens to have the same auto-increment id. Here the file is parsed and checked
 * in full first (size caps; every row checked by what it is: utils/db/row-checks.ts, settings by key, snapshots with
 * their schema), and a file with one bad row is refused whole, naming the table, the row and the field. Then every
 * table is written in ONE `rw` transaction over all tables: either everything is applied or nothing is. Before
 * writing, the same transaction keeps a safety copy of what was stored (the `safetyCopy` table, never exported),
 * which «Вернуть как было» (`undoRestore`) puts back until the next restore.
 *
 * Keys read from the file never reach a prototype: a field named `__proto__`, `constructor` or `prototype` anywhere
 * refuses the file, and `$types` paths are walked over own properties only (utils/files/safe-keys.ts). Rows with the
 * same primary key in one file are reported (preview and result) and restored once, the last one winning, as the
 * database itself would keep them. Every message is in the user's language and says that nothing stored changed.
 *
 * Never drops what it does not understand: a row's unknown fields are written back as they are (rows are checked
 * for the fields Сверка relies on, never rebuilt from the schema); a table this version does not know is listed in
 * the preview and left alone; a file from a newer schema is refused, not half-read. A file from an older schema is
 * read as the database upgrade reads old rows: from version 1, MAX ids (numbers then) become strings (string-ids.ts).
 */
import { exportDB } from 'dexie-export-import';
import * as v from 'valibot';
import { DATABASE_NAME, SAFETY_COPY_ID, SAFETY_TABLE, type SverkaDatabase } from '@/utils/db/database';
import { type RowProblem, rowProblem } from '@/utils/db/row-checks';
import { STRING_IDS_VERSION, stringIdsInRow } from '@/utils/db/string-ids';
import { forbiddenKeyPath, isForbiddenKey, ownValue } from '@/utils/files/safe-keys';
import { type ReportText, reportText } from '@/utils/i18n/report-messages';
import { errorMessage, type Lang } from '@/utils/i18n/translator';
import { backupTooBigMessage, MAX_BACKUP_CHARS } from './backup-file';

export const BACKUP_FORMAT = 'sverka-backup';
export const BACKUP_VERSION = 1;
const MAX_ROWS_PER_TABLE = 200_000;
const MAX_TABLES = 100;
/** Duplicate keys listed at most (the count covers them all). */
const MAX_DUPLICATES_LISTED = 50;

export type RestoreMode = 'merge' | 'replace';

export interface BackupTablePreview {
  name: string;
  /** Rows to restore: for a known table, one per primary key (see `duplicates`); for an unknown one, as in the file. */
  rows: number;
  /** This version of Сверка has the table; unknown ones are ignored on restore. */
  known: boolean;
}

/** Rows of one table in a file that share a primary key: only the last of them is restored. */
export interface DuplicateKey {
  table: string;
  key: string;
  /** Their record numbers in the file (1-based). */
  rows: number[];
}

/** What the user would miss: notes, overrides (chats linked by hand, «не требуется») and link decisions. */
export interface DataCounts {
  notes: number;
  overrides: number;
  linkDecisions: number;
}

export interface BackupPreview {
  ok: true;
  /** When the backup was made (ms), when the file says (Сверка's own backups do). */
  exportedAt: number | null;
  databaseVersion: number;
  tables: BackupTablePreview[];
  /** Tables in the file that this version does not have: reported, not restored. */
  ignoredTables: string[];
  /** Keys found more than once in a table (at most MAX_DUPLICATES_LISTED listed). */
  duplicates: DuplicateKey[];
  /** Rows not restored because a later row of the file has the same key. */
  duplicateRows: number;
  /** What is stored now. */
  stored: DataCounts;
  /** What of it a replace would lose: stored records the backup does not hold as they are. */
  replaceLoses: DataCounts;
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
  | {
      ok: true;
      mode: RestoreMode;
      counts: Record<string, RestoreCounts>;
      ignoredTables: string[];
      duplicates: DuplicateKey[];
      duplicateRows: number;
      /** When the safety copy of what was stored before was taken («Вернуть как было»). */
      safetyCopyAt: number;
    }
  | BackupError;

/** The safety copy kept by the last restore, for «Вернуть как было». */
export interface SafetyCopyInfo {
  at: number;
  mode: RestoreMode;
  counts: DataCounts;
}

export type UndoResult = { ok: true; counts: Record<string, number> } | BackupError;

type Row = Record<string, unknown>;

interface ParsedBackup {
  preview: Omit<BackupPreview, 'stored' | 'replaceLoses'>;
  /** Known tables only, rows revived and checked, one per primary key. */
  rows: Map<string, Row[]>;
}

/** The user's tables: every table but the safety copy. */
const dataTables = (db: SverkaDatabase) => db.tables.filter((table) => table.name !== SAFETY_TABLE);

// ---------------------------------------------------------------------------------------------------------------
// Export

/** Every table of the user's data, in one read transaction (dexie-export-import), as the text of the backup file. */
export async function exportBackup(db: SverkaDatabase, now: number): Promise<string> {
  const blob = await exportDB(db, { prettyJson: false, skipTables: [SAFETY_TABLE] });
  const text = await blob.text();
  if (!text.startsWith('{')) throw new Error('dexie-export-import returned something other than a JSON object');
  const meta = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now };
  return `{"sverka":${JSON.stringify(meta)},${text.slice(1)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing and checking

const Time = v.pipe(v.number(), v.finite());

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
  (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');

class BackupProblem extends Error {}

const isPlainObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);
const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;

/** A row's problem in words. */
function describeProblem(problem: RowProblem, r: ReportText): string {
  switch (problem.kind) {
    case 'missing':
      return r('backupDetailMissing');
    case 'wrong':
      return r('backupDetailWrong', { expected: problem.expected, received: problem.received });
    case 'forbidden-key':
      return r('backupDetailForbiddenKey');
    case 'text':
      return problem.text;
  }
}

type Revived = { row: Row } | { field: string; detail: string };

/**
 * dexie-export-import writes each row through Typeson: plain JSON as is, every array and any `undefined`, NaN,
 * ±Infinity or Date named in the row's `$types` (key path → type). Those few are revived here; any other
 * type (binary, Map, …) is not something Сверка ever stores, and the row is refused rather than mangled.
 * A path is walked over own properties only, and never through `__proto__`, `constructor` or `prototype`.
 */
function reviveRow(row: unknown, r: ReportText): Revived {
  if (!isPlainObject(row)) return { field: '', detail: r('backupDetailNotObject') };
  if (!Object.hasOwn(row, '$types')) return { row };
  const { $types: types, ...rest } = row;
  if (types === true) {
    // A row with its own `$types` field, wrapped by Typeson.
    const inner = ownValue(rest, '$');
    return isPlainObject(inner) ? { row: inner } : { field: '', detail: r('backupDetailNotObject') };
  }
  if (!isPlainObject(types)) return { field: '$types', detail: r('backupDetailBadTypes') };
  const revived: Row = structuredClone(rest);
  for (const [path, type] of Object.entries(types)) {
    const unknownType = () => ({
      field: path,
      detail: r('backupDetailUnknownType', { type: String(type).slice(0, 50) }),
    });
    if (path === '' || path === '$' || typeof type !== 'string') return unknownType();
    const keys = path.split('.').map((k) => k.replace(/~1/g, '.').replace(/~0/g, '~'));
    if (keys.some(isForbiddenKey)) return { field: path, detail: r('backupDetailForbiddenKey') };
    const last = keys.pop() as string;
    let parent: unknown = revived;
    for (const key of keys) parent = ownValue(parent, key);
    if (!isObject(parent) || !Object.hasOwn(parent, last)) return { field: path, detail: r('backupDetailNoSuchField') };
    const holder = parent as Row;
    const raw = holder[last];
    switch (type) {
      case 'arrayNonindexKeys':
        // Typeson names every array so; only an array that had extra keys arrives as an object.
        if (!Array.isArray(raw)) {
          if (!isPlainObject(raw)) return { field: path, detail: r('backupDetailArrayExpected') };
          const list: unknown[] = [];
          for (const [k, item] of Object.entries(raw))
            if (k !== 'length' && !isForbiddenKey(k)) (list as unknown as Row)[k] = item;
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
        if (raw !== 'NaN' && typeof raw !== 'number') return unknownType();
        holder[last] = raw === 'NaN' ? new Date(Number.NaN) : new Date(raw);
        break;
      default:
        return unknownType();
    }
  }
  return { row: revived };
}

/** «таблица «settings», запись 3 («profile»), поле value.profile.rules: …» for a forbidden key found in the file. */
function forbiddenKeyProblem(json: Row, path: string, r: ReportText): BackupProblem {
  const inRow = /^data\.data\[(\d+)\]\.rows\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (inRow) {
    const exported = ownValue(ownValue(ownValue(json, 'data'), 'data'), inRow[1] as string);
    const table = ownValue(exported, 'tableName');
    return new BackupProblem(
      r('backupBadRow', {
        table: typeof table === 'string' ? table.slice(0, 200) : '?',
        row: Number(inRow[2]) + 1,
        key: '',
        field: inRow[3] ?? r('backupWholeRow'),
        detail: r('backupDetailForbiddenKey'),
      }),
    );
  }
  return new BackupProblem(
    r('backupNotSverka', {
      detail: r('backupDetailField', { field: path.slice(0, 300), problem: r('backupDetailForbiddenKey') }),
    }),
  );
}

const keyText = (key: unknown) => (typeof key === 'string' ? key.slice(0, 200) : (JSON.stringify(key) ?? ''));

function parseBackupText(text: string, db: SverkaDatabase, r: ReportText, lang: Lang): ParsedBackup {
  const notSverka = (detail: string) => new BackupProblem(r('backupNotSverka', { detail }));
  if (text.length > MAX_BACKUP_CHARS) throw new BackupProblem(backupTooBigMessage(text.length, lang));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notSverka(r('backupDetailNotJson'));
  }
  if (!isPlainObject(json) || ownValue(json, 'formatName') !== 'dexie') throw notSverka(r('backupDetailNoData'));
  // Nothing of the file is looked at further while it holds a key that leads to a prototype.
  const forbidden = forbiddenKeyPath(json);
  if (forbidden !== null) throw forbiddenKeyProblem(json, forbidden, r);
  const sverka = ownValue(json, 'sverka');
  const marked = isPlainObject(sverka) && ownValue(sverka, 'format') === BACKUP_FORMAT;
  const databaseName = ownValue(ownValue(json, 'data'), 'databaseName');
  if (!marked && databaseName !== DATABASE_NAME)
    throw notSverka(r('backupDetailOtherDatabase', { name: String(databaseName).slice(0, 100) }));
  const checked = v.safeParse(FileSchema, json, { abortEarly: true });
  if (!checked.success) {
    const issue = checked.issues[0];
    const missing = issue.input === undefined && (issue.path?.length ?? 0) > 0;
    throw notSverka(
      r('backupDetailField', {
        field: issuePath(issue),
        problem: missing
          ? r('backupDetailMissing')
          : r('backupDetailWrong', { expected: issue.expected ?? '?', received: issue.received.slice(0, 80) }),
      }),
    );
  }
  const file = checked.output;
  if (file.data.databaseVersion > db.verno)
    throw new BackupProblem(r('backupNewer', { version: file.data.databaseVersion, supported: db.verno }));

  // Made before MAX ids were strings: its ids are converted exactly as the database upgrade converts them.
  const oldIds = file.data.databaseVersion < STRING_IDS_VERSION;
  const known = new Map(dataTables(db).map((table) => [table.name, table]));
  const rows = new Map<string, Row[]>();
  const counts = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  let duplicateRows = 0;
  for (const t of file.data.tables) counts.set(t.name, 0);
  for (const exported of file.data.data) {
    const before = counts.get(exported.tableName) ?? 0;
    counts.set(exported.tableName, before + exported.rows.length);
    const table = known.get(exported.tableName);
    if (!table) continue;
    const bad = (row: number, field: string, detail: string, key?: unknown) =>
      new BackupProblem(
        r('backupBadRow', {
          table: exported.tableName,
          row,
          key: typeof key === 'string' ? r('backupRowKey', { key: key.slice(0, 200) }) : '',
          field: field === '' ? r('backupWholeRow') : field.slice(0, 300),
          detail,
        }),
      );
    const declared = file.data.tables.find((t) => t.name === exported.tableName);
    const primKey = table.schema.primKey;
    if (declared && declared.schema.split(',')[0] !== primKey.src)
      throw bad(0, '', r('backupDetailOtherKey', { key: declared.schema.split(',')[0]?.slice(0, 100) ?? '' }));
    if (!exported.inbound) throw bad(0, '', r('backupDetailOutbound'));
    if (before + exported.rows.length > MAX_ROWS_PER_TABLE)
      throw bad(MAX_ROWS_PER_TABLE + 1, '', r('backupDetailTooManyRows', { max: MAX_ROWS_PER_TABLE }));
    const list = rows.get(exported.tableName) ?? [];
    const keyPath = typeof primKey.keyPath === 'string' ? primKey.keyPath : null;
    const byKey = new Map<string, { index: number; rows: number[] }>();
    exported.rows.forEach((raw, i) => {
      const number = before + i + 1;
      const revived = reviveRow(raw, r);
      if (!('row' in revived)) throw bad(number, revived.field, revived.detail);
      const row = oldIds ? stringIdsInRow(exported.tableName, revived.row) : revived.row;
      const key = keyPath === null ? undefined : ownValue(row, keyPath);
      const problem = rowProblem(exported.tableName, row, lang);
      if (problem) throw bad(number, problem.field, describeProblem(problem, r), key);
      // Same primary key as an earlier row: the later one stays (as the database would keep it), counted once.
      const id = key === undefined ? null : `${typeof key}:${String(key)}`;
      const twin = id === null ? undefined : byKey.get(id);
      if (twin) {
        list[twin.index] = row;
        twin.rows.push(number);
        duplicateRows++;
        return;
      }
      if (id !== null) byKey.set(id, { index: list.length, rows: [number] });
      list.push(row);
    });
    for (const [id, entry] of byKey)
      if (entry.rows.length > 1 && duplicates.length < MAX_DUPLICATES_LISTED)
        duplicates.push({ table: exported.tableName, key: keyText(id.slice(id.indexOf(':') + 1)), rows: entry.rows });
    rows.set(exported.tableName, list);
  }
  // A file cut short (a download broken off) has fewer rows than it declares: refuse it rather than restore half.
  for (const t of file.data.tables)
    if ((counts.get(t.name) ?? 0) < t.rowCount)
      throw new BackupProblem(
        r('backupBadRow', {
          table: t.name,
          row: (counts.get(t.name) ?? 0) + 1,
          key: '',
          field: r('backupWholeRow'),
          detail: r('backupDetailCut', { declared: t.rowCount }),
        }),
      );
  const tables = [...counts.entries()].map(([name, n]) => ({
    name,
    rows: known.has(name) ? (rows.get(name)?.length ?? 0) : n,
    known: known.has(name),
  }));
  return {
    preview: {
      ok: true,
      exportedAt: file.sverka?.exportedAt ?? null,
      databaseVersion: file.data.databaseVersion,
      tables,
      ignoredTables: tables.filter((t) => !t.known).map((t) => t.name),
      duplicates,
      duplicateRows,
    },
    rows,
  };
}

async function parseBackup(file: Blob | string, db: SverkaDatabase, lang: Lang): Promise<ParsedBackup | BackupError> {
  const r = reportText(lang);
  try {
    if (typeof file !== 'string' && file.size > MAX_BACKUP_CHARS)
      return { ok: false, error: backupTooBigMessage(file.size, lang) };
    const text = typeof file === 'string' ? file : await file.text();
    return parseBackupText(text, db, r, lang);
  } catch (error) {
    if (error instanceof BackupProblem) return { ok: false, error: error.message };
    return { ok: false, error: r('backupNotSverka', { detail: errorMessage(error) }) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What a replace would lose

/** JSON with object keys sorted: two records with the same content give the same text. */
function canonical(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, x: unknown) =>
      isPlainObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
    );
  } catch {
    return `\u0000${Math.random()}`; // too deep to compare: counted as different
  }
}

const withoutId = ({ id: _id, ...rest }: Row) => rest;
/** A link row carrying the user's decision (stored as `mark`, utils/db/database.ts). */
const hasDecision = (row: Row) => row.mark !== undefined;

/** Stored notes, overrides and link decisions, and how many of them the backup does not hold as they are. */
async function replaceLosses(
  db: SverkaDatabase,
  rows: Map<string, Row[]>,
): Promise<{ stored: DataCounts; loses: DataCounts }> {
  const [notes, overrides, links] = await db.transaction('r', db.notes, db.overrides, db.links, () =>
    Promise.all([db.notes.toArray(), db.overrides.toArray(), db.links.toArray()]),
  );
  const missing = (stored: Row[], incoming: Row[], form: (row: Row) => Row = (row) => row) => {
    const held = new Set(incoming.map((row) => canonical(form(row))));
    return stored.filter((row) => !held.has(canonical(form(row)))).length;
  };
  const decided = (links as unknown as Row[]).filter(hasDecision);
  return {
    stored: { notes: notes.length, overrides: overrides.length, linkDecisions: decided.length },
    loses: {
      notes: missing(notes as unknown as Row[], rows.get('notes') ?? [], withoutId),
      overrides: missing(overrides as unknown as Row[], rows.get('overrides') ?? []),
      linkDecisions: missing(decided, (rows.get('links') ?? []).filter(hasDecision)),
    },
  };
}

/**
 * What the file holds (tables, rows, schema version, date, duplicate keys), and what a replace would lose of what is
 * stored; or why it cannot be restored. Changes nothing. Never throws.
 */
export async function previewBackup(
  db: SverkaDatabase,
  file: Blob | string,
  lang: Lang = 'ru',
): Promise<BackupPreview | BackupError> {
  const parsed = await parseBackup(file, db, lang);
  if (!('preview' in parsed)) return parsed;
  try {
    const { stored, loses } = await replaceLosses(db, parsed.rows);
    return { ...parsed.preview, stored, replaceLoses: loses };
  } catch (error) {
    return { ok: false, error: reportText(lang)('backupFailed', { error: errorMessage(error) }) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Restore

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

/** Every row of the user's tables, as stored, into the safety copy (replacing the one before). In a `rw` transaction. */
async function takeSafetyCopy(db: SverkaDatabase, mode: RestoreMode, now: number): Promise<void> {
  const tables: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) tables[table.name] = await table.toArray();
  await db.safetyCopy.put({ id: SAFETY_COPY_ID, at: now, databaseVersion: db.verno, mode, tables });
}

/**
 * Restores a backup in one transaction over every table. `replace`: the store becomes the backup (tables the file
 * lacks end up empty). `merge`: what the backup adds is kept beside what is stored — notes and audit runs not
 * stored yet are added (under a new id when theirs is taken); for the same note the later edit wins; overrides,
 * link decisions and snapshots: the newer wins; settings: the stored ones stay, missing ones are added.
 * Either way, what was stored is first kept as the safety copy (`undoRestore` brings it back).
 * A bad file or any failure while writing leaves the store exactly as it was. Never throws.
 */
export async function restoreBackup(
  db: SverkaDatabase,
  file: Blob | string,
  mode: RestoreMode,
  lang: Lang = 'ru',
  now: number = Date.now(),
): Promise<RestoreResult> {
  const parsed = await parseBackup(file, db, lang);
  if (!('preview' in parsed)) return parsed;
  try {
    const counts = await db.transaction('rw', db.tables, async () => {
      await takeSafetyCopy(db, mode, now);
      const out: Record<string, RestoreCounts> = {};
      const tables = dataTables(db);
      if (mode === 'replace') for (const table of tables) await table.clear();
      for (const table of tables) {
        const rows = parsed.rows.get(table.name) ?? [];
        if (mode === 'replace') {
          await table.bulkPut(rows as never[]);
          out[table.name] = { restored: rows.length, skipped: 0 };
        } else out[table.name] = await mergeTable(table, rows);
      }
      return out;
    });
    const { ignoredTables, duplicates, duplicateRows } = parsed.preview;
    return { ok: true, mode, counts, ignoredTables, duplicates, duplicateRows, safetyCopyAt: now };
  } catch (error) {
    return { ok: false, error: reportText(lang)('backupFailed', { error: errorMessage(error) }) };
  }
}

const countsOf = (tables: Record<string, unknown[]>): DataCounts => {
  const list = (name: string) => {
    const rows = ownValue(tables, name);
    return Array.isArray(rows) ? rows : [];
  };
  return {
    notes: list('notes').length,
    overrides: list('overrides').length,
    linkDecisions: list('links').filter((row) => isPlainObject(row) && hasDecision(row)).length,
  };
};

/** The safety copy the last restore kept, or null when there is none. */
export async function safetyCopyInfo(db: SverkaDatabase): Promise<SafetyCopyInfo | null> {
  const copy = await db.safetyCopy.get(SAFETY_COPY_ID);
  return copy ? { at: copy.at, mode: copy.mode, counts: countsOf(copy.tables) } : null;
}

/**
 * «Вернуть как было»: the store becomes the safety copy again, in one transaction, and the copy is removed. Without a
 * copy, or on any failure, nothing changes. Never throws.
 */
export async function undoRestore(db: SverkaDatabase, lang: Lang = 'ru'): Promise<UndoResult> {
  const r = reportText(lang);
  try {
    return await db.transaction('rw', db.tables, async (): Promise<UndoResult> => {
      const copy = await db.safetyCopy.get(SAFETY_COPY_ID);
      if (!copy) return { ok: false, error: r('backupUndoNone') };
      if (copy.databaseVersion > db.verno)
        return { ok: false, error: r('backupNewer', { version: copy.databaseVersion, supported: db.verno }) };
      const counts: Record<string, number> = {};
      for (const table of dataTables(db)) {
        const stored = ownValue(copy.tables, table.name);
        const rows = Array.isArray(stored) ? (stored as Row[]) : [];
        await table.clear();
        await table.bulkPut(
          (copy.databaseVersion < STRING_IDS_VERSION
            ? rows.map((row) => stringIdsInRow(table.name, row))
            : rows) as never[],
        );
        counts[table.name] = rows.length;
      }
      await db.safetyCopy.delete(SAFETY_COPY_ID);
      return { ok: true, counts };
    });
  } catch (error) {
    return { ok: false, error: r('backupUndoFailed', { error: errorMessage(error) }) };
  }
}

/** Deletes every record of every table (the safety copy too), in one transaction. */
export async function wipeAll(db: SverkaDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
