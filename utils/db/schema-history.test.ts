/**
 * Every released schema, frozen here as it shipped, with data in it: the current database must open it
 * and read every row through its indexes. When a version is added to database.ts, freeze the previous
 * one here (with a row per table) — that is the upgrade test Dexie's own guidance asks for.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from './database';
import { linksRepository } from './links-repository';
import { snapshotRepository } from './snapshot-repository';

const STORES_V1 = {
  notes: '++id, [subjectType+subjectKey], updatedAt',
  overrides: 'requirementId, chatId',
  links: 'url, chatId, mark',
  audits: '++id, [userId+at]',
  snapshot: 'userId, savedAt',
  settings: 'key',
};

/** Version 3 adds the safety copy kept before a restore; the other stores are unchanged. */
const STORES_V3 = { ...STORES_V1, safetyCopy: 'id' };
/** Version 4 adds the summaries staff hand to the administrator (the organization page). */
const STORES_V4 = { ...STORES_V3, summaries: '++id, personKey, [personKey+createdAt]' };

const NOTE = {
  id: 1,
  subjectType: 'requirement',
  subjectKey: 'curator-parents/ИСП-22',
  text: 'Родители 3 студентов не вступили',
  due: '2026-12-01',
  createdAt: 1,
  updatedAt: 2,
  fromTheFuture: 'kept as it is',
};
const CHAT_NOTE = {
  id: 2,
  subjectType: 'chat',
  subjectKey: '-70000000102',
  text: 'Проверить',
  createdAt: 1,
  updatedAt: 2,
};
const ASSIGNMENT = { key: 'assignment', value: { roles: [{ role: 'curator', group: 'ИСП-22' }] } };
const AUDIT_SUMMARY = { total: 1, ok: 0, missing: 1, unknown: 0 };

/** Version 2's rows: every MAX id a decimal string. */
const ROWS_V2: Record<string, object[]> = {
  notes: [NOTE, CHAT_NOTE],
  overrides: [
    { requirementId: 'curator-parents/ИСП-21', chatId: '-70000000102', createdAt: 3 },
    { requirementId: 'curator-parents/ИСП-22', notRequiredReason: 'нет родителей', createdAt: 3 },
  ],
  links: [{ url: 'https://max.ru/join/abc', chatId: '-7', mark: 'annulled', firstSeenAt: 4, updatedAt: 5 }],
  audits: [{ id: 1, userId: '1000001', at: 6, summary: AUDIT_SUMMARY, requirementStatuses: {} }],
  snapshot: [
    {
      userId: '1000001',
      userName: 'Иванова Мария Петровна',
      savedAt: 7,
      listComplete: true,
      chats: [
        {
          id: '-70000000102',
          type: 'CHAT',
          status: 'ACTIVE',
          title: 'ИСП-21 Родители',
          owner: '1000001',
          admins: ['1000001', '1000002'],
          members: [
            ['1000001', 100],
            ['1000003', 200],
          ],
          link: 'https://max.ru/join/abc',
          fromTheFuture: 'kept as it is',
        },
        { id: '1000003', type: 'DIALOG', members: [['1000003', 300]] },
      ],
      contacts: { '1000003': 'Петров Пётр' },
      links: [
        {
          url: 'https://max.ru/join/abc',
          chatId: '1000003',
          messageId: '115000000000000001',
          sender: '1000001',
          time: 8,
        },
        { url: 'https://max.ru/join/def', chatId: '-70000000102', messageId: '115000000000000002' },
      ],
    },
  ],
  settings: [
    ASSIGNMENT,
    { key: 'lastUserId', value: '1000001' },
    {
      key: 'ownLinkHistory:1000001',
      value: { 'https://max.ru/join/abc': { chatId: '-70000000102', firstSeenAt: 4, lastSeenAt: 5 } },
    },
  ],
};

