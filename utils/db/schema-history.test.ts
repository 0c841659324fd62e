/**
 * Every released schema, frozen here as it shipped, with data in it: the current database must open it
 * and read every row through its indexes. When a version is added to database.ts, freeze the previous
 * one here (with a row per table) — that is the upgrade test Dexie's own guidance asks for.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from './database';

const RELEASED: Array<{ version: number; stores: Record<string, string>; rows: Record<string, object[]> }> = [
  {
    version: 1,
    stores: {
      notes: '++id, [subjectType+subjectKey], updatedAt',
      overrides: 'requirementId, chatId',
      links: 'url, chatId, mark',
      audits: '++id, [userId+at]',
      snapshot: 'userId, savedAt',
      settings: 'key',
    },
    rows: {
      notes: [
        {
          subjectType: 'requirement',
          subjectKey: 'curator-parents/ИСП-22',
          text: 'Родители 3 студентов не вступили',
          due: '2026-12-01',
          createdAt: 1,
          updatedAt: 2,
          fromTheFuture: 'kept as it is',
        },
      ],
      overrides: [{ requirementId: 'curator-parents/ИСП-21', chatId: -70000000102, createdAt: 3 }],
      links: [{ url: 'https://max.ru/join/abc', chatId: -7, mark: 'annulled', firstSeenAt: 4, updatedAt: 5 }],
      audits: [
        { userId: 1000001, at: 6, summary: { total: 1, ok: 0, missing: 1, unknown: 0 }, requirementStatuses: {} },
      ],
      snapshot: [{ userId: 1000001, savedAt: 7, listComplete: true, chats: [], contacts: {}, links: [] }],
      settings: [{ key: 'assignment', value: { roles: [{ role: 'curator', group: 'ИСП-22' }] } }],
    },
  },
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
      for (const [table, rows] of Object.entries(released.rows))
        expect(await db.table(table).count(), table).toBe(rows.length);

      const [note] = await db.notes
        .where('[subjectType+subjectKey]')
        .equals(['requirement', 'curator-parents/ИСП-22'])
        .toArray();
      expect(note).toMatchObject({ text: 'Родители 3 студентов не вступили', fromTheFuture: 'kept as it is' });
      expect(await db.links.where('mark').equals('annulled').count()).toBe(1);
      expect(await db.audits.where('[userId+at]').between([1000001, 0], [1000001, Infinity]).count()).toBe(1);
      expect((await db.settings.get('assignment'))?.value).toEqual({ roles: [{ role: 'curator', group: 'ИСП-22' }] });
    });
  }

  it('the newest released version is the one the code declares (freeze it here before adding another)', () => {
    const db = new SverkaDatabase(`verno-${Math.random()}`);
    opened.push(db);
    expect(db.verno).toBe(RELEASED.at(-1)?.version);
  });
});
