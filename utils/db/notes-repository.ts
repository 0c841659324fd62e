import type { NoteRecord, NoteSubject, SverkaDatabase } from './database';
import { isGoodRow } from './row-checks';

/**
 * The user's audit notes: on a chat, a requirement, an invite link, or the audit as a whole. A stored note that no
 * longer parses is left out of the list (and kept in the database: a backup still carries it).
 */
export function notesRepository(db: SverkaDatabase) {
  return {
    list(subject?: { subjectType: NoteSubject; subjectKey: string }): Promise<NoteRecord[]> {
      const query = subject
        ? db.notes.where('[subjectType+subjectKey]').equals([subject.subjectType, subject.subjectKey])
        : db.notes.toCollection();
      return query.sortBy('updatedAt').then((notes) => notes.filter((note) => isGoodRow('notes', note)).reverse());
    },
    /** Creates the note (no id) or updates it; answers it as stored. */
    async save(note: NoteRecord, now: number): Promise<NoteRecord> {
      const stored: NoteRecord = { ...note, createdAt: note.createdAt || now, updatedAt: now };
      const id = await db.notes.put(stored);
      return { ...stored, id };
    },
    /** Deletes the note and answers it, so the user can undo. */
    async remove(id: number): Promise<NoteRecord | null> {
      return db.transaction('rw', db.notes, async () => {
        const note = await db.notes.get(id);
        if (note) await db.notes.delete(id);
        return note ?? null;
      });
    },
  };
}
