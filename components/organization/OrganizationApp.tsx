import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/shared/ErrorBoundary';
import type { SummaryRecord } from '@/utils/db/database';
import type { OrgText } from '@/utils/i18n/organization-messages';
import { errorMessage, type Translator } from '@/utils/i18n/translator';
import type { ImportResult } from '@/utils/organization/import-summaries';
import {
  buildOrganizationModel,
  DEFAULT_SUMMARY_MAX_AGE_DAYS,
  type OrganizationModel,
} from '@/utils/organization/organization-model';
import type { Profile } from '@/utils/profile/profile-schema';
import { OrganizationView } from './OrganizationView';
import { OrgImport } from './OrgImport';

export interface OrganizationData {
  profile: Profile;
  summaries: SummaryRecord[];
}

export interface OrganizationPageActions {
  load(): Promise<OrganizationData>;
  importFiles(files: File[]): Promise<ImportResult[]>;
  now(): number;
  print(): void;
  downloadCsv(model: OrganizationModel): void;
  downloadJson(model: OrganizationModel): void;
  /** The «устарела» threshold set on an earlier visit (the default when never set), and saving a new one. */
  loadMaxAgeDays(): Promise<number>;
  saveMaxAgeDays(days: number): Promise<void>;
  optionsUrl: string;
}

interface Props {
  t: Translator;
  o: OrgText;
  actions: OrganizationPageActions;
}

/**
 * The administrator's organization page (issue #17): staff summaries in, and the picture for the director — per
 * person, who sent nothing, coverage, per group, links to annul, coverage over time — printable as the report is.
 */
export function OrganizationApp({ t, o, actions }: Props) {
  const [data, setData] = useState<OrganizationData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [maxAgeDays, setMaxAgeDays] = useState(DEFAULT_SUMMARY_MAX_AGE_DAYS);
  const [maxAgeNotSaved, setMaxAgeNotSaved] = useState<string | null>(null);
  const show = (loaded: Promise<OrganizationData>) =>
    loaded.then(
      (shown) => {
        setData(shown);
        setLoadError(null);
      },
      (error) => setLoadError(errorMessage(error)),
    );
  const reload = () => show(actions.load());
  useEffect(() => {
    // The saved threshold comes with the data, so the page's model is built once, with it.
    const savedMaxAge = actions.loadMaxAgeDays().then(setMaxAgeDays, () => {});
    void show(Promise.all([actions.load(), savedMaxAge]).then(([loaded]) => loaded));
  }, []);
  const changeMaxAgeDays = (days: number) => {
    setMaxAgeDays(days);
    actions.saveMaxAgeDays(days).then(
      () => setMaxAgeNotSaved(null),
      (error) => setMaxAgeNotSaved(errorMessage(error)),
    );
  };
  const model = useMemo(
    () => (data ? buildOrganizationModel(data.profile, data.summaries, actions.now(), maxAgeDays) : null),
    [data, maxAgeDays],
  );

  return (
    <main class="report organization" data-testid="organization" aria-busy={data === null && loadError === null}>
      <header class="report-header">
        <h1>{o('orgTitle')}</h1>
        {model && (
          <dl class="report-meta">
            <dt>{o('orgOrganization')}</dt>
            <dd>{model.organization}</dd>
            <dt>{o('orgDate')}</dt>
            <dd>{t.dateTime(model.at)}</dd>
          </dl>
        )}
        <p class="hint">{o('orgIntro')}</p>
      </header>
      <OrgImport
        t={t}
        o={o}
        onImport={async (files) => {
          const results = await actions.importFiles(files);
          await reload();
          return results;
        }}
      />
      {loadError && (
        <p class="report-problem" role="alert">
          {o('orgLoadFailed', { error: loadError })}
        </p>
      )}
      {maxAgeNotSaved && (
        <p class="report-problem no-print" role="alert">
          {o('orgMaxAgeNotSaved', { error: maxAgeNotSaved })}
        </p>
      )}
      {!model && !loadError && <p class="report-loading">{o('orgLoading')}</p>}
      {model && data && (
        <ErrorBoundary
          resetKey={model}
          fallback={(error) => (
            <p class="report-problem" role="alert">
              {o('orgLoadFailed', { error: errorMessage(error) })}
            </p>
          )}
        >
          <OrganizationView
            t={t}
            o={o}
            model={model}
            profileHasPeople={data.profile.people.length > 0}
            actions={actions}
            maxAgeDays={maxAgeDays}
            onMaxAgeDays={changeMaxAgeDays}
          />
        </ErrorBoundary>
      )}
    </main>
  );
}
