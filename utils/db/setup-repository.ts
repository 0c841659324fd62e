/**
 * The user's setup: the regulation profile in force (imported, or the built-in default),
 * their assignment (roles, groups, disciplines) and their overrides (a chat linked to a
 * requirement by hand, or a requirement marked «не требуется»).
 */
import type { Assignment } from '../audit/requirements';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import type { Profile } from '../profile/profile-schema';
import type { OverrideRecord, SverkaDatabase } from './database';

const PROFILE_KEY = 'profile';
const ASSIGNMENT_KEY = 'assignment';

export interface Setup {
  profile: Profile;
  profileSource: 'default' | 'imported';
  profileImportedAt?: number;
  assignment: Assignment | null;
  overrides: OverrideRecord[];
}

interface StoredProfile {
  profile: Profile;
  importedAt: number;
}

export function setupRepository(db: SverkaDatabase) {
  return {
    async get(): Promise<Setup> {
      return db.transaction('r', db.settings, db.overrides, async () => {
        const stored = (await db.settings.get(PROFILE_KEY))?.value as StoredProfile | undefined;
        const assignment = ((await db.settings.get(ASSIGNMENT_KEY))?.value as Assignment | undefined) ?? null;
        return {
          profile: stored?.profile ?? DEFAULT_PROFILE,
          profileSource: stored ? 'imported' : 'default',
          profileImportedAt: stored?.importedAt,
          assignment,
          overrides: await db.overrides.toArray(),
        } satisfies Setup;
      });
    },
    async saveProfile(profile: Profile, now: number): Promise<void> {
      await db.settings.put({ key: PROFILE_KEY, value: { profile, importedAt: now } satisfies StoredProfile });
    },
    async resetProfile(): Promise<void> {
      await db.settings.delete(PROFILE_KEY);
    },
    async saveAssignment(assignment: Assignment): Promise<void> {
      await db.settings.put({ key: ASSIGNMENT_KEY, value: assignment });
    },
    async setOverride(override: OverrideRecord): Promise<void> {
      await db.overrides.put(override);
    },
    async removeOverride(requirementId: string): Promise<void> {
      await db.overrides.delete(requirementId);
    },
  };
}
