import './worker-globals.testing';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type NoteRecord, SAFETY_TABLE, SverkaDatabase } from '@/utils/db/database';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { exportBackup, previewBackup, restoreBackup, safetyCopyInfo, undoRestore, wipeAll } from './backup';
import { readBackupFile } from './backup-file';

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

/** The user's data: every table but the safety copy. */
async function dump(db: SverkaDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) if (table.name !== SAFETY_TABLE) out[table.name] = await table.toArray();
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
    expect(preview).toMatchObject({ ok: true, exportedAt: NOW, databaseVersion: 4, ignoredTables: [] });
    if (!preview.ok) throw new Error(preview.error);
    expect(Object.fromEntries(preview.tables.map((t) => [t.name, t.rows]))).toEqual({
      notes: 2,
      overrides: 1,
      links: 1,
      audits: 1,
      snapshot: 1,
      settings: 2,
      summaries: 0,
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
      summaries: { restored: 0, skipped: 0 },
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
        /более новой версией Сверки \(схема 7, эта версия понимает до 4\)/,
      ],
      [
        variant((j) => {
          j.data.data.find((t: { tableName: string }) => t.tableName === 'notes').rows[1].text = 42;
        }),
        /таблица «notes», запись 2, поле text:/,
      ],
      [
        variant((j) => {
          // From version 2 on, a MAX id is a string: a number there is a damaged file, not an old one.
          j.data.data.find((t: { tableName: string }) => t.tableName === 'links').rows[0].chatId = -70000000101;
        }),
        /таблица «links», запись 1 \(«https:\/\/max.ru\/join\/abc»\), поле chatId:/,
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
  /** A good backup of `seed`, changed by `change` (the parsed file). */
  async function changedBackup(change: (json: BackupJson) => void): Promise<string> {
    await seed(db);
    const json = JSON.parse(await exportBackup(db, NOW)) as BackupJson;
    change(json);
    return JSON.stringify(json);
  }

  it('checks every setting by its key: a backup whose profile is {"rules":"nope"} is refused naming table, row, field', async () => {
    await seed(other);
    const before = await dump(other);
    const cases: Array<[(json: BackupJson) => void, RegExp]> = [
      [
        (j) => rowsOf(j, 'settings').push({ key: 'profile', value: { rules: 'nope' } }),
        /таблица «settings», запись 3 \(«profile»\), поле value\.profile: поля нет/,
      ],
      [
        (j) => rowsOf(j, 'settings').push({ key: 'profile', value: { profile: { rules: 'nope' }, importedAt: 1 } }),
        /таблица «settings», запись 3 \(«profile»\), поле value\.profile\.format:/,
      ],
      [
        (j) =>
          rowsOf(j, 'settings').push({
            key: 'profile',
            value: { profile: { ...DEFAULT_PROFILE, rules: 'nope' }, importedAt: 1 },
          }),
        /поле value\.profile\.rules: ожидается массив/,
      ],
      [
        (j) => {
          const rows = rowsOf(j, 'settings');
          rows[1] = { key: 'assignment', value: { roles: [{ role: 'директор' }] } };
        },
        /таблица «settings», запись 2 \(«assignment»\), поле value\.roles\[0\]\.role:/,
      ],
      [
        (j) => rowsOf(j, 'settings').push({ key: 'reminderSchedule', value: { enabled: 'yes', days: [], hour: 9 } }),
        /«reminderSchedule»\), поле value\.enabled:/,
      ],
      [(j) => rowsOf(j, 'settings').push({ key: 'lastUserId', value: 9 }), /«lastUserId»\), поле value:/],
      [
        (j) =>
          rowsOf(j, 'settings').push({ key: 'ownLinkHistory:9', value: { 'https://max.ru/join/x': { chatId: 5 } } }),
        /«ownLinkHistory:9»\), поле value\["https:\/\/max\.ru\/join\/x"\]\.chatId|«ownLinkHistory:9»\), поле value\.https/,
      ],
      [
        (j) => {
          (rowsOf(j, 'snapshot')[0] as { chats: unknown[] }).chats.push({ id: 42, type: 'CHAT' });
        },
        /таблица «snapshot», запись 1 \(«9»\), поле chats\[1\]\.id:/,
      ],
      [
        (j) => {
          (rowsOf(j, 'notes')[0] as { subjectType: string }).subjectType = 'bogus';
        },
        /таблица «notes», запись 1, поле subjectType:/,
      ],
      [
        (j) => {
          (rowsOf(j, 'links')[0] as { mark: string }).mark = 'burn';
        },
        /таблица «links», запись 1 \(«https:\/\/max\.ru\/join\/abc»\), поле mark:/,
      ],
      [
        (j) => {
          (rowsOf(j, 'overrides')[0] as { createdAt: unknown }).createdAt = 'вчера';
        },
        /таблица «overrides», запись 1 \(«curator-teachers\/ИСП-21»\), поле createdAt:/,
      ],
      [
        (j) => {
          (rowsOf(j, 'audits')[0] as { requirementStatuses: unknown }).requirementStatuses = { x: 'great' };
        },
        /таблица «audits», запись 1, поле requirementStatuses\.x:/,
      ],
    ];
    for (const [change, message] of cases) {
      const text = await changedBackup(change);
      await wipeAll(db);
      const preview = await previewBackup(other, text);
      expect(preview.ok, String(message)).toBe(false);
      if (!preview.ok) {
        expect(preview.error).toMatch(message);
        expect(preview.error).toMatch(/Файл не принят целиком, сохранённое не изменилось/);
      }
      for (const mode of ['merge', 'replace'] as const) expect((await restoreBackup(other, text, mode)).ok).toBe(false);
    }
    expect(await dump(other)).toEqual(before);
    expect(await other.safetyCopy.count()).toBe(0);
  });

  it('says it in English when asked', async () => {
    const text = await changedBackup((j) => rowsOf(j, 'settings').push({ key: 'profile', value: { rules: 'nope' } }));
    const preview = await previewBackup(other, text, 'en');
    expect(preview).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^The backup is damaged: table «settings», record 3 \(«profile»\), field value\.profile: the field is missing\. The whole file was refused; nothing stored was changed\. Take another backup/,
      ),
    });
    expect(await previewBackup(other, 'no json', 'en')).toEqual({
      ok: false,
      error: expect.stringMatching(/^This is not a Sverka backup: the file is not JSON\. .*Choose a file/),
    });
  });

  it('never lets a key from the file reach a prototype: __proto__, constructor, prototype are refused', async () => {
    const guard = prototypeGuard();
    try {
      const cases: Array<(json: BackupJson) => void> = [
        (j) => {
          rowsOf(j, 'notes')[0] = { ...rowsOf(j, 'notes')[0], $types: { '__proto__.toString': 'undef' } };
        },
        (j) => {
          rowsOf(j, 'notes')[0] = { ...rowsOf(j, 'notes')[0], $types: { 'constructor.prototype.polluted': 'undef' } };
        },
        (j) => {
          rowsOf(j, 'notes')[0] = { ...rowsOf(j, 'notes')[0], $types: { 'text.__proto__.polluted': 'nan' } };
        },
      ];
      for (const change of cases) {
        const text = await changedBackup(change);
        await wipeAll(db);
        const preview = await previewBackup(other, text);
        expect(preview).toEqual({ ok: false, error: expect.stringMatching(/недопустимо/) });
        expect(String({})).toBe('[object Object]');
        guard.check();
      }
      // Own keys with those names, as JSON.parse makes them: in a row, in a nested value, in `$types` itself.
      const base = await changedBackup(() => {});
      const withKey = (where: string) => base.replace('"text":"Общая"', `"text":"Общая",${where}`);
      for (const [where, field] of [
        ['"__proto__":{"polluted":1}', 'поле __proto__'],
        ['"extra":{"constructor":{"prototype":{"polluted":1}}}', 'поле extra.constructor'],
        ['"$types":{"__proto__":"undef"}', 'поле \\$types\\.__proto__'],
        ['"list":{"0":1,"__proto__":{"polluted":1}},"$types":{"list":"arrayNonindexKeys"}', 'поле list.__proto__'],
      ] as const) {
        const text = withKey(where);
        expect(text).not.toBe(base);
        const preview = await previewBackup(other, text);
        expect(preview).toEqual({
          ok: false,
          error: expect.stringMatching(new RegExp(`таблица «notes», запись 1, ${field}: такое имя поля недопустимо`)),
        });
        expect((await restoreBackup(other, text, 'replace')).ok).toBe(false);
        guard.check();
      }
      expect(await other.notes.count()).toBe(0);
    } finally {
      guard.restore();
    }
  });

  it('reports rows with the same key and restores each key once (the last row), never counting it twice', async () => {
    const text = await changedBackup((j) => {
      rowsOf(j, 'settings').push({ key: 'assignment', value: { roles: [{ role: 'teacher', group: 'ИСП-22' }] } });
      rowsOf(j, 'links').push({ ...(rowsOf(j, 'links')[0] as object), mark: 'keep' });
      for (const t of j.data.tables) t.rowCount = rowsOf(j, t.name).length;
    });
    const preview = await previewBackup(other, text);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.duplicateRows).toBe(2);
    expect(preview.duplicates).toEqual([
      { table: 'links', key: 'https://max.ru/join/abc', rows: [1, 2] },
      { table: 'settings', key: 'assignment', rows: [1, 3] },
    ]);
    expect(preview.tables.find((t) => t.name === 'settings')?.rows).toBe(2);
    const result = await restoreBackup(other, text, 'replace');
    expect(result).toMatchObject({
      ok: true,
      duplicateRows: 2,
      counts: { settings: { restored: 2 }, links: { restored: 1 } },
    });
    expect((await other.settings.get('assignment'))?.value).toEqual({ roles: [{ role: 'teacher', group: 'ИСП-22' }] });
    expect((await other.links.get('https://max.ru/join/abc'))?.mark).toBe('keep');
  });

  it('the preview says what a replace would lose: stored notes, overrides and link decisions the backup lacks', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    await seed(other);
    let preview = await previewBackup(other, text);
    expect(preview).toMatchObject({
      ok: true,
      stored: { notes: 2, overrides: 1, linkDecisions: 1 },
      replaceLoses: { notes: 0, overrides: 0, linkDecisions: 0 },
    });
    await other.notes.add({ subjectType: 'audit', subjectKey: '', text: 'только здесь', createdAt: 7, updatedAt: 7 });
    await other.overrides.put({ requirementId: 'curator-parents/ИСП-21', chatId: '-70000000101', createdAt: 8 });
    await other.links.put({ url: 'https://max.ru/join/abc', mark: 'keep', firstSeenAt: 4, updatedAt: 9 });
    await other.links.put({ url: 'https://max.ru/join/new', mark: 'annulled', firstSeenAt: 4, updatedAt: 9 });
    preview = await previewBackup(other, text);
    expect(preview).toMatchObject({
      ok: true,
      stored: { notes: 3, overrides: 2, linkDecisions: 2 },
      replaceLoses: { notes: 1, overrides: 1, linkDecisions: 2 },
    });
  });

  it('keeps a safety copy before a restore, and «Вернуть как было» brings the old data back, even after a restart', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    const name = other.name;
    await other.notes.add({ subjectType: 'audit', subjectKey: '', text: 'моя заметка', createdAt: 7, updatedAt: 7 });
    await other.links.put({ url: 'https://max.ru/join/mine', mark: 'keep', firstSeenAt: 1, updatedAt: 1 });
    await other.settings.put({ key: 'assignment', value: { roles: [{ role: 'teacher', group: 'ТМ-31' }] } });
    const before = await dump(other);
    expect(await safetyCopyInfo(other)).toBeNull();

    const result = await restoreBackup(other, text, 'replace', 'ru', NOW + 1);
    expect(result).toMatchObject({ ok: true, safetyCopyAt: NOW + 1 });
    expect(await dump(other)).toEqual(await dump(db));
    expect(await safetyCopyInfo(other)).toEqual({
      at: NOW + 1,
      mode: 'replace',
      counts: { notes: 1, overrides: 0, linkDecisions: 1 },
    });

    // The browser restarts: the copy is in the database.
    other.close();
    other = new SverkaDatabase(name);
    const undo = await undoRestore(other);
    expect(undo).toEqual({
      ok: true,
      counts: { notes: 1, overrides: 0, links: 1, audits: 0, snapshot: 0, settings: 1, summaries: 0 },
    });
    expect(await dump(other)).toEqual(before);
    expect(await safetyCopyInfo(other)).toBeNull();
    expect(await undoRestore(other)).toEqual({ ok: false, error: expect.stringMatching(/Возвращать нечего/) });
    expect(await dump(other)).toEqual(before);
  });

  it('the next restore replaces the safety copy; a wipe deletes it; a refused file keeps it', async () => {
    await seed(db);
    const text = await exportBackup(db, NOW);
    await other.notes.add({ subjectType: 'audit', subjectKey: '', text: 'первая', createdAt: 7, updatedAt: 7 });
    await restoreBackup(other, text, 'replace', 'ru', 1);
    await restoreBackup(other, text, 'merge', 'ru', 2);
    expect(await safetyCopyInfo(other)).toMatchObject({ at: 2, mode: 'merge', counts: { notes: 2 } });
    expect((await restoreBackup(other, 'не json', 'replace', 'ru', 3)).ok).toBe(false);
    expect(await safetyCopyInfo(other)).toMatchObject({ at: 2 });
    await wipeAll(other);
    expect(await safetyCopyInfo(other)).toBeNull();
  });

  it('never puts the safety copy into a backup, and ignores one a file carries', async () => {
    await seed(db);
    await restoreBackup(db, await exportBackup(db, NOW), 'merge');
    expect(await db.safetyCopy.count()).toBe(1);
    const json = JSON.parse(await exportBackup(db, NOW)) as BackupJson;
    expect(json.data.tables.map((t) => t.name)).not.toContain(SAFETY_TABLE);
    json.data.tables.push({ name: SAFETY_TABLE, schema: 'id', rowCount: 1 });
    json.data.data.push({
      tableName: SAFETY_TABLE,
      inbound: true,
      rows: [{ id: 'before-restore', at: 1, tables: {} }],
    });
    const result = await restoreBackup(other, JSON.stringify(json), 'replace', 'ru', 5);
    expect(result.ok && result.ignoredTables).toEqual([SAFETY_TABLE]);
    expect(await safetyCopyInfo(other)).toMatchObject({ at: 5 });
  });

  it('reads a chosen backup file only when its size is within the limit', async () => {
    const text = vi.fn(async () => '{}');
    expect(await readBackupFile({ size: 33 * 1024 * 1024, text })).toEqual({
      ok: false,
      error: expect.stringMatching(/слишком большой.*не прочитан/),
    });
    expect(text).not.toHaveBeenCalled();
    expect(await readBackupFile({ size: 2, text })).toEqual({ ok: true, text: '{}' });
  });
});

