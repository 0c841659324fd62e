import { useState } from 'preact/hooks';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import type { ImportRefusal, ImportResult } from '@/utils/organization/import-summaries';

interface Props {
  t: Translator;
  o: OrgText;
  /** Reads and imports the files; answers one result per file. */
  onImport(files: File[]): Promise<ImportResult[]>;
}

function refusalText(refusal: ImportRefusal, t: Translator, o: OrgText): string {
  switch (refusal.kind) {
    case 'too-large':
      return o('orgRefusedTooLarge');
    case 'not-json':
      return o('orgRefusedNotJson');
    case 'not-summary':
      return o('orgRefusedNotSummary');
    case 'version':
      return o('orgRefusedVersion', { version: String(refusal.version) });
    case 'field':
      return o('orgRefusedField', { path: refusal.path, expected: refusal.expected });
    case 'organization':
      return o('orgRefusedOrganization', { organization: refusal.organization });
    case 'older':
      return o('orgRefusedOlder', { person: refusal.person, time: t.dateTime(refusal.keptAt) });
  }
}

type Outcome = { results: ImportResult[] } | { error: string } | null;

/** Staff summaries in: many files at once from the picker, or dropped on the page; each refused one named with why. */
export function OrgImport({ t, o, onImport }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const take = async (files: File[]) => {
    if (busy || files.length === 0) return;
    setBusy(true);
    try {
      setOutcome({ results: await onImport(files) });
    } catch (error) {
      setOutcome({ error: o('orgImportFailed', { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const refused = outcome && 'results' in outcome ? outcome.results.filter((r) => !r.ok) : [];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for the mouse; the file input in it is the keyboard's way
    <section
      class={`org-import no-print${over ? ' org-import--over' : ''}`}
      aria-busy={busy}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void take([...(event.dataTransfer?.files ?? [])]);
      }}
      data-testid="org-drop"
    >
      <label for="sverka-org-import">{o('orgImportLabel')}</label>
      <input
        id="sverka-org-import"
        type="file"
        multiple
        accept=".json,application/json"
        data-testid="org-import"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          void take([...(input.files ?? [])]).then(() => {
            input.value = '';
          });
        }}
      />
      <p class="hint">{busy ? o('orgImporting') : o('orgImportDrop')}</p>
      {outcome && 'error' in outcome && (
        <p class="message message--problem" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome && 'results' in outcome && (
        <p class="message message--ok" role="status" data-testid="org-import-result">
          {o('orgImportDone', { accepted: outcome.results.length - refused.length, refused: refused.length })}
        </p>
      )}
      {refused.length > 0 && (
        <div class="message message--problem" role="alert">
          <p>{o('orgRefusedHeading')}</p>
          <ul>
            {refused.map(
              (r) =>
                !r.ok && (
                  <li key={r.file} data-testid="org-refused" data-file={r.file} data-reason={r.refusal.kind}>
                    {r.file}: {refusalText(r.refusal, t, o)}
                  </li>
                ),
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
