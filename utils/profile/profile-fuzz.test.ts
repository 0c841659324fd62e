/**
 * Fuzz: whatever a profile (JSON) or a staff list (CSV) holds, reading it never throws and never changes
 * Object.prototype; what the preview accepts the background stores; what either refuses changes nothing stored.
 * `FUZZ_RUNS=10000 npx vitest run utils/profile/profile-fuzz.test.ts` for the long run.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '@/utils/db/database';
import { mutateJson, mutationArb, prototypeWatch } from '@/utils/db/json-mutations.testing';
import { registerBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { sendMessage } from '@/utils/messaging/protocol';
import { DEFAULT_PROFILE } from './default-profile';
import { parsePeopleCsv } from './people-csv';
import { previewProfileBytes } from './profile-file';
import { parseProfile } from './profile-schema';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const TIMEOUT = Math.max(60_000, RUNS * 30);

const CURRENT = {
  ...DEFAULT_PROFILE,
  groups: [{ code: 'ИСП-21', size: 25 }],
  people: [{ name: 'Иванова Мария Петровна', roles: [{ role: 'curator' as const, group: 'ИСП-21' }] }],
  aliases: { Математика: ['матем'] },
};
const utf8 = (text: string) => new TextEncoder().encode(text);

/** CSV cells a staff list has, and some a hostile or broken one would. */
const cell = fc.oneof(
  fc.constantFrom(
    'ФИО',
    'роль',
    'группа',
    'дисциплина',
    'name',
    'role',
    'Иванова Мария Петровна',
    'Петров Пётр',
    'куратор',
    'преподаватель',
    'администратор',
    'teacher',
    'ИСП-21',
    'ИСП 22',
    'Математика',
    '',
    ' ',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '=HYPERLINK("http://x","y")',
    '"',
    '""',
    'a;b',
    'x\ny',
  ),
  fc.string({ maxLength: 12 }),
);
/** A row a real staff list has: name, role, group, discipline. */
const goodRow = fc.tuple(
  fc.constantFrom('Иванова Мария Петровна', 'Петров Пётр', 'Соколова Анна', 'Smith John'),
  // «constructor» is a role word on Object.prototype: a lookup in a plain object would take it for a role.
  fc.constantFrom('куратор', 'Преподаватель', 'администратор', 'teacher', 'сотрудник', 'constructor'),
  fc.constantFrom('ИСП-21', 'ИСП 22', 'ТМ-31'),
  fc.constantFrom('Математика', 'Физика', ''),
);
const row = fc.oneof(
  { weight: 4, arbitrary: goodRow.map((cells): string[] => [...cells]) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 5 }) },
);
const csvText = fc
  .tuple(
    fc.boolean(),
    fc.array(row, { minLength: 0, maxLength: 8 }),
    fc.constantFrom(';', ',', '\t'),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([header, rows, separator, newline]) =>
    [...(header ? [['ФИО', 'роль', 'группа', 'дисциплина']] : []), ...rows]
      .map((cells) => cells.join(separator))
      .join(newline),
  );

/** fake-indexeddb slows down as one database sees thousands of transactions: a fresh one every so many runs. */
const RUNS_PER_DATABASE = 500;

describe('fuzz: profile JSON and staff CSV', () => {
  let db: SverkaDatabase;
  let unregister: () => void;
  let runs = 0;
  const open = async () => {
    db = new SverkaDatabase(`fuzz-profile-${Math.random()}`);
    unregister = registerBackgroundHandlers(db, () => 1000);
    await db.settings.put({ key: 'profile', value: { profile: CURRENT, importedAt: 1 } });
  };
  const close = async () => {
    unregister();
    await db.delete();
  };
  beforeEach(open);
  afterEach(close);

  const stored = async () => db.settings.toArray();

  /** The file through the options page's preview, then (when accepted) through the background. */
  async function check(name: string, bytes: Uint8Array, lang: 'ru' | 'en') {
    if (++runs % RUNS_PER_DATABASE === 0) {
      await close();
      await open();
    }
    const watch = prototypeWatch();
    try {
      const before = await stored();
      const preview = previewProfileBytes(name, bytes, CURRENT, lang);
      expect(watch.changed()).toBeNull();
      if (!preview.ok) {
        expect(preview.errors.length).toBeGreaterThan(0);
        for (const error of preview.errors) expect(error).toEqual(expect.any(String));
        expect(await stored()).toEqual(before);
        return false;
      }
      // What the preview accepts, the background stores as it is.
      const answer = await sendMessage('saveProfile', preview.profile);
      expect(answer).toEqual({ ok: true });
      expect(watch.changed()).toBeNull();
      await db.settings.put({ key: 'profile', value: { profile: CURRENT, importedAt: 1 } });
      return true;
    } finally {
      watch.restore();
    }
  }

  it(
    'a profile changed at random: never throws, prototypes untouched, a refused one changes nothing',
    async () => {
      const good = JSON.stringify(CURRENT);
      const seen = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          fc.constantFrom('ru' as const, 'en' as const),
          async (mutations, lang) => {
            const text = mutateJson(good, mutations);
            seen[(await check('profile.json', utf8(text), lang)) ? 'accepted' : 'refused']++;
            // The background's own check of the same object, sent as it is: never throws, a refusal stores nothing.
            const watch = prototypeWatch();
            try {
              const before = await db.settings.toArray();
              const answer = await sendMessage('saveProfile', JSON.parse(text));
              if (!answer.ok) expect(await db.settings.toArray()).toEqual(before);
              expect(parseProfile(JSON.parse(text)).ok).toBe(answer.ok);
              expect(watch.changed()).toBeNull();
            } finally {
              watch.restore();
              await db.settings.put({ key: 'profile', value: { profile: CURRENT, importedAt: 1 } });
            }
          },
        ),
        { numRuns: RUNS },
      );
      expect(seen.accepted).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'any JSON or bytes as a profile: never throws, prototypes untouched',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.json().map(utf8), fc.uint8Array({ maxLength: 200 })),
          fc.constantFrom('p.json', 'p', 'p.txt'),
          async (bytes, name) => {
            await check(name, bytes, 'ru');
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'a staff CSV, made of real and hostile cells: never throws, prototypes untouched, what is accepted is stored',
    async () => {
      const seen = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(csvText, fc.constantFrom('ru' as const, 'en' as const), async (text, lang) => {
          seen[(await check('staff.csv', utf8(text), lang)) ? 'accepted' : 'refused']++;
          const people = parsePeopleCsv(utf8(text), lang);
          // A role is one of the four, whatever the cell said («constructor», «__proto__»…).
          if (people.ok)
            for (const person of people.people)
              for (const role of person.roles) expect(['curator', 'teacher', 'staff', 'admin']).toContain(role.role);
        }),
        { numRuns: RUNS },
      );
      expect(seen.accepted).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'CSV as random bytes (UTF-8 or Windows-1251): never throws, prototypes untouched',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          await check('staff.csv', bytes, 'ru');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
