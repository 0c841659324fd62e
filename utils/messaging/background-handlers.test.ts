import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '@/utils/audit/requirements';
import { SverkaDatabase } from '@/utils/db/database';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { registerBackgroundHandlers } from './background-handlers';
import { sendMessage } from './protocol';
import { setupVersionItem } from './setup-changes';

const snapshot = (userId: MaxId, savedAt: number): StoredSnapshot => ({
  userId,
  userName: 'Иванова Мария Петровна',
  savedAt,
  listComplete: false,
  chats: [{ id: '-70000000001', type: 'CHAT', status: 'ACTIVE', title: 'ИСП-21 Родители', members: [['5', 100]] }],
  contacts: { '5': 'Петров' },
  links: [{ url: 'https://max.ru/join/abc', chatId: '-70000000001', messageId: '115000000000000007' }],
});

/** A fresh database with the background's handlers on it, for each test; `db()` reads the current one. */
function backgroundWith(now?: () => number) {
  let db: SverkaDatabase;
  let unregister: () => void;
  beforeEach(() => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    unregister = registerBackgroundHandlers(db, now);
  });
  afterEach(async () => {
    unregister();
    await db.delete();
  });
  return () => db;
}

describe('background answers about the stored snapshot', () => {
  backgroundWith();

  it('stores a snapshot and gives it back, by user and as the last user', async () => {
    await sendMessage('saveSnapshot', snapshot('9', 100));
    await sendMessage('saveSnapshot', snapshot('10', 200));
    expect((await sendMessage('getSnapshot', { userId: '9' }))?.savedAt).toBe(100);
    expect((await sendMessage('getSnapshot', {}))?.userId).toBe('10');
    expect(await sendMessage('getSnapshot', { userId: '11' })).toBeNull();
    expect(await sendMessage('getSnapshot', { userId: '9' })).toEqual(snapshot('9', 100));
    await expect(sendMessage('getSnapshot', { userId: 9 } as never)).rejects.toThrow();
  });

  it('rejects a malformed snapshot and keeps the stored one intact', async () => {
    await sendMessage('saveSnapshot', snapshot('9', 100));
    const bad = { ...snapshot('9', 300), chats: [{ id: 'x' }] } as unknown as StoredSnapshot;
    await expect(sendMessage('saveSnapshot', bad)).rejects.toThrow(/отклонён/);
    // A number where a MAX id belongs is refused too: ids are strings from the bridge on.
    const numeric = { ...snapshot('9', 300), userId: 9 } as unknown as StoredSnapshot;
    await expect(sendMessage('saveSnapshot', numeric)).rejects.toThrow(/отклонён/);
    expect((await sendMessage('getSnapshot', { userId: '9' }))?.savedAt).toBe(100);
  });
});