/** The same data as version 1 stored it: MAX ids as numbers. */
const ROWS_V1: Record<string, object[]> = {
  notes: [NOTE, CHAT_NOTE],
  overrides: [
    { requirementId: 'curator-parents/ИСП-21', chatId: -70000000102, createdAt: 3 },
    { requirementId: 'curator-parents/ИСП-22', notRequiredReason: 'нет родителей', createdAt: 3 },
  ],
  links: [{ url: 'https://max.ru/join/abc', chatId: -7, mark: 'annulled', firstSeenAt: 4, updatedAt: 5 }],
  audits: [{ id: 1, userId: 1000001, at: 6, summary: AUDIT_SUMMARY, requirementStatuses: {} }],
  snapshot: [
    {
      userId: 1000001,
      userName: 'Иванова Мария Петровна',
      savedAt: 7,
      listComplete: true,
      chats: [
        {
          id: -70000000102,
          type: 'CHAT',
          status: 'ACTIVE',
          title: 'ИСП-21 Родители',
          owner: 1000001,
          admins: [1000001, 1000002],
          members: [
            [1000001, 100],
            [1000003, 200],
          ],
          link: 'https://max.ru/join/abc',
          fromTheFuture: 'kept as it is',
        },
        { id: 1000003, type: 'DIALOG', members: [[1000003, 300]] },
      ],
      contacts: { '1000003': 'Петров Пётр' },
      links: [
        { url: 'https://max.ru/join/abc', chatId: 1000003, messageId: '115000000000000001', sender: 1000001, time: 8 },
        { url: 'https://max.ru/join/def', chatId: -70000000102, messageId: '115000000000000002' },
      ],
    },
  ],
  settings: [
    ASSIGNMENT,
    { key: 'lastUserId', value: 1000001 },
    {
      key: 'ownLinkHistory:1000001',
      value: { 'https://max.ru/join/abc': { chatId: -70000000102, firstSeenAt: 4, lastSeenAt: 5 } },
    },
  ],
};

/** Version 3's rows: version 2's, and a safety copy of them taken before a restore. */
const ROWS_V3: Record<string, object[]> = {
  ...ROWS_V2,
  safetyCopy: [
    {
      id: 'before-restore',
      at: 9,
      databaseVersion: 3,
      mode: 'replace',
      tables: { ...ROWS_V2, notes: [{ ...NOTE, done: undefined }] },
    },
  ],
};

/** Version 4's rows: version 3's, and a kept summary. */
const SUMMARY = {
  format: 'sverka-summary',
  version: 1,
  organization: 'ГБПОУ МО «Можайский техникум»',
  person: { name: 'Иванова Мария Петровна', maxUserId: '1000001' },
  roles: [{ role: 'curator', group: 'ИСП-21' }],
  createdAt: 10,
  dataAt: 9,
  listComplete: true,
  requirements: [
    {
      id: 'curator-parents/ИСП-21',
      role: 'curator',
      group: 'ИСП-21',
      title: 'ИСП-21 — родители',
      status: 'ok',
      reasons: ['found'],
      chat: { id: '-70000000102', title: 'ИСП-21 Родители', members: 2, ownerOrAdmin: true },
    },
  ],
  links: [{ url: 'https://max.ru/join/abc', status: 'stale', ageDays: 20 }],
};
const ROWS_V4: Record<string, object[]> = {
  ...ROWS_V3,
  summaries: [{ id: 1, personKey: 'иванова мария петровна', createdAt: 10, importedAt: 11, summary: SUMMARY }],
};

/**
 * `rows`: what the version stored; `current`: the same rows as the current version must read them (every table,
 * in primary-key order).
 */
