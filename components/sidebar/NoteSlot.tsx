import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { NoteRecord, NoteSubject } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';
import { NoteEditor } from './NoteEditor';

interface Options {
  t: Translator;
  subject: { subjectType: NoteSubject; subjectKey: string };
  note: NoteRecord | null;
  actions: NoteActions;
}

/**
 * A row's note: the «Добавить заметку» button, which sits among the row's actions, and the editor, which takes the
 * row's width below them. One piece of state opens the editor, so the two are handed back apart for the row to place.
 */
export function useNoteSlot({ t, subject, note, actions }: Options): {
  button: ComponentChild;
  editor: ComponentChild;
} {
  const [open, setOpen] = useState(false);
  const shown = Boolean(note) || open;
  return {
    button: shown ? null : (
      <Button variant="secondary" small data-testid="note-open" onClick={() => setOpen(true)}>
        {t.t('noteAdd')}
      </Button>
    ),
    editor: shown ? <NoteEditor t={t} subject={subject} note={note} actions={actions} /> : null,
  };
}
