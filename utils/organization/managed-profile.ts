/**
 * A profile set by the organization's browser policy (issue #17): IT preinstalls Сверка with the profile in
 * `storage.managed` (Chrome, Yandex Browser, Edge: ExtensionSettings and the 3rdparty policy, checked against
 * public/managed-schema.json; Firefox: policies.json «3rdparty»). Such a profile is the one in force and cannot be
 * replaced on the options page. Read with the profile's own schema; a browser without managed storage (or without
 * a policy) simply has none.
 */
import type { SverkaDatabase } from '@/utils/db/database';
import { setupRepository } from '@/utils/db/setup-repository';
import type { Lang } from '@/utils/i18n/translator';
import { type Profile, parseProfile } from '@/utils/profile/profile-schema';

/** The policy's key for the profile (public/managed-schema.json). */
export const MANAGED_PROFILE_KEY = 'profile';

export type ManagedProfile =
  | { kind: 'none' }
  | { kind: 'profile'; profile: Profile }
  | { kind: 'invalid'; errors: string[] };

/** `browser.storage.managed`, as much of it as is read here. */
export interface ManagedArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The managed profile, if the organization's policy sets one. Never throws. */
export async function readManagedProfile(area: ManagedArea | undefined, lang: Lang = 'ru'): Promise<ManagedProfile> {
  let value: unknown;
  try {
    // Firefox throws when no policy names the extension; Chrome answers {}.
    value = (await area?.get(MANAGED_PROFILE_KEY))?.[MANAGED_PROFILE_KEY];
  } catch {
    return { kind: 'none' };
  }
  if (value === undefined || value === null) return { kind: 'none' };
  // A policy may carry the profile as its JSON text too (simpler to paste into some policy editors).
  let json = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value);
    } catch {
      return { kind: 'invalid', errors: [lang === 'en' ? 'not valid JSON' : 'это не JSON'] };
    }
  }
  const parsed = parseProfile(json, lang);
  return parsed.ok ? { kind: 'profile', profile: parsed.profile } : { kind: 'invalid', errors: parsed.errors };
}

/**
 * Puts the managed profile in force (stored as the profile, so that the sidebar, reminders, the report and the
 * summary all use it). Answers whether the stored profile changed.
 */
export async function applyManagedProfile(db: SverkaDatabase, managed: ManagedProfile, now: number): Promise<boolean> {
  if (managed.kind !== 'profile') return false;
  const setup = setupRepository(db);
  const current = await setup.get();
  if (current.profileSource === 'imported' && JSON.stringify(current.profile) === JSON.stringify(managed.profile))
    return false;
  await setup.saveProfile(managed.profile, now);
  return true;
}
