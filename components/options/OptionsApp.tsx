import { useEffect, useState } from 'preact/hooks';
import { AssignmentForm } from '@/components/shared/AssignmentForm';
import { Button } from '@/components/shared/Button';
import { ErrorBoundary } from '@/components/shared/ErrorBoundary';
import { type Assignment, assignmentOf } from '@/utils/audit/requirements';
import type { Setup } from '@/utils/audit/setup';
import { errorMessage, type OptionsTranslator } from '@/utils/i18n/translator';
import { roleWord } from '@/utils/labels/labels';
import type { Profile } from '@/utils/profile/profile-schema';
import type { ReminderSchedule } from '@/utils/reminders/schedule';
import { assignmentSuggestions } from '@/utils/setup/title-suggestions';
import { type DataActions, DataSection } from './DataSection';
import { OrganizationSection, type OrganizationSectionActions } from './OrganizationSection';
import { ProfileImport } from './ProfileImport';
import { ReminderScheduleForm } from './ReminderScheduleForm';

export interface OptionsActions {
  loadSetup(): Promise<Setup>;
  /** Titles of the user's group chats from the stored snapshot, for suggestions. */
  loadChatTitles(): Promise<string[]>;
  saveProfile(profile: Profile): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  /** The organization's browser policy sets the profile (then it cannot be replaced here). */
  loadProfileManaged(): Promise<boolean>;
  resetProfile(): Promise<void>;
  saveAssignment(assignment: Assignment): Promise<void>;
  loadSchedule(): Promise<ReminderSchedule>;
  saveSchedule(schedule: ReminderSchedule): Promise<ReminderSchedule>;
  data: DataActions;
  organization: OrganizationSectionActions;
  reportUrl: string;
}

/** In place of a section that failed to render: what happened, and that the data section still works. */
function SectionFailed({ t, error }: { t: OptionsTranslator; error: unknown }) {
  return (
    <section class="card">
      <p class="message message--problem" role="alert" data-testid="section-failed">
        {t.t('sectionFailed', { error: errorMessage(error) })}
      </p>
    </section>
  );
}

/** Stored values that no longer parse and so fell back: said in words, with what to do. */
function SetupUnreadable({ t, setup }: { t: OptionsTranslator; setup: Setup }) {
  const problems = setup.unreadable ?? [];
  if (problems.length === 0) return null;
  return (
    <div class="message message--problem" role="alert" data-testid="setup-unreadable">
      {problems.includes('profile') && <p>{t.t('setupUnreadableProfile')}</p>}
      {problems.includes('assignment') && <p>{t.t('setupUnreadableAssignment')}</p>}
      {problems.includes('overrides') && <p>{t.t('setupUnreadableOverrides')}</p>}
    </div>
  );
}

/**
 * The options page: the profile in force and its import, the user's roles, reminders, and the data section. Each
 * part renders on its own: a part that fails (or a setup that cannot be loaded) leaves the data section — backup,
 * restore, wipe — reachable.
 */
