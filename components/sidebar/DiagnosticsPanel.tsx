import { useRef, useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { Translator } from '@/utils/i18n/translator';

interface Props {
  t: Translator;
  /** Made when the panel opens or is copied, so the counts are current. */
  lines(): string[];
}

/**
 * «Что видит Сверка»: what MAX web's frames and page looked like to Сверка, shapes and counts only, with a button
 * that copies the same text for a bug report.
 */
export function DiagnosticsPanel({ t, lines }: Props) {
  const [text, setText] = useState('');
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const refresh = () => {
    const next = lines().join('\n');
    setText(next);
    return next;
  };
  const copyText = async () => {
    const current = refresh();
    try {
      await navigator.clipboard.writeText(current);
      setCopy('done');
    } catch {
      // The page may not grant the clipboard: the text is selected for Ctrl+C.
      area.current?.select();
      setCopy('failed');
    }
  };
  return (
    <details
      class="diagnostics"
      data-testid="diagnostics"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) refresh();
      }}
    >
      <summary>{t.t('diagTitle')}</summary>
      <p class="hint">{t.t('diagIntro')}</p>
      <textarea
        ref={area}
        class="diagnostics__text"
        readOnly
        rows={10}
        value={text}
        aria-label={t.t('diagTitle')}
        data-testid="diagnostics-text"
      />
      <Button data-testid="diagnostics-copy" onClick={copyText}>
        {t.t('diagCopy')}
      </Button>
      {copy !== 'idle' && (
        <span role="status" class="hint">
          {copy === 'done' ? t.t('diagCopied') : t.t('diagCopyFailed')}
        </span>
      )}
    </details>
  );
}
