import './worker-globals.testing';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type NoteRecord, SverkaDatabase } from '../db/database';
import type { StoredSnapshot } from '../snapshot/max-snapshot';
import { exportBackup, previewBackup, restoreBackup, wipeAll } from './backup';

const NOW = Date.UTC(2026, 10, 25, 12);

const snapshot: StoredSnapshot = {
  userId: '9',
  userName: 'Иванова Мария Петровна',
  savedAt: 100,
  listComplete: true,
  chats: [
    {
      id: '-70000000101',
      type: 'CHAT',
      status: 'ACTIVE',
      title: 'ИСП-21 Родители',
      owner: '9',
      admins: ['9'],
      members: [['5', 100]],
    },
  ],
  contacts: { '5': 'Петров' },
  links: [{ url: 'https://max.ru/join/abc', chatId: '-70000000101', messageId: '7', sender: '9', time: 90 }],
};

async function seed(db: SverkaDatabase) {
  await db.notes.bulkAdd([
    { subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: 1, updatedAt: 1 },
    {
      subjectType: 'requirement',
      subjectKey: 'curator-parents/ИСП-21',
      text: 'позвать родителей',
      due: '2026-12-01',
      createdAt: 2,
      updatedAt: 5,
      // A field a newer Сверка might add, and an explicit undefined: both must survive.
      colour: 'жёлтый',
      done: undefined,
    } as NoteRecord,
  ]);
  await db.overrides.put({ requirementId: 'curator-teachers/ИСП-21', notRequiredReason: 'кафедра', createdAt: 3 });
  await db.links.put({
    url: 'https://max.ru/join/abc',
    chatId: '-70000000101',
    mark: 'annulled',
    firstSeenAt: 4,
    updatedAt: 4,
  });
  await db.audits.add({
    userId: '9',
    at: 50,
    summary: { total: 3, ok: 2, missing: 1, unknown: 0 },
    requirementStatuses: { 'curator-parents/ИСП-21': 'ok' },
  });
  await db.snapshot.put(snapshot);
  await db.settings.bulkPut([
    { key: 'lastUserId', value: '9' },
    { key: 'assignment', value: { roles: [{ role: 'curator', group: 'ИСП-21' }] } },
  ]);
}

/** `seed`'s data as version 1 of the database stored it (MAX ids were numbers), in a version 1 database. */
async function seedVersion1(name: string): Promise<Dexie> {
  const old = new Dexie(name);
  old.version(1).stores({
    notes: '++id, [subjectType+subjectKey], updatedAt',
    overrides: 'requirementId, chatId',
    links: 'url, chatId, mark',
    audits: '++id, [userId+at]',
    snapshot: 'userId, savedAt',
    settings: 'key',
  });
  await old.table('notes').bulkAdd([
    { subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: 1, updatedAt: 1 },
    {
      subjectType: 'requirement',
      subjectKey: 'curator-parents/ИСП-21',
      text: 'позвать родителей',
      due: '2026-12-01',
      createdAt: 2,
      updatedAt: 5,
      colour: 'жёлтый',
      done: undefined,
    },
  ]);
  await old
    .table('overrides')
    .put({ requirementId: 'curator-teachers/ИСП-21', notRequiredReason: 'кафедра', createdAt: 3 });
  await old
    .table('links')
    .put({ url: 'https://max.ru/join/abc', chatId: -70000000101, mark: 'annulled', firstSeenAt: 4, updatedAt: 4 });
  await old.table('audits').add({
    userId: 9,
    at: 50,
    summary: { total: 3, ok: 2, missing: 1, unknown: 0 },
    requirementStatuses: { 'curator-parents/ИСП-21': 'ok' },
  });
  await old.table('snapshot').put({
    userId: 9,
    userName: 'Иванова Мария Петровна',
    savedAt: 100,
    listComplete: true,
    chats: [
      {
        id: -70000000101,
        type: 'CHAT',
        status: 'ACTIVE',
        title: 'ИСП-21 Родители',
        owner: 9,
        admins: [9],
        members: [[5, 100]],
      },
    ],
    contacts: { 5: 'Петров' },
    links: [{ url: 'https://max.ru/join/abc', chatId: -70000000101, messageId: '7', sender: 9, time: 90 }],
  });
  await old.table('settings').bulkPut([
    { key: 'lastUserId', value: 9 },
    { key: 'assignment', value: { roles: [{ role: 'curator', group: 'ИСП-21' }] } },
  ]);
  return old;
}