const RELEASED: Array<{
  version: number;
  stores: Record<string, string>;
  rows: Record<string, object[]>;
  current: Record<string, object[]>;
}> = [
  { version: 1, stores: STORES_V1, rows: ROWS_V1, current: ROWS_V2 },
  { version: 2, stores: STORES_V1, rows: ROWS_V2, current: ROWS_V2 },
  { version: 3, stores: STORES_V3, rows: ROWS_V3, current: ROWS_V3 },
  { version: 4, stores: STORES_V4, rows: ROWS_V4, current: ROWS_V4 },
];

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('the database opens every released schema with its data', () => {
  for (const released of RELEASED) {
    it(`upgrades from version ${released.version}`, async () => {
      const name = `upgrade-from-${released.version}-${Math.random()}`;
      const old = new Dexie(name);
      old.version(released.version).stores(released.stores);
      for (const [table, rows] of Object.entries(released.rows)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new SverkaDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(released.version);
      for (const [table, rows] of Object.entries(released.current))
        expect(await db.table(table).toArray(), table).toEqual(rows);

      const [note] = await db.notes
        .where('[subjectType+subjectKey]')
        .equals(['requirement', 'curator-parents/ИСП-22'])
        .toArray();
      expect(note).toMatchObject({ text: 'Родители 3 студентов не вступили', fromTheFuture: 'kept as it is' });
      expect(await db.links.where('mark').equals('annulled').count()).toBe(1);
      expect(await db.links.where('chatId').equals('-7').count()).toBe(1);
      expect(await db.overrides.where('chatId').equals('-70000000102').count()).toBe(1);
      expect(await db.audits.where('[userId+at]').between(['1000001', 0], ['1000001', Infinity]).count()).toBe(1);
      expect((await db.settings.get('assignment'))?.value).toEqual({ roles: [{ role: 'curator', group: 'ИСП-22' }] });
      // The snapshot is keyed by the string id now, and the last user is found through the settings row.
      expect(await db.snapshot.get('1000001')).toEqual(released.current.snapshot?.[0]);
      expect(await db.snapshot.where('savedAt').equals(7).primaryKeys()).toEqual(['1000001']);
      expect(await snapshotRepository(db).get()).toEqual(released.current.snapshot?.[0]);
      expect(await linksRepository(db).history('1000001')).toEqual({
        'https://max.ru/join/abc': { chatId: '-70000000102', firstSeenAt: 4, lastSeenAt: 5 },
      });
      // From version 3 on the safety copy is there (empty when upgrading from before it).
      expect(await db.safetyCopy.count()).toBe(released.version >= 3 ? 1 : 0);
      // From version 4 on the summaries are kept, found per person by the index the organization page reads.
      expect(await db.summaries.where('personKey').equals('иванова мария петровна').count()).toBe(
        released.version >= 4 ? 1 : 0,
      );
    });
  }

  it('version 3 adds the safety copy and changes no row of the other tables', async () => {
    const name = `upgrade-2-to-3-${Math.random()}`;
    const old = new Dexie(name);
    old.version(2).stores(STORES_V1);
    for (const [table, rows] of Object.entries(ROWS_V2)) await old.table(table).bulkAdd(rows);
    old.close();
    const db = new SverkaDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    for (const [table, rows] of Object.entries(ROWS_V2)) expect(await db.table(table).toArray(), table).toEqual(rows);
    await db.safetyCopy.put(ROWS_V3.safetyCopy?.[0] as never);
    expect(await db.safetyCopy.get('before-restore')).toEqual(ROWS_V3.safetyCopy?.[0]);
  });

  it('version 4 adds the summaries and changes no row of the other tables', async () => {
    const name = `upgrade-3-to-4-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores(STORES_V3);
    for (const [table, rows] of Object.entries(ROWS_V3)) await old.table(table).bulkAdd(rows);
    old.close();
    const db = new SverkaDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(ROWS_V3)) expect(await db.table(table).toArray(), table).toEqual(rows);
    expect(await db.summaries.count()).toBe(0);
    await db.summaries.add(ROWS_V4.summaries?.[0] as never);
    expect(
      await db.summaries
        .where('[personKey+createdAt]')
        .between(['иванова мария петровна', 0], ['иванова мария петровна', Infinity])
        .count(),
    ).toBe(1);
  });

  it('the newest released version is the one the code declares (freeze it here before adding another)', () => {
    const db = new SverkaDatabase(`verno-${Math.random()}`);
    opened.push(db);
    expect(db.verno).toBe(RELEASED.at(-1)?.version);
  });
});