export function OptionsApp({ t, actions }: { t: OptionsTranslator; actions: OptionsActions }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const reload = async () => {
    try {
      setSetup(await actions.loadSetup());
      setLoadError(null);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
    setVersion((n) => n + 1);
  };
  useEffect(() => {
    void reload();
  }, []);

  return (
    <main class="options" aria-busy={setup === null && loadError === null}>
      <h1>{t.t('optionsTitle')}</h1>
      {loadError && (
        <p class="message message--problem" role="alert" data-testid="setup-load-failed">
          {t.t('setupLoadFailed', { error: loadError })}
        </p>
      )}
      {setup && (
        // After a reload (a restore, an undo, a new profile) a part that failed gets another chance.
        <ErrorBoundary resetKey={setup} fallback={(error) => <SectionFailed t={t} error={error} />}>
          <SetupSections t={t} actions={actions} setup={setup} version={version} reload={reload} setSetup={setSetup} />
        </ErrorBoundary>
      )}

      <section aria-labelledby="organization-heading" class="card">
        <h2 id="organization-heading">{t.t('organizationHeading')}</h2>
        <ErrorBoundary fallback={(error) => <SectionFailed t={t} error={error} />}>
          <OrganizationSection t={t} actions={actions.organization} />
        </ErrorBoundary>
      </section>

      <section aria-labelledby="data-heading" class="card">
        <h2 id="data-heading">{t.t('dataHeading')}</h2>
        <ErrorBoundary fallback={(error) => <SectionFailed t={t} error={error} />}>
          <DataSection
            t={t}
            reportUrl={actions.reportUrl}
            actions={{
              ...actions.data,
              restoreBackup: async (text, mode) => {
                const result = await actions.data.restoreBackup(text, mode);
                if (result.ok) await reload();
                return result;
              },
              undoRestore: async () => {
                const result = await actions.data.undoRestore();
                if (result.ok) await reload();
                return result;
              },
              wipeAll: async () => {
                await actions.data.wipeAll();
                await reload();
              },
            }}
          />
        </ErrorBoundary>
      </section>
    </main>
  );
}

interface SetupSectionsProps {
  t: OptionsTranslator;
  actions: OptionsActions;
  setup: Setup;
  version: number;
  reload(): Promise<void>;
  setSetup(setup: Setup): void;
}

/** The profile in force and its import, the user's roles, the reminders: what depends on the stored setup. */
function SetupSections({ t, actions, setup, version, reload, setSetup }: SetupSectionsProps) {
  const [titles, setTitles] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const [pickVersion, setPickVersion] = useState(0);
  const [schedule, setSchedule] = useState<ReminderSchedule | null>(null);
  const [managed, setManaged] = useState(false);
  useEffect(() => {
    actions.loadProfileManaged().then(setManaged, () => setManaged(false));
    actions.loadChatTitles().then(setTitles, () => setTitles([]));
    actions.loadSchedule().then(setSchedule, () => setSchedule(null));
  }, []);

  const { profile } = setup;
  const suggestions = assignmentSuggestions(titles, profile);
  const pickedPerson = profile.people.find((person) => person.name === picked);

  return (
    <>
      <SetupUnreadable t={t} setup={setup} />
      <section aria-labelledby="profile-heading" class="card">
        <h2 id="profile-heading">{t.t('profileHeading')}</h2>
        {managed && (
          <p class="message message--ok" data-testid="profile-managed">
            <strong>{t.t('profileManaged')}</strong> {t.t('profileManagedHint')}
          </p>
        )}
        <p data-testid="profile-current">
          {setup.profileSource === 'default'
            ? t.t('profileBuiltIn')
            : t.t('profileImported', {
                name: profile.organization.name,
                time: setup.profileImportedAt ? t.dateTime(setup.profileImportedAt) : '—',
              })}
        </p>
        <p class="hint">
          {t.t('profileStats', {
            rules: profile.rules.length,
            groups: profile.groups.length,
            people: profile.people.length,
          })}
        </p>
        <details>
          <summary>{t.t('profileRules')}</summary>
          <ul>
            {profile.rules.map((rule) => (
              <li key={rule.id}>
                {roleWord(rule.role, t)}: «{rule.title}» — {t.t('clause', { clause: rule.clause })}
              </li>
            ))}
          </ul>
        </details>
        {!managed && (
          <ProfileImport
            t={t}
            current={profile}
            onApply={async (next) => {
              const answer = await actions.saveProfile(next);
              if (answer.ok) await reload();
              return answer;
            }}
          />
        )}
        {setup.profileSource === 'imported' && !managed && (
          <Button
            variant="secondary"
            onClick={async () => {
              await actions.resetProfile();
              await reload();
              setNotice(t.t('profileResetDone'));
            }}
          >
            {t.t('profileReset')}
          </Button>
        )}
        {notice && (
          <p class="message message--ok" role="status">
            {notice}
          </p>
        )}
      </section>

      <section aria-labelledby="roles-heading" class="card">
        <h2 id="roles-heading">{t.t('assignmentHeading')}</h2>
        <p class="hint">{t.t('assignmentHint')}</p>
        {profile.people.length > 0 && (
          <p>
            <label>
              {t.t('personPick')}{' '}
              <select
                data-testid="person-pick"
                value={picked}
                onChange={(event) => {
                  setPicked(event.currentTarget.value);
                  setPickVersion((n) => n + 1);
                }}
              >
                <option value="">{t.t('personPickNone')}</option>
                {profile.people.map((person) => (
                  <option key={person.name} value={person.name}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
        <AssignmentForm
          key={`${version}-${pickVersion}`}
          t={t}
          idPrefix="sverka-options-assignment"
          initial={pickedPerson ? assignmentOf(pickedPerson) : setup.assignment}
          groupSuggestions={suggestions.groups}
          disciplineSuggestions={suggestions.disciplines}
          onSave={async (assignment) => {
            await actions.saveAssignment(assignment);
            setSetup(await actions.loadSetup());
          }}
        />
      </section>

      <section aria-labelledby="reminders-heading" class="card">
        <h2 id="reminders-heading">{t.t('remindersHeading')}</h2>
        <p class="hint">{t.t('remindersHint')}</p>
        {schedule && <ReminderScheduleForm t={t} initial={schedule} onSave={actions.saveSchedule} />}
      </section>
    </>
  );
}
