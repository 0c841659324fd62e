/**
 * The user's setup: the regulation profile in force (imported, or the built-in default),
 * their assignment (roles, groups, disciplines) and their overrides (a chat linked to a
 * requirement by hand, or a requirement marked «не требуется»).
 *
 * Read with the same checks a restore applies (row-checks.ts): a stored value that no longer parses falls back —
 * the built-in profile, no assignment, the override left out — and `unreadable` says what fell back, so the page
 * can say so. Nothing is deleted: the stored row stays until the user saves over it or restores a backup.
 */
import * as v from 'valibot';
import type { Assignment } from '@/utils/audit/requirements';
import type { OverrideRecord, Setup, SetupProblem } from '@/utils/audit/setup';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { type Profile, parseProfile } from '@/utils/profile/profile-schema';
import type { SverkaDatabase } from './database';
import { AssignmentSchema } from './record-schemas';
import { isGoodRow } from './row-checks';
import { SETTING_KEYS } from './setting-keys';

const PROFILE_KEY = SETTING_KEYS.profile;
const ASSIGNMENT_KEY = SETTING_KEYS.assignment;

const StoredProfileShape = v.object({ profile: v.unknown(), importedAt: v.pipe(v.number(), v.finite()) });

function readProfile(value: unknown): { profile: Profile; importedAt: number } | null {
  const shape = v.safeParse(StoredProfileShape, value);
  if (!shape.success) return null;
  const parsed = parseProfile(shape.output.profile);
  return parsed.ok ? { profile: parsed.profile, importedAt: shape.output.importedAt } : null;
}

interface StoredProfile {
  profile: Profile;
  importedAt: number;
}

export function setupRepository(db: SverkaDatabase) {
  return {
    async get(): Promise<Setup> {
      return db.transaction('r', db.settings, db.overrides, async () => {
        const unreadable: SetupProblem[] = [];
        const profileRow = await db.settings.get(PROFILE_KEY);
        const stored = profileRow ? readProfile(profileRow.value) : null;
        if (profileRow && !stored) unreadable.push('profile');
        const assignmentRow = await db.settings.get(ASSIGNMENT_KEY);
        const assignment = assignmentRow ? v.safeParse(AssignmentSchema, assignmentRow.value) : null;
        if (assignment && !assignment.success) unreadable.push('assignment');
        const allOverrides = await db.overrides.toArray();
        const overrides = allOverrides.filter((row) => isGoodRow('overrides', row));
        if (overrides.length < allOverrides.length) unreadable.push('overrides');
        return {
          profile: stored?.profile ?? DEFAULT_PROFILE,
          profileSource: stored ? 'imported' : 'default',
          profileImportedAt: stored?.importedAt,
          assignment: assignment?.success ? (assignmentRow?.value as Assignment) : null,
          overrides,
          ...(unreadable.length > 0 ? { unreadable } : {}),
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
