import type { FindingStatus } from '@/utils/audit/audit';
import { describeReason } from '@/utils/audit/reason-text';
import type { FindingGroup } from '@/utils/audit-view/group-findings';
import type { ReportText } from '@/utils/i18n/report-messages';
import type { Translator } from '@/utils/i18n/translator';
import { findingChatTitle, findingStatusCode, findingStatusWord, roleWord } from '@/utils/labels/labels';
import type { MaxId } from '@/utils/max/bridge-events';

interface Props {
  t: Translator;
  r: ReportText;
  groups: FindingGroup[];
  chatTitles: ReadonlyMap<MaxId, string>;
}

/** A sign beside the status word, so the status reads in black and white too (the word is what counts). */
const STATUS_SIGN: Record<FindingStatus | 'not-required', string> = {
  ok: '✓',
  'not-required': '—',
  incomplete: '!',
  ambiguous: '?',
  missing: '✗',
  unknown: '…',
};

/** Per group, then role: each required chat with its status, the chat found and the regulation's clause. */
export function ReportRequirements({ t, r, groups, chatTitles }: Props) {
  return (
    <section class="report-section" data-testid="report-requirements">
      <h2>{r('reportRequirements')}</h2>
      {groups.length === 0 && <p class="empty">{r('reportRequirementsNone')}</p>}
      {groups.map((group) => (
        <table class="report-table" key={group.group ?? ''}>
          <caption>{group.group ? t.t('groupHeading', { group: group.group }) : r('reportNoGroup')}</caption>
          <thead>
            <tr>
              <th scope="col">{r('reportColRequirement')}</th>
              <th scope="col">{r('reportColRole')}</th>
              <th scope="col">{r('reportColStatus')}</th>
              <th scope="col">{r('reportColChat')}</th>
              <th scope="col">{r('reportColClause')}</th>
            </tr>
          </thead>
          <tbody>
            {group.findings.map((finding) => {
              const code = findingStatusCode(finding);
              const reasons = finding.reasons.map((reason) => describeReason(reason, t.lang)).join('; ');
              return (
                <tr
                  key={finding.requirement.id}
                  class={`report-row status-${code}`}
                  data-requirement-id={finding.requirement.id}
                  data-status={code}
                >
                  <td>
                    <span class="report-row__title">{finding.requirement.suggestedTitle}</span>
                    {reasons && <span class="report-row__reasons">{reasons}</span>}
                  </td>
                  <td>{roleWord(finding.requirement.role, t)}</td>
                  <td class="report-status">
                    <span aria-hidden="true">{STATUS_SIGN[code]} </span>
                    {findingStatusWord(finding, t)}
                  </td>
                  <td>{findingChatTitle(finding, chatTitles) ?? '—'}</td>
                  <td>{t.t('clause', { clause: finding.requirement.clause })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
