/**
 * What the audit takes from the user's stored setup (read by utils/db/setup-repository.ts): the profile in force,
 * the person's assignment, and the requirements linked to a chat or marked «не требуется» by hand.
 */
import type { MaxId } from '@/utils/max/bridge-events';
import type { Profile } from '@/utils/profile/profile-schema';
import type { Assignment } from './requirements';

export interface OverrideRecord {
  requirementId: string;
  /** The chat linked by hand, or absent when the requirement is marked «не требуется». */
  chatId?: MaxId;
  notRequiredReason?: string;
  createdAt: number;
}

/** A stored part of the setup that no longer parses, and so fell back. */
export type SetupProblem = 'profile' | 'assignment' | 'overrides';

export interface Setup {
  profile: Profile;
  profileSource: 'default' | 'imported';
  profileImportedAt?: number;
  assignment: Assignment | null;
  overrides: OverrideRecord[];
  /** Stored values that did not parse: the profile (the built-in one is in force), the assignment, some overrides. */
  unreadable?: SetupProblem[];
}
