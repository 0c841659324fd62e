import type { Finding } from '@/utils/audit/audit';
import type { NoteRecord } from '@/utils/db/database';
import { localIsoDate } from '@/utils/i18n/dates';
import type { ReportText } from '@/utils/i18n/report-messages';
import type { Translator } from '@/utils/i18n/translator';
import { displayDue, noteSubjectLabel } from '@/utils/labels/labels';
import type { MaxId } from '@/utils/max/bridge-events';

interface Props {
  t: Translator;
  r: ReportText;
  /** In to-do order (open with a due date first). */
  notes: NoteRecord[];
  findings: readonly Finding[];
  chatTitles: ReadonlyMap<MaxId, string>;
  /** The report's date: a due date before it is overdue. */
  at: number;
}

/** The user's notes: open to-dos with due dates first (overdue said in words), then the rest, done last. */
export function ReportNotes({ t, r, notes, findings, chatTitles, at }: Props) {
  const today = localIsoDate(at);
  return (
    <section class="report-section" data-testid="report-notes">
      <h2>{r('reportNotes')}</h2>
      {notes.length === 0 && <p class="empty">{r('reportNotesNone')}</p>}
      <ul class="report-notes">
        {notes.map((note) => {
          const overdue = !note.done && note.due !== undefined && note.due !== '' && note.due < today;
          return (
            <li
              key={note.id}
              class={`report-note${note.done ? ' report-note--done' : ''}`}
              data-done={note.done ? 'true' : 'false'}
            >
              <p class="report-note__head">
                <strong>{note.done ? `✓ ${r('reportNoteDone')}` : `☐ ${r('reportNoteOpen')}`}</strong>
                {note.due && (
                  <span class={overdue ? 'report-note__due report-note__due--overdue' : 'report-note__due'}>
                    {r(overdue ? 'reportNoteOverdue' : 'reportNoteDue', { due: displayDue(note.due, t.lang) })}
                  </span>
                )}
                <span class="report-note__subject">{noteSubjectLabel(note, t, findings, chatTitles)}</span>
              </p>
              <p class="report-note__text">{note.text}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