type BackupJson = {
  data: {
    tables: Array<{ name: string; schema: string; rowCount: number }>;
    data: Array<{ tableName: string; inbound: boolean; rows: unknown[] }>;
  };
};

/** The rows of one table in a parsed backup file. */
function rowsOf(json: BackupJson, table: string): Record<string, unknown>[] {
  const found = json.data.data.find((t) => t.tableName === table);
  if (!found) throw new Error(`no table ${table}`);
  return found.rows as Record<string, unknown>[];
}

/** Remembers Object.prototype and Array.prototype as they are; `check` fails on any change, `restore` undoes it. */
function prototypeGuard() {
  const protos = [Object.prototype, Array.prototype] as const;
  const saved = protos.map((proto) => Object.getOwnPropertyDescriptors(proto));
  return {
    check() {
      protos.forEach((proto, i) => {
        const now = Object.getOwnPropertyDescriptors(proto) as Record<string | symbol, PropertyDescriptor>;
        const was = saved[i] as Record<string | symbol, PropertyDescriptor>;
        expect(Reflect.ownKeys(now).map(String).sort()).toEqual(Reflect.ownKeys(was).map(String).sort());
        for (const key of Reflect.ownKeys(was)) {
          const [a, b] = [now[key], was[key]] as [PropertyDescriptor, PropertyDescriptor];
          for (const part of ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const)
            expect(Object.is(a[part], b[part]), `${String(key)}.${part}`).toBe(true);
        }
      });
    },
    restore() {
      protos.forEach((proto, i) => {
        for (const key of Reflect.ownKeys(proto))
          if (!(key in (saved[i] as object))) delete (proto as Record<string | symbol, unknown>)[key];
        Object.defineProperties(proto, saved[i] as PropertyDescriptorMap);
      });
    },
  };
}
