import { useState } from 'preact/hooks';
import type { NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { auditNoteSubject } from '@/utils/labels/labels';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';
import { NoteEditor } from './NoteEditor';

interface Props {
  t: Translator;
  notes: NoteRecord[];
  /** What a note is about, in words («К чату «ИСП-22 — родители»»). */
  subjectLabel(note: NoteRecord): string;
  actions: NoteActions;
}

/** Every note, newest first, with a search over text and subject; the general note on the audit on top. */
export function NotesTab({ t, notes, subjectLabel, actions }: Props) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  // By creation, not by last edit: a note being typed in must not jump (and lose focus) on autosave.
  const ordered = [...notes].sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
  const shown = needle
    ? ordered.filter((note) => `${note.text} ${subjectLabel(note)}`.toLowerCase().includes(needle))
    : ordered;
  const general = notes.find((note) => note.subjectType === 'audit') ?? null;
  return (
    <section class="notes">
      <h2 class="section-heading">{auditNoteSubject(t)}</h2>
      <NoteEditor
        key="audit"
        t={t}
        subject={{ subjectType: 'audit', subjectKey: '' }}
        note={general}
        actions={actions}
      />
      <label class="notes__search">
        {t.t('notesSearch')}
        <input
          type="search"
          data-testid="notes-search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {notes.length === 0 && <p class="empty">{t.t('notesNone')}</p>}
      {notes.length > 0 && shown.length === 0 && <p class="empty">{t.t('notesNoMatch')}</p>}
      <ul class="notes__list">
        {shown
          .filter((note) => note.subjectType !== 'audit')
          .map((note) => (
            <li key={note.id} class="notes__item" data-testid="note-item">
              <p class="notes__subject">{subjectLabel(note)}</p>
              <NoteEditor
                t={t}
                subject={{ subjectType: note.subjectType, subjectKey: note.subjectKey }}
                note={note}
                actions={actions}
              />
            </li>
          ))}
      </ul>
    </section>
  );
}
