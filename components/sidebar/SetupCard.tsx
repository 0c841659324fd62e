import { useState } from 'preact/hooks';
import { AssignmentForm } from '@/components/shared/AssignmentForm';
import { Button } from '@/components/shared/Button';
import type { Assignment } from '@/utils/audit/requirements';
import type { Translator } from '@/utils/i18n/translator';
import { roleWord } from '@/utils/labels/labels';
import type { ProfilePerson } from '@/utils/profile/profile-schema';
import type { TeachingGrid } from '@/utils/setup/teaching-grid';

interface Props {
  t: Translator;
  /** The person of the profile whose name matches the MAX profile, if any. */
  proposal: ProfilePerson | null;
  current: Assignment | null;
  groupSuggestions: string[];
  disciplineSuggestions: string[];
  onSave(assignment: Assignment): Promise<void>;
  onConfirmProposal(person: ProfilePerson): Promise<void>;
  /** The teacher's groups × disciplines table, pre-ticked (from the staff list or the chat titles). */
  teachingGrid?: () => TeachingGrid;
}

/** The first run: «это вы?» with one click, or the roles by hand, right in the sidebar. */
export function SetupCard({ t, proposal, current, onConfirmProposal, ...formProps }: Props) {
  const [manual, setManual] = useState(proposal === null);
  const [error, setError] = useState<string | null>(null);
  const describeRoles = (person: ProfilePerson) =>
    person.roles
      .map((role) => [roleWord(role.role, t), role.group, role.discipline].filter(Boolean).join(' · '))
      .join('; ');

  return (
    <section class="setup" aria-labelledby="sverka-setup-heading" data-testid="setup-card">
      <h2 id="sverka-setup-heading" class="section-heading">
        {current ? t.t('changeRoles') : t.t('setupHeading')}
      </h2>
      {!current && <p class="hint">{t.t('setupIntro')}</p>}
      {proposal && !manual && (
        <div class="proposal">
          <p>{t.t('assignmentProposal', { name: proposal.name })}</p>
          <p class="hint">{t.t('assignmentProposalRoles', { roles: describeRoles(proposal) })}</p>
          <div class="proposal__actions">
            <Button
              data-testid="assignment-confirm"
              onClick={async () => {
                try {
                  await onConfirmProposal(proposal);
                } catch (failure) {
                  setError(t.saveError(failure));
                }
              }}
            >
              {t.t('assignmentConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setManual(true)}>
              {t.t('assignmentManual')}
            </Button>
          </div>
          {error && (
            <p class="message message--problem" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {manual && <AssignmentForm t={t} initial={current} idPrefix="sverka-sidebar-assignment" {...formProps} />}
    </section>
  );
}
