/**
 * A backup file the user chose on the options page: its size is checked before a byte of it is read, so a huge file
 * costs nothing and says why. Kept apart from backup.ts so the page does not carry dexie-export-import.
 */

import { reportText } from '@/utils/i18n/report-messages';
import { errorMessage, type Lang } from '@/utils/i18n/translator';

/** Characters of JSON text; a real backup is a few MB at most, and the text must cross extension messaging. */
export const MAX_BACKUP_CHARS = 32 * 1024 * 1024;
/** Bytes of a chosen file; a file within it has at most MAX_BACKUP_CHARS characters. */
const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** What the page has of a chosen file: its size at once, its text only when asked. */
export interface ChosenBackupFile {
  size: number;
  text(): Promise<string>;
}

const megabytes = (n: number) => Math.ceil(n / 1024 / 1024);

/** The «too big» message, for a file (bytes) or a text (characters) over the limit. */
export function backupTooBigMessage(size: number, lang: Lang): string {
  return reportText(lang)('backupTooBig', { size: megabytes(size), limit: megabytes(MAX_BACKUP_CHARS) });
}

/** The file's text, or why it was not read. Never throws. */
export async function readBackupFile(
  file: ChosenBackupFile,
  lang: Lang = 'ru',
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (!Number.isFinite(file.size) || file.size > MAX_BACKUP_BYTES)
    return { ok: false, error: backupTooBigMessage(file.size, lang) };
  try {
    const text = await file.text();
    if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: backupTooBigMessage(text.length, lang) };
    return { ok: true, text };
  } catch (error) {
    return { ok: false, error: reportText(lang)('backupNotSverka', { detail: errorMessage(error) }) };
  }
}
