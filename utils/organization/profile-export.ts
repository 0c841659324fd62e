/**
 * «Скачать профиль для сотрудников»: the profile in force (rules, groups with sizes, people from the staff CSV) as
 * one file every member of staff imports on their options page. The file is the profile format itself, so the import
 * reads it with the same schema.
 */

import { localIsoDate } from '@/utils/i18n/dates';
import type { Profile } from '@/utils/profile/profile-schema';

export function profileFileText(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** `sverka-профиль-2026-12-01.json` (local date). */
export function profileFileName(at: number): string {
  return `sverka-профиль-${localIsoDate(at)}.json`;
}
