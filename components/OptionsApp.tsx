import { useEffect, useState } from 'preact/hooks';
import { type Assignment, assignmentOf } from '@/utils/audit/requirements';
import { assignmentSuggestions } from '@/utils/audit-view/sidebar-model';
import type { Setup } from '@/utils/db/setup-repository';
import type { OptionsTranslator } from '@/utils/i18n/translator';
import type { Profile } from '@/utils/profile/profile-schema';
import type { ReminderSchedule } from '@/utils/reminders/schedule';
import { AssignmentForm, roleLabelKey } from './AssignmentForm';
import { type DataActions, DataSection } from './DataSection';
import { ProfileImport } from './ProfileImport';
import { ReminderScheduleForm } from './ReminderScheduleForm';

export interface OptionsActions {
  loadSetup(): Promise<Setup>;
  /** Titles of the user's group chats from the stored snapshot, for suggestions. */
  loadChatTitles(): Promise<string[]>;
  saveProfile(profile: Profile): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  resetProfile(): Promise<void>;
  saveAssignment(assignment: Assignment): Promise<void>;
  loadSchedule(): Promise<ReminderSchedule>;
  saveSchedule(schedule: ReminderSchedule): Promise<ReminderSchedule>;
  data: DataActions;
  reportUrl: string;
}

/** The options page: the profile in force and its import, and the user's roles. */
export function OptionsApp({ t, actions }: { t: OptionsTranslator; actions: OptionsActions }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [titles, setTitles] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const [schedule, setSchedule] = useState<ReminderSchedule | null>(null);

  const reload = async () => {
    setSetup(await actions.loadSetup());
    setVersion((n) => n + 1);
  };
  useEffect(() => {
    void reload();
    void actions.loadChatTitles().then(setTitles);
    void actions.loadSchedule().then(setSchedule);
  }, []);

  if (!setup) return <main class="options" aria-busy="true" />;
  const { profile } = setup;
  const suggestions = assignmentSuggestions(titles, profile);
  const pickedPerson = profile.people.find((person) => person.name === picked);

  return (
    <main class="options">
      <h1>{t.t('optionsTitle')}</h1>

      <section aria-labelledby="profile-heading" class="card">
        <h2 id="profile-heading">{t.t('profileHeading')}</h2>
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
                {t.t(roleLabelKey[rule.role])}: «{rule.title}» — {t.t('clause', { clause: rule.clause })}
              </li>
            ))}
          </ul>
        </details>
        <ProfileImport
          t={t}
          current={profile}
          onApply={async (next) => {
            const answer = await actions.saveProfile(next);
            if (answer.ok) await reload();
            return answer;
          }}
        />
        {setup.profileSource === 'imported' && (
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => {
              await actions.resetProfile();
              await reload();
              setNotice(t.t('profileResetDone'));
            }}
          >
            {t.t('profileReset')}
          </button>
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
                  setVersion((n) => n + 1);
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
          key={version}
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

      <section aria-labelledby="data-heading" class="card">
        <h2 id="data-heading">{t.t('dataHeading')}</h2>
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
            wipeAll: async () => {
              await actions.data.wipeAll();
              await reload();
            },
          }}
        />
      </section>
    </main>
  );
}