describe('background answers about the setup', () => {
  backgroundWith(() => 1234);

  it('starts with the built-in profile, no assignment and no overrides', async () => {
    const setup = await sendMessage('getSetup', undefined);
    expect(setup.profileSource).toBe('default');
    expect(setup.profile.rules.map((rule) => rule.id)).toContain('curator-parents');
    expect(setup.assignment).toBeNull();
    expect(setup.overrides).toEqual([]);
  });

  it('stores a valid profile and tells open tabs the setup changed', async () => {
    const profile = { ...DEFAULT_PROFILE, organization: { name: 'ГБПОУ МО «Можайский техникум»' } };
    expect(await sendMessage('saveProfile', profile)).toEqual({ ok: true });
    const setup = await sendMessage('getSetup', undefined);
    expect(setup.profileSource).toBe('imported');
    expect(setup.profile.organization.name).toBe('ГБПОУ МО «Можайский техникум»');
    expect(await setupVersionItem.getValue()).toBe(1234);
  });

  it('rejects a bad profile with errors naming the field, and keeps the stored one', async () => {
    const good = { ...DEFAULT_PROFILE, organization: { name: 'Техникум' } };
    await sendMessage('saveProfile', good);
    const answer = await sendMessage('saveProfile', { ...good, rules: [{ id: 'x', role: 'директор' }] });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors.join('\n')).toMatch(/rules\[0\]/);
    expect((await sendMessage('getSetup', undefined)).profile.organization.name).toBe('Техникум');
  });

  it('keeps the assignment and overrides, and undoes an override', async () => {
    await sendMessage('saveAssignment', { roles: [{ role: 'curator', group: 'ИСП-21' }] });
    // Past Number.MAX_SAFE_INTEGER: kept to the last digit.
    await sendMessage('setOverride', {
      requirementId: 'curator-parents/ИСП-21',
      chatId: '-9007199254740993',
      createdAt: 1,
    });
    await sendMessage('setOverride', {
      requirementId: 'curator-teachers/ИСП-21',
      notRequiredReason: 'Общий чат кафедры',
      createdAt: 2,
    });
    let setup = await sendMessage('getSetup', undefined);
    expect(setup.assignment).toEqual({ roles: [{ role: 'curator', group: 'ИСП-21' }] });
    expect(setup.overrides).toHaveLength(2);
    expect(setup.overrides.find((o) => o.requirementId === 'curator-parents/ИСП-21')?.chatId).toBe('-9007199254740993');
    await sendMessage('removeOverride', 'curator-parents/ИСП-21');
    setup = await sendMessage('getSetup', undefined);
    expect(setup.overrides.map((o) => o.requirementId)).toEqual(['curator-teachers/ИСП-21']);
  });

  it('refuses an override whose chat is not a MAX id and stores nothing', async () => {
    for (const chatId of [42, 'ИСП-21', '1e5', ''])
      await expect(
        sendMessage('setOverride', { requirementId: 'curator-parents/ИСП-21', chatId, createdAt: 1 } as never),
      ).rejects.toThrow();
    expect((await sendMessage('getSetup', undefined)).overrides).toEqual([]);
  });

  it('refuses an assignment with an unknown role and stores nothing', async () => {
    await expect(
      sendMessage('saveAssignment', { roles: [{ role: 'director' }] } as unknown as Assignment),
    ).rejects.toThrow();
    expect((await sendMessage('getSetup', undefined)).assignment).toBeNull();
  });
});

describe('background keeps audit runs', () => {
  const db = backgroundWith();

  const run = (at: number, statuses: Record<string, 'ok' | 'missing'>, userId = '9') => ({
    userId,
    at,
    summary: { total: 2, ok: 1, missing: 1, unknown: 0 },
    requirementStatuses: statuses,
  });

  it('answers the run before, per user, and stores only runs that say something new', async () => {
    expect(await sendMessage('recordAudit', run(100, { a: 'ok', b: 'missing' }))).toBeNull();
    expect((await sendMessage('recordAudit', run(200, { a: 'ok', b: 'missing' })))?.at).toBe(100);
    expect((await sendMessage('recordAudit', run(300, { a: 'ok', b: 'ok' })))?.at).toBe(100);
    expect((await sendMessage('recordAudit', run(400, { a: 'ok', b: 'ok' })))?.at).toBe(300);
    expect(await sendMessage('recordAudit', run(500, { a: 'ok' }, '10'))).toBeNull();
    expect(await db().audits.count()).toBe(3);
  });

  it('refuses a malformed run', async () => {
    await expect(sendMessage('recordAudit', { ...run(1, {}), userId: 'x' } as never)).rejects.toThrow();
    await expect(sendMessage('recordAudit', { ...run(1, {}), userId: 9 } as never)).rejects.toThrow();
    expect(await db().audits.count()).toBe(0);
  });
});