async function dump(db: SverkaDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('backup and restore', () => {
  let db: SverkaDatabase;
  let other: SverkaDatabase;
  beforeEach(() => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    other = new SverkaDatabase(`test-${Math.random()}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
    await other.delete();
  });

  it('round-trips every table, unknown fields included', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    const result = await restoreBackup(other, text, 'replace');
    expect(result).toMatchObject({ ok: true });
    expect(await dump(other)).toEqual(await dump(db));
    const note = (await other.notes.toArray()).find((n) => n.subjectType === 'requirement') as unknown as Record<
      string,
      unknown
    >;
    expect(note.colour).toBe('жёлтый');
    expect('done' in note).toBe(true);
  });

  it('is a dexie-export-import file with Сверка’s mark and date', async () => {
    await seed(db);
    const json = JSON.parse(await exportBackup(db, NOW));
    expect(json.formatName).toBe('dexie');
    expect(json.sverka).toEqual({ format: 'sverka-backup', version: 1, exportedAt: NOW });
  });

  it('previews tables, rows, schema version and date, changing nothing', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    const preview = await previewBackup(other, new Blob([text]));
    expect(preview).toMatchObject({ ok: true, exportedAt: NOW, databaseVersion: 2, ignoredTables: [] });
    if (!preview.ok) throw new Error(preview.error);
    expect(Object.fromEntries(preview.tables.map((t) => [t.name, t.rows]))).toEqual({
      notes: 2,
      overrides: 1,
      links: 1,
      audits: 1,
      snapshot: 1,
      settings: 2,
    });
    expect(await other.notes.count()).toBe(0);
  });

  it('replace: the store becomes the backup', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    await other.notes.add({ subjectType: 'audit', subjectKey: '', text: 'лишняя', createdAt: 99, updatedAt: 99 });
    await other.settings.put({ key: 'only-here', value: 1 });
    await restoreBackup(other, text, 'replace');
    expect(await dump(other)).toEqual(await dump(db));
  });

  it('merge: keeps what is stored, adds what is missing, the later edit of the same note wins', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    // In the other store: a different note that took id 1, the same requirement note edited later,
    // an older link mark and its own assignment.
    await other.notes.add({
      subjectType: 'chat',
      subjectKey: '-70000000142',
      text: 'своя',
      createdAt: 10,
      updatedAt: 10,
    });
    await other.notes.add({
      subjectType: 'requirement',
      subjectKey: 'curator-parents/ИСП-21',
      text: 'позвала родителей',
      createdAt: 2,
      updatedAt: 8,
    });
    await other.links.put({ url: 'https://max.ru/join/abc', mark: 'keep', firstSeenAt: 1, updatedAt: 1 });
    await other.settings.put({ key: 'assignment', value: { roles: [{ role: 'teacher' }] } });

    const result = await restoreBackup(other, text, 'merge');
    expect(result.ok && result.counts.notes).toEqual({ restored: 1, skipped: 1 });
    const notes = await other.notes.toArray();
    expect(notes.map((n) => n.text).sort()).toEqual(['Общая', 'позвала родителей', 'своя']);
    expect((await other.links.get('https://max.ru/join/abc'))?.mark).toBe('annulled');
    expect((await other.settings.get('assignment'))?.value).toEqual({ roles: [{ role: 'teacher' }] });
    expect((await other.settings.get('lastUserId'))?.value).toBe('9');
    expect(await other.audits.count()).toBe(1);

    // Merging the same file again adds nothing.
    const again = await restoreBackup(other, text, 'merge');
    expect(again.ok && again.counts.notes).toEqual({ restored: 0, skipped: 2 });
    expect(await other.notes.count()).toBe(3);
  });

  it('a backup made by version 1 (numeric MAX ids) restores with string ids, as the database upgrade reads it', async () => {
    await seed(db);
    const old = await seedVersion1(`old-${Math.random()}`);
    const text = await exportBackup(old as unknown as SverkaDatabase, NOW);
    old.close();
    await old.delete();
    expect(JSON.parse(text).data.databaseVersion).toBe(1);

    const preview = await previewBackup(other, text);
    expect(preview).toMatchObject({ ok: true, databaseVersion: 1, ignoredTables: [] });
    const result = await restoreBackup(other, text, 'replace');
    expect(result).toMatchObject({ ok: true });
    expect(await dump(other)).toEqual(await dump(db));
    expect(await other.snapshot.get('9')).toEqual(snapshot);
    expect(await other.audits.where('[userId+at]').equals(['9', 50]).count()).toBe(1);

    // Merged into the same data already stored with string ids, it adds nothing.
    const merged = await restoreBackup(db, text, 'merge');
    expect(merged.ok && merged.counts).toEqual({
      notes: { restored: 0, skipped: 2 },
      overrides: { restored: 0, skipped: 1 },
      links: { restored: 0, skipped: 1 },
      audits: { restored: 0, skipped: 1 },
      snapshot: { restored: 0, skipped: 1 },
      settings: { restored: 0, skipped: 2 },
    });
    expect(await dump(db)).toEqual(await dump(other));
  });

  it('a failure while writing leaves the store exactly as it was', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    await other.notes.add({ subjectType: 'audit', subjectKey: '', text: 'до', createdAt: 1, updatedAt: 1 });
    await other.settings.put({ key: 'assignment', value: 'до' });
    const before = await dump(other);
    // The last table written fails, after the others were cleared and written in the same transaction.
    other.settings.hook('creating', () => {
      throw new Error('диск переполнен');
    });
    const result = await restoreBackup(other, text, 'replace');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/диск переполнен.*не изменилось/) });
    expect(await dump(other)).toEqual(before);
  });

  it('reports unknown tables and ignores them', async () => {
    await seed(db);
    const json = JSON.parse(await exportBackup(db, NOW));
    json.data.tables.push({ name: 'future', schema: '++id', rowCount: 1 });
    json.data.data.push({ tableName: 'future', inbound: true, rows: [{ id: 1, x: 1 }] });
    const text = JSON.stringify(json);
    const preview = await previewBackup(other, text);
    expect(preview.ok && preview.ignoredTables).toEqual(['future']);
    const result = await restoreBackup(other, text, 'replace');
    expect(result.ok && result.ignoredTables).toEqual(['future']);
    expect(await other.notes.count()).toBe(2);
  });

  it('refuses foreign, malformed, newer, damaged and cut files with a clear Russian message, changing nothing', async () => {
    await seed(db);
    await seed(other);
    const before = await dump(other);
    const good = JSON.parse(await exportBackup(db, NOW));
    const variant = (change: (json: typeof good) => void) => {
      const json = structuredClone(good);
      change(json);
      return JSON.stringify(json);
    };
    const cases: Array<[string | Blob, RegExp]> = [
      ['не json', /не резервная копия Сверки: файл не в формате JSON/],
      [JSON.stringify({ format: 'sverka-profile', version: 1 }), /не резервная копия Сверки/],
      [
        variant((j) => {
          delete j.sverka;
          j.data.databaseName = 'friends';
        }),
        /другой базы данных \(«friends»\)/,
      ],
      [
        variant((j) => {
          j.data.databaseVersion = 7;
        }),
        /более новой версией Сверки \(схема 7, эта версия понимает до 2\)/,
      ],
      [
        variant((j) => {
          j.data.data.find((t: { tableName: string }) => t.tableName === 'notes').rows[1].text = 42;
        }),
        /таблица «notes», запись 2: text/,
      ],
      [
        variant((j) => {
          // From version 2 on, a MAX id is a string: a number there is a damaged file, not an old one.
          j.data.data.find((t: { tableName: string }) => t.tableName === 'links').rows[0].chatId = -70000000101;
        }),
        /таблица «links», запись 1: chatId/,
      ],
      [
        variant((j) => {
          j.data.data.find((t: { tableName: string }) => t.tableName === 'links').rows = [];
        }),
        /таблица «links».*обрезан/,
      ],
      [
        variant((j) => {
          j.data.data.find((t: { tableName: string }) => t.tableName === 'notes').rows[0].$types = { text: 'blob' };
        }),
        /незнакомого типа blob/,
      ],
    ];
    for (const [file, message] of cases) {
      const preview = await previewBackup(other, file);
      expect(preview.ok, String(message)).toBe(false);
      if (!preview.ok) expect(preview.error).toMatch(message);
      for (const mode of ['merge', 'replace'] as const) {
        const result = await restoreBackup(other, file, mode);
        expect(result.ok).toBe(false);
      }
    }
    expect(await dump(other)).toEqual(before);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const huge = { size: 33 * 1024 * 1024, text: vi.fn() } as unknown as Blob;
    const preview = await previewBackup(other, huge);
    expect(preview).toEqual({ ok: false, error: expect.stringMatching(/слишком большой/) });
    expect((huge as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled();
  });

  it('wipes every table at once', async () => {
    await seed(db);
    await wipeAll(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});
