import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit } from '@/utils/audit/audit';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { auditRepository } from './audit-repository';
import { SverkaDatabase } from './database';
import { linksRepository } from './links-repository';
import { notesRepository } from './notes-repository';
import { setupRepository } from './setup-repository';
import { snapshotRepository } from './snapshot-repository';

describe('reading checks: a stored value that no longer parses falls back, and says so', () => {
  let db: SverkaDatabase;
  beforeEach(() => {
    db = new SverkaDatabase(`read-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a stored profile {"rules":"nope"}: the built-in profile, marked unreadable; the audit runs', async () => {
    for (const value of [{ rules: 'nope' }, { profile: { rules: 'nope' }, importedAt: 1 }, 'nope', null]) {
      await db.settings.put({ key: 'profile', value });
      const setup = await setupRepository(db).get();
      expect(setup).toMatchObject({ profile: DEFAULT_PROFILE, profileSource: 'default', unreadable: ['profile'] });
      expect(() =>
        audit(
          setup.profile,
          { roles: [{ role: 'curator', group: 'ИСП-21' }] },
          { chats: [], me: { id: '1' }, listComplete: true },
          [],
          0,
        ),
      ).not.toThrow();
      // Nothing is deleted: the stored row stays until the user saves over it or restores a backup.
      expect((await db.settings.get('profile'))?.value).toEqual(value);
    }
  });

  it('a stored assignment or override that does not parse: no assignment, the override left out', async () => {
    await db.settings.put({ key: 'assignment', value: { roles: 'curator' } });
    await db.overrides.bulkPut([
      { requirementId: 'curator-parents/ИСП-21', chatId: '-7', createdAt: 1 },
      { requirementId: 'curator-students/ИСП-21', chatId: 42, createdAt: 1 } as never,
    ]);
    const setup = await setupRepository(db).get();
    expect(setup.assignment).toBeNull();
    expect(setup.overrides.map((o) => o.requirementId)).toEqual(['curator-parents/ИСП-21']);
    expect(setup.unreadable).toEqual(['assignment', 'overrides']);
  });

  it('good values read as they are, with nothing marked', async () => {
    const profile = { ...DEFAULT_PROFILE, organization: { name: 'Техникум' } };
    await setupRepository(db).saveProfile(profile, 5);
    await setupRepository(db).saveAssignment({ roles: [{ role: 'curator', group: 'ИСП-21' }] });
    const setup = await setupRepository(db).get();
    expect(setup).toMatchObject({
      profileSource: 'imported',
      profileImportedAt: 5,
      assignment: { roles: [{ role: 'curator' }] },
    });
    expect(setup.profile.organization.name).toBe('Техникум');
    expect(setup.unreadable).toBeUndefined();
  });

  it('a stored snapshot, note, link mark or audit run that does not parse reads as absent', async () => {
    await db.settings.put({ key: 'lastUserId', value: '9' });
    await db.snapshot.put({
      userId: '9',
      savedAt: 1,
      listComplete: true,
      chats: 'nope',
      contacts: {},
      links: [],
    } as never);
    expect(await snapshotRepository(db).get()).toBeNull();
    await db.settings.put({ key: 'lastUserId', value: { evil: true } });
    expect(await snapshotRepository(db).get()).toBeNull();

    await db.notes.bulkAdd([
      { subjectType: 'audit', subjectKey: '', text: 'хорошая', createdAt: 1, updatedAt: 1 },
      { subjectType: 'audit', subjectKey: '', text: 42, createdAt: 1, updatedAt: 2 } as never,
    ]);
    expect((await notesRepository(db).list()).map((n) => n.text)).toEqual(['хорошая']);
    expect(await db.notes.count()).toBe(2);

    await db.links.bulkPut([
      { url: 'https://max.ru/join/a', mark: 'annulled', firstSeenAt: 1, updatedAt: 1 },
      { url: 'https://max.ru/join/b', mark: 'burn', firstSeenAt: 1, updatedAt: 1 } as never,
    ]);
    expect((await linksRepository(db).decisions()).map((m) => m.url)).toEqual(['https://max.ru/join/a']);

    const summary = { total: 1, ok: 1, missing: 0, unknown: 0 };
    await db.audits.bulkAdd([
      { userId: '9', at: 1, summary, requirementStatuses: {} },
      { userId: '9', at: 2, summary: 'nope', requirementStatuses: {} } as never,
    ]);
    expect((await auditRepository(db).latest('9'))?.at).toBe(1);
    expect((await auditRepository(db).history('9')).map((a) => a.at)).toEqual([1]);
  });
});