describe('background keeps notes', () => {
  let clock = 1000;
  const db = backgroundWith(() => clock);

  const draft = (subjectKey: string, text: string) =>
    ({ subjectType: 'requirement', subjectKey, text, createdAt: 0, updatedAt: 0 }) as const;

  it('creates, edits, lists by subject newest first, deletes and restores (undo)', async () => {
    const first = await sendMessage('saveNote', draft('curator-parents/ИСП-22', 'родители 3 студентов не вступили'));
    expect(first.id).toBeGreaterThan(0);
    expect(first.createdAt).toBe(1000);
    clock = 2000;
    await sendMessage('saveNote', draft('teacher-discipline/ТМ-31/Математика', 'чат создаст Петров до 1.12'));
    clock = 3000;
    const edited = await sendMessage('saveNote', { ...first, text: 'родители 2 студентов не вступили', done: true });
    expect(edited).toMatchObject({ id: first.id, createdAt: 1000, updatedAt: 3000, done: true });

    const all = await sendMessage('listNotes', null);
    expect(all.map((n) => n.text)).toEqual(['родители 2 студентов не вступили', 'чат создаст Петров до 1.12']);
    const onOne = await sendMessage('listNotes', { subjectType: 'requirement', subjectKey: 'curator-parents/ИСП-22' });
    expect(onOne).toHaveLength(1);

    const removed = await sendMessage('deleteNote', first.id as number);
    expect(await sendMessage('listNotes', null)).toHaveLength(1);
    if (!removed) throw new Error('the deleted note comes back for undo');
    await sendMessage('saveNote', removed);
    expect((await sendMessage('listNotes', null)).map((n) => n.id)).toContain(first.id);
  });

  it('refuses a note that is too long or has a bad due date, storing nothing', async () => {
    await expect(sendMessage('saveNote', { ...draft('x', 'a'), due: '1 декабря' })).rejects.toThrow();
    await expect(sendMessage('saveNote', draft('x', 'я'.repeat(20_001)))).rejects.toThrow();
    expect(await db().notes.count()).toBe(0);
  });
});

describe('background keeps link decisions and link history', () => {
  const db = backgroundWith(() => 5000);

  it('keeps a link decision «annulled» under its normalized URL, changes and clears it', async () => {
    await sendMessage('setLinkDecision', {
      url: 'http://www.MAX.ru/join/AbC123/?utm=x',
      decision: 'annulled',
      chatId: '-7',
    });
    expect(await sendMessage('listLinkDecisions', undefined)).toEqual([
      { url: 'https://max.ru/join/AbC123', chatId: '-7', mark: 'annulled', firstSeenAt: 5000, updatedAt: 5000 },
    ]);
    await expect(
      sendMessage('setLinkDecision', { url: 'https://max.ru/join/AbC123', decision: 'keep', chatId: -7 } as never),
    ).rejects.toThrow();
    await sendMessage('setLinkDecision', { url: 'https://max.ru/join/AbC123', decision: null });
    expect((await sendMessage('listLinkDecisions', undefined))[0]?.mark).toBeUndefined();
  });

  it('refuses a decision about something that is not an invite link', async () => {
    await expect(
      sendMessage('setLinkDecision', { url: 'https://max.ru/sferum_help', decision: 'keep' }),
    ).rejects.toThrow(/не ссылка-приглашение/);
    expect(await db().links.count()).toBe(0);
  });

  it('keeps the own-link history per user, cleaned of anything malformed', async () => {
    const history = {
      'https://max.ru/join/old': { chatId: '-1', firstSeenAt: 1, lastSeenAt: 2, replacedAt: 3 },
      'not a url': { chatId: 'x' },
    };
    await sendMessage('saveLinkHistory', { userId: '9', history: history as never });
    const stored = await sendMessage('getLinkHistory', '9');
    expect(Object.keys(stored)).toEqual(['https://max.ru/join/old']);
    expect(await sendMessage('getLinkHistory', '10')).toEqual({});
    await expect(sendMessage('getLinkHistory', 9 as never)).rejects.toThrow();
  });
});

describe('a profile set by the organization’s browser policy', () => {
  let db: SverkaDatabase;
  let unregister: () => void;
  beforeEach(() => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    unregister = registerBackgroundHandlers(db, () => 1, { profileLocked: async () => true });
  });
  afterEach(async () => {
    unregister();
    await db.delete();
  });

  it('is neither replaced nor reset from the options page', async () => {
    const other = { ...DEFAULT_PROFILE, organization: { name: 'Другая школа' } };
    expect(await sendMessage('saveProfile', other)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/Профиль задан вашей организацией/)],
    });
    await expect(sendMessage('resetProfile', undefined)).rejects.toThrow(/Профиль задан вашей организацией/);
    expect((await sendMessage('getSetup', undefined)).profileSource).toBe('default');
  });
});
