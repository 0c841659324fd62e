/**
 * Fuzz: whatever a backup file holds, previewing and restoring it through the background's handlers never throws,
 * never changes Object.prototype (or Array's, Function's, String's), and a refused file changes nothing stored.
 * `FUZZ_RUNS=10000 npx vitest run utils/backup/backup-fuzz.test.ts` for the long run.
 */
import './worker-globals.testing';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SverkaDatabase as Db, SverkaDatabase } from '@/utils/db/database';
import { mutateJson, mutationArb, prototypeWatch } from '@/utils/db/json-mutations.testing';
import { registerDataHandlers } from '@/utils/messaging/data-handlers';
import { sendMessage } from '@/utils/messaging/protocol';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { exportBackup } from './backup';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const TIMEOUT = Math.max(60_000, RUNS * 60);

async function seed(db: Db) {
  await db.notes.bulkAdd([
    { subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: 1, updatedAt: 1 },
    { subjectType: 'requirement', subjectKey: 'curator-parents/ИСП-21', text: 'позвать', createdAt: 2, updatedAt: 5 },
  ]);
  await db.overrides.put({ requirementId: 'curator-teachers/ИСП-21', notRequiredReason: 'кафедра', createdAt: 3 });
  await db.links.put({
    url: 'https://max.ru/join/abc',
    chatId: '-701',
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
  await db.snapshot.put({
    userId: '9',
    savedAt: 100,
    listComplete: true,
    chats: [{ id: '-701', type: 'CHAT', title: 'ИСП-21 Родители', owner: '9', admins: ['9'], members: [['5', 100]] }],
    contacts: { '5': 'Петров' },
    links: [{ url: 'https://max.ru/join/abc', chatId: '-701', messageId: '7', sender: '9', time: 90 }],
  });
  await db.settings.bulkPut([
    { key: 'lastUserId', value: '9' },
    { key: 'assignment', value: { roles: [{ role: 'curator', group: 'ИСП-21' }] } },
    { key: 'profile', value: { profile: DEFAULT_PROFILE, importedAt: 1 } },
    { key: 'reminderSchedule', value: { enabled: true, days: [1, 2], hour: 9 } },
    {
      key: 'ownLinkHistory:9',
      value: { 'https://max.ru/join/abc': { chatId: '-701', firstSeenAt: 4, lastSeenAt: 5 } },
    },
  ]);
}

async function dump(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function reset(db: Db) {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await seed(db);
}

/** fake-indexeddb slows down as one database sees thousands of transactions: a fresh one every so many runs. */
const RUNS_PER_DATABASE = 250;

describe('fuzz: backup preview and restore', () => {
  let db: SverkaDatabase;
  let unregister: () => void;
  let good: string;
  let before: Record<string, unknown[]>;
  let runs = 0;
  const seen = { restored: 0, refused: 0 };
  const open = async () => {
    db = new SverkaDatabase(`fuzz-${Math.random()}`);
    unregister = registerDataHandlers(db, () => 5000);
    await seed(db);
    good = await exportBackup(db, 1000);
    before = await dump(db);
  };
  const close = async () => {
    unregister();
    await db.delete();
  };
  beforeEach(open);
  afterEach(close);

  /** Preview and restore one file; the handlers must answer, and a refusal must leave the store as it was. */
  async function check(text: string, mode: 'merge' | 'replace', lang: 'ru' | 'en') {
    if (++runs % RUNS_PER_DATABASE === 0) {
      await close();
      await open();
    }
    const watch = prototypeWatch();
    try {
      const preview = await sendMessage('previewBackup', { text, lang });
      expect(typeof preview.ok).toBe('boolean');
      if (!preview.ok) expect(preview.error).toEqual(expect.any(String));
      expect(watch.changed()).toBeNull();
      const result = await sendMessage('restoreBackup', { text, mode, lang });
      expect(watch.changed()).toBeNull();
      seen[result.ok ? 'restored' : 'refused']++;
      if (result.ok) {
        // Only a file the preview accepted is restored.
        expect(preview.ok).toBe(true);
        await reset(db);
        before = await dump(db);
      } else {
        expect(result.error).toMatch(
          lang === 'en'
            ? /Nothing stored was changed|nothing stored was changed/
            : /Сохранённое не изменилось|сохранённое не изменилось/,
        );
        expect(await dump(db)).toEqual(before);
      }
    } finally {
      watch.restore();
    }
  }

  it(
    'a backup changed at random: never throws, prototypes untouched, a refused one changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
          fc.constantFrom('merge' as const, 'replace' as const),
          fc.constantFrom('ru' as const, 'en' as const),
          async (mutations, mode, lang) => check(mutateJson(good, mutations), mode, lang),
        ),
        { numRuns: RUNS },
      );
      // Both ways were taken: files good enough to restore, and files refused.
      expect(seen.restored).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'any text, any request: never throws, prototypes untouched, nothing changes',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.json(),
            fc.constantFrom('{"formatName":"dexie"}', '{"formatName":"dexie","__proto__":{"x":1}}', '[]', 'null'),
          ),
          fc.anything(),
          async (text, request) => {
            await check(text, 'replace', 'ru');
            const watch = prototypeWatch();
            try {
              const answers = await Promise.all([
                sendMessage('previewBackup', request as never),
                sendMessage('restoreBackup', request as never),
                sendMessage('undoRestore', request as never),
              ]);
              for (const answer of answers) expect(typeof answer.ok).toBe('boolean');
              expect(watch.changed()).toBeNull();
              expect(await dump(db)).toEqual(before);
            } finally {
              watch.restore();
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
