/**
 * Сверка's one database, in the extension's origin (not web.max.ru's): logging out of
 * MAX or clearing its site data loses nothing. Only the background opens it. Tables and versions: docs/database.md.
 *
 * Schema history lives here and only here. Never edit a released version: add
 * `this.version(n + 1)` with an `upgrade` and a test that upgrades from every earlier one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AuditRecord } from '@/utils/audit/audit-record';
import type { OverrideRecord } from '@/utils/audit/setup';
import type { MaxId } from '@/utils/max/bridge-events';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import type { Summary } from '@/utils/summary/summary-schema';
import { stringIdsInRow } from './string-ids';

export const DATABASE_NAME = 'sverka';

/** What a note is attached to. */
export type NoteSubject = 'chat' | 'requirement' | 'link' | 'audit';

export interface NoteRecord {
  id?: number;
  subjectType: NoteSubject;
  /** chat id, requirement id, normalized link URL, or '' for the audit as a whole */
  subjectKey: string;
  text: string;
  due?: string;
  done?: boolean;
  createdAt: number;
  updatedAt: number;
}

/** The user's own decision about an invite link: annulled in MAX, or to be kept (docs/glossary.md). */
export type LinkDecision = 'annulled' | 'keep';

export interface LinkRecord {
  url: string;
  chatId?: MaxId;
  /**
   * The link decision, when the user made one. `mark` is its stored name, kept as it is: renaming a stored field
   * would need a new database version and a mapping for older backups (docs/database.md).
   */
  mark?: LinkDecision;
  firstSeenAt: number;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * What the store held just before the last restore (a replace-restore can be undone: docs/database.md): every row of every
 * other table, as IndexedDB keeps them (structured clone: unknown fields, `undefined`, NaN survive). One row, id
 * `SAFETY_COPY_ID`; the next restore replaces it, «Вернуть как было» puts it back and removes it, a wipe deletes it.
 * Never exported in a backup and never restored from one.
 */
export interface SafetyCopyRecord {
  id: string;
  /** When it was taken (ms). */
  at: number;
  /** The database version whose rows these are. */
  databaseVersion: number;
  /** The restore it was taken before. */
  mode: 'merge' | 'replace';
  tables: Record<string, unknown[]>;
}

export const SAFETY_COPY_ID = 'before-restore';
/** The table of the safety copy: Сверка's own, not the user's data (not in backups, not restored). */
export const SAFETY_TABLE = 'safetyCopy';

/**
 * A member of staff's summary file, kept by the administrator's Сверка (the organization page). Per person the newest
 * is the one shown; older ones stay as history (coverage over time).
 */
export interface SummaryRecord {
  id?: number;
  /** The person's name, normalized (utils/organization/person-key.ts): one key per person however it is spelled. */
  personKey: string;
  /** When the summary was made (its `createdAt`). */
  createdAt: number;
  /** When it was imported here. */
  importedAt: number;
  summary: Summary;
}

export class SverkaDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  overrides!: EntityTable<OverrideRecord, 'requirementId'>;
  links!: EntityTable<LinkRecord, 'url'>;
  audits!: EntityTable<AuditRecord, 'id'>;
  snapshot!: EntityTable<StoredSnapshot, 'userId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  safetyCopy!: EntityTable<SafetyCopyRecord, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      notes: '++id, [subjectType+subjectKey], updatedAt',
      overrides: 'requirementId, chatId',
      links: 'url, chatId, mark',
      audits: '++id, [userId+at]',
      snapshot: 'userId, savedAt',
      settings: 'key',
    });
    // Version 2: MAX ids (chats, users) are decimal strings, not numbers (they outgrew Number.MAX_SAFE_INTEGER).
    // Same stores; every stored id is converted (string-ids.ts). The snapshot table is keyed by the user id, and
    // a primary key cannot be modified in place: its rows are read, deleted and added back under the string id.
    this.version(2)
      .stores({
        notes: '++id, [subjectType+subjectKey], updatedAt',
        overrides: 'requirementId, chatId',
        links: 'url, chatId, mark',
        audits: '++id, [userId+at]',
        snapshot: 'userId, savedAt',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        for (const name of ['overrides', 'links', 'audits', 'settings'])
          await tx
            .table(name)
            .toCollection()
            .modify((row, ctx) => {
              ctx.value = stringIdsInRow(name, row);
            });
        const snapshots = tx.table('snapshot');
        const rows: Record<string, unknown>[] = await snapshots.toArray();
        await snapshots.clear();
        await snapshots.bulkAdd(rows.map((row) => stringIdsInRow('snapshot', row)));
      });
    // Version 3: the safety copy taken before a restore, so «Вернуть как было» survives closing the page. A new
    // table only; no row of the others changes.
    this.version(3).stores({
      notes: '++id, [subjectType+subjectKey], updatedAt',
      overrides: 'requirementId, chatId',
      links: 'url, chatId, mark',
      audits: '++id, [userId+at]',
      snapshot: 'userId, savedAt',
      settings: 'key',
      [SAFETY_TABLE]: 'id',
    });
    // Version 4: the summaries staff hand to the administrator (the organization page). A new table only; no row of
    // the others changes.
    this.version(4).stores({
      notes: '++id, [subjectType+subjectKey], updatedAt',
      overrides: 'requirementId, chatId',
      links: 'url, chatId, mark',
      audits: '++id, [userId+at]',
      snapshot: 'userId, savedAt',
      settings: 'key',
      [SAFETY_TABLE]: 'id',
      summaries: '++id, personKey, [personKey+createdAt]',
    });
  }
}
