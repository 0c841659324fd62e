import { type ReadonlySignal, signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { Translator } from '@/utils/i18n/translator';
import type { LoadAllOutcome } from '@/utils/max/dom/load-all-chats';
import type { StartLoadAll } from '@/utils/sidebar/sidebar-types';

export type LoadAllState =
  | { phase: 'idle' }
  | { phase: 'running'; known: number }
  | { phase: 'finished'; outcome: LoadAllOutcome };

/**
 * One «Загрузить все чаты» run for the whole sidebar: the button under the status line and the one in an «неизвестно»
 * row start the same run and show the same progress.
 */
export interface LoadAllControl {
  readonly state: ReadonlySignal<LoadAllState>;
  /** Starts a run, unless one is running. */
  run(): void;
  /** Stops the run; it ends as «stopped». */
  stop(): void;
  /** Stops the run and forgets it: the next one starts afresh. */
  release(): void;
}

/** A run that lives as long as the component that holds it (a run still going when it unmounts is stopped). */
export function useLoadAll(start: StartLoadAll): LoadAllControl {
  const latest = useRef(start);
  latest.current = start;
  const control = useMemo((): LoadAllControl => {
    const state = signal<LoadAllState>({ phase: 'idle' });
    let controller: AbortController | null = null;
    return {
      state,
      run() {
        if (state.peek().phase === 'running') return;
        const current = new AbortController();
        controller = current;
        state.value = { phase: 'running', known: 0 };
        const finish = (outcome: LoadAllOutcome) => {
          if (controller === current) state.value = { phase: 'finished', outcome };
        };
        latest
          .current(current.signal, (known) => {
            if (controller === current && !current.signal.aborted) state.value = { phase: 'running', known };
          })
          .then(finish, () => finish('stuck'));
      },
      stop() {
        controller?.abort();
      },
      release() {
        controller?.abort();
        controller = null;
        state.value = { phase: 'idle' };
      },
    };
  }, []);
  useEffect(() => () => control.release(), [control]);
  return control;
}

interface Props {
  t: Translator;
  control: LoadAllControl;
}

const outcomeKey = {
  done: 'loadAllDone',
  stopped: 'loadAllHint',
  'no-list': 'loadAllNoList',
  stuck: 'loadAllStuck',
} as const;

/**
 * «Загрузить все чаты», with a progress line and a stop button. Shown while the list is partial; when it goes (the
 * list is whole, or the sidebar closes) a run still going stops.
 */
export function LoadAllChats({ t, control }: Props) {
  useEffect(() => () => control.release(), [control]);
  const state = control.state.value;
  return (
    <section class="load-all">
      {state.phase === 'running' ? (
        <>
          <p class="hint" role="status" data-testid="sverka-load-all-progress">
            {t.t('loadAllProgress', { n: state.known })}
          </p>
          <Button variant="secondary" onClick={() => control.stop()}>
            {t.t('loadAllStop')}
          </Button>
        </>
      ) : (
        <>
          <Button data-testid="sverka-load-all" onClick={() => control.run()}>
            {t.t('loadAll')}
          </Button>
          <p class="hint" role={state.phase === 'finished' ? 'status' : undefined}>
            {state.phase === 'finished' ? t.t(outcomeKey[state.outcome]) : t.t('loadAllHint')}
          </p>
        </>
      )}
    </section>
  );
}

/** The same run from an «неизвестно» row: the button, or while it runs, what is going on. */
export function LoadAllButton({ t, control }: Props) {
  const running = control.state.value.phase === 'running';
  return (
    <Button small data-testid="requirement-load-all" disabled={running} onClick={() => control.run()}>
      {running ? t.t('loadAllRunning') : t.t('loadAll')}
    </Button>
  );
}
