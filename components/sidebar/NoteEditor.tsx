import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { NoteRecord, NoteSubject } from '@/utils/db/database';
import { errorMessage, type Translator } from '@/utils/i18n/translator';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';

interface Props {
  t: Translator;
  subject: { subjectType: NoteSubject; subjectKey: string };
  note: NoteRecord | null;
  actions: NoteActions;
}

/** Saves this long after the last keystroke; also on blur and when the tab is hidden or closed. */
const AUTOSAVE_MS = 600;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/** A note with autosave: what is typed is never dropped, even when saving fails. */
export function NoteEditor({ t, subject, note, actions }: Props) {
  const [text, setText] = useState(note?.text ?? '');
  const [due, setDue] = useState(note?.due ?? '');
  const [done, setDone] = useState(note?.done ?? false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const stored = useRef<NoteRecord | null>(note);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ text, due, done });
  latest.current = { text, due, done };

  // Saves of this note run one after another: a save waits for the one before it, so a slow first save (which gives
  // the note its id) and more typing never create a second note.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveNow = async () => {
    if (!dirty.current) return;
    const { text: body, due: dueDate, done: isDone } = latest.current;
    if (!body.trim() && !stored.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      const draft: NoteRecord = {
        ...(stored.current ?? { ...subject, createdAt: 0 }),
        text: body,
        done: isDone,
        updatedAt: 0,
      };
      if (dueDate) draft.due = dueDate;
      else delete draft.due;
      stored.current = await actions.save(draft);
      setState(dirty.current ? { kind: 'idle' } : { kind: 'saved' });
    } catch (error) {
      dirty.current = true;
      setState({ kind: 'failed', error: errorMessage(error) });
    }
  };
  /** Runs after every save already asked for; answers when this one is done. */
  const inTurn = (work: () => Promise<void>): Promise<void> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => {});
    return next;
  };
  const save = () => {
    clearTimeout(timer.current);
    return inTurn(saveNow);
  };
  const change = (patch: () => void) => {
    patch();
    dirty.current = true;
    setState({ kind: 'idle' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const leave = () => void save();
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', leave);
      void save();
    };
  }, []);

  if (deleted) {
    return (
      <p class="note note--deleted" role="status">
        {t.t('noteDeleted')}{' '}
        <Button
          variant="secondary"
          small
          onClick={() =>
            inTurn(async () => {
              stored.current = await actions.save(deleted);
              setDeleted(null);
            })
          }
        >
          {t.t('noteUndo')}
        </Button>
      </p>
    );
  }

  const id = `note-${subject.subjectType}-${subject.subjectKey}`.replace(/[^\w-]/g, '_');
  return (
    <div class="note">
      <label class="visually-hidden" for={id}>
        {t.t('noteLabel')}
      </label>
      <textarea
        id={id}
        data-testid="note-editor"
        rows={3}
        maxLength={20_000}
        value={text}
        placeholder={t.t('notePlaceholder')}
        onInput={(event) => change(() => setText(event.currentTarget.value))}
        onBlur={() => void save()}
      />
      <div class="note__meta">
        <label>
          {t.t('noteDue')}{' '}
          <input type="date" value={due} onChange={(event) => change(() => setDue(event.currentTarget.value))} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={done}
            onChange={(event) => change(() => setDone(event.currentTarget.checked))}
          />{' '}
          {t.t('noteDone')}
        </label>
      </div>
      <div class="note__actions">
        <Button
          small
          data-testid="note-save"
          onClick={() => {
            dirty.current = true;
            void save();
          }}
        >
          {t.t('noteSave')}
        </Button>
        {stored.current?.id !== undefined && (
          <Button
            variant="secondary"
            small
            data-testid="note-delete"
            onClick={() =>
              inTurn(async () => {
                const id = stored.current?.id;
                if (id === undefined) return;
                const removed = await actions.remove(id);
                stored.current = null;
                dirty.current = false;
                setText('');
                if (removed) setDeleted(removed);
              })
            }
          >
            {t.t('noteDelete')}
          </Button>
        )}
        <span class={`note__state note__state--${state.kind}`} role="status" data-testid="note-state">
          {state.kind === 'saving' && t.t('noteSaving')}
          {state.kind === 'saved' && t.t('noteSaved')}
        </span>
      </div>
      {state.kind === 'failed' && (
        <p class="message message--problem" role="alert">
          {t.t('noteUnsaved', { error: state.error })}
        </p>
      )}
    </div>
  );
}
