import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { Finding } from '@/utils/audit/audit';
import type { OverrideRecord } from '@/utils/audit/setup';
import { bulkCandidates, MAX_REASON_LENGTH, notRequiredOverrides } from '@/utils/audit-view/bulk-override';
import type { Translator } from '@/utils/i18n/translator';

interface Props {
  t: Translator;
  findings: readonly Finding[];
  onOverride(override: OverrideRecord): Promise<void>;
  onUndoOverride(requirementId: string): Promise<void>;
}

/**
 * «Не требуется» for several requirements at once: tick them, give one reason, one action. Each becomes the same
 * override a single «не требуется» stores (its row's «Отменить» undoes it), and «Отменить» here undoes them all.
 */
export function BulkNotRequired({ t, findings, onOverride, onUndoOverride }: Props) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [marked, setMarked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const candidates = bulkCandidates(findings);
  const records = notRequiredOverrides(candidates, chosen, reason, 0);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  // One at a time, each stored as it goes: what was stored before a failure is still undone by «Отменить».
  const each = async (ids: string[], action: (id: string) => Promise<void>, done: string[]) => {
    setBusy(true);
    setError(null);
    try {
      for (const id of ids) {
        await action(id);
        done.push(id);
      }
    } catch (failure) {
      setError(t.saveError(failure));
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    const now = Date.now();
    const toStore = notRequiredOverrides(candidates, chosen, reason, now);
    if (!toStore) return;
    const done: string[] = [];
    await each(
      toStore.map((record) => record.requirementId),
      (id) => onOverride(toStore.find((record) => record.requirementId === id) as OverrideRecord),
      done,
    );
    setMarked(done);
    if (done.length === toStore.length) {
      setOpen(false);
      setChosen(new Set());
      setReason('');
    }
  };
  const undo = async () => {
    const undone: string[] = [];
    await each(marked, onUndoOverride, undone);
    setMarked(marked.filter((id) => !undone.includes(id)));
  };

  return (
    <div class="bulk">
      {marked.length > 0 && (
        <p class="bulk__done" role="status" data-testid="bulk-done">
          {t.tn('bulkDone', marked.length)}{' '}
          <Button variant="secondary" small data-testid="bulk-undo" disabled={busy} onClick={undo}>
            {t.t('undoOverride')}
          </Button>
        </p>
      )}
      {!open && candidates.length >= 2 && (
        <Button
          variant="secondary"
          small
          data-testid="bulk-not-required"
          onClick={() => {
            setOpen(true);
            setMarked([]);
          }}
        >
          {t.t('bulkOpen')}
        </Button>
      )}
      {open && (
        <form
          class="inline-form bulk__form"
          onSubmit={(event) => {
            event.preventDefault();
            void apply();
          }}
        >
          <fieldset class="bulk__choices">
            <legend>{t.t('bulkLegend')}</legend>
            {candidates.map(({ requirement }) => (
              <label key={requirement.id} class="bulk__choice">
                <input
                  type="checkbox"
                  data-testid="bulk-choice"
                  data-requirement-id={requirement.id}
                  checked={chosen.has(requirement.id)}
                  onChange={(event) => toggle(requirement.id, event.currentTarget.checked)}
                />
                {requirement.suggestedTitle}
              </label>
            ))}
          </fieldset>
          <label>
            {t.t('notRequiredReason')}
            <input
              data-testid="bulk-reason"
              value={reason}
              maxLength={MAX_REASON_LENGTH}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </label>
          <Button type="submit" small data-testid="bulk-apply" disabled={!records || busy}>
            {t.t('bulkApply')}
          </Button>
          <Button variant="secondary" small onClick={() => setOpen(false)}>
            {t.t('cancel')}
          </Button>
          {!records && <p class="hint">{t.t('bulkHint')}</p>}
        </form>
      )}
      {error && (
        <p class="message message--problem" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
