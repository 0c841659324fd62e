import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '@/utils/i18n/translator';
import type { LoadAllOutcome } from '@/utils/max/dom/load-all-chats';

export type StartLoadAll = (signal: AbortSignal, onProgress: (known: number) => void) => Promise<LoadAllOutcome>;

interface Props {
  t: Translator;
  start: StartLoadAll;
}

type State = { phase: 'idle' } | { phase: 'running'; known: number } | { phase: 'finished'; outcome: LoadAllOutcome };

const outcomeKey = {
  done: 'loadAllDone',
  stopped: 'loadAllHint',
  'no-list': 'loadAllNoList',
  stuck: 'loadAllStuck',
} as const;

/** «Загрузить все чаты», with a progress line and a stop button. Shown while the list is partial. */
export function LoadAllChats({ t, start }: Props) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    controller.current = new AbortController();
    setState({ phase: 'running', known: 0 });
    const outcome = await start(controller.current.signal, (known) => setState({ phase: 'running', known }));
    setState({ phase: 'finished', outcome });
  };

  return (
    <section class="load-all">
      {state.phase === 'running' ? (
        <>
          <p class="hint" role="status" data-testid="sverka-load-all-progress">
            {t.t('loadAllProgress', { n: state.known })}
          </p>
          <button type="button" class="button button--secondary" onClick={() => controller.current?.abort()}>
            {t.t('loadAllStop')}
          </button>
        </>
      ) : (
        <>
          <button type="button" class="button" data-testid="sverka-load-all" onClick={run}>
            {t.t('loadAll')}
          </button>
          <p class="hint" role={state.phase === 'finished' ? 'status' : undefined}>
            {state.phase === 'finished' ? t.t(outcomeKey[state.outcome]) : t.t('loadAllHint')}
          </p>
        </>
      )}
    </section>
  );
}
