import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { SverkaDatabase } from '@/utils/db/database';
import { setupRepository } from '@/utils/db/setup-repository';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { applyManagedProfile, readManagedProfile } from './managed-profile';

const POLICY_PROFILE = {
  ...DEFAULT_PROFILE,
  organization: { name: 'ГБПОУ МО «Можайский техникум»' },
  groups: [{ code: 'ИСП-21', size: 25 }],
  people: [{ name: 'Иванова Мария Петровна', roles: [{ role: 'curator' as const, group: 'ИСП-21' }] }],
};

describe('the profile set by the organization’s browser policy', () => {
  let db: SverkaDatabase;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new SverkaDatabase(`managed-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is read from storage.managed with the profile’s schema, and put in force', async () => {
    await fakeBrowser.storage.managed.set({ profile: POLICY_PROFILE });
    const managed = await readManagedProfile(browser.storage.managed);
    expect(managed).toEqual({ kind: 'profile', profile: POLICY_PROFILE });
    expect(await applyManagedProfile(db, managed, 5)).toBe(true);
    const setup = await setupRepository(db).get();
    expect(setup.profile).toEqual(POLICY_PROFILE);
    // The same policy again changes nothing.
    expect(await applyManagedProfile(db, managed, 6)).toBe(false);
  });

  it('takes the profile as JSON text too', async () => {
    await fakeBrowser.storage.managed.set({ profile: JSON.stringify(POLICY_PROFILE) });
    expect(await readManagedProfile(browser.storage.managed)).toMatchObject({ kind: 'profile' });
  });

  it('no policy, a browser without managed storage, or a bad profile: nothing in force changes', async () => {
    expect(await readManagedProfile(browser.storage.managed)).toEqual({ kind: 'none' });
    expect(await readManagedProfile(undefined)).toEqual({ kind: 'none' });
    const throwing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedProfile(throwing)).toEqual({ kind: 'none' });
    await fakeBrowser.storage.managed.set({ profile: { format: 'sverka-profile', version: 1, rules: 'nope' } });
    const bad = await readManagedProfile(browser.storage.managed);
    expect(bad.kind).toBe('invalid');
    expect(await applyManagedProfile(db, bad, 5)).toBe(false);
    expect((await setupRepository(db).get()).profileSource).toBe('default');
  });
});
