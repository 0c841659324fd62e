import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import { findingStatusWord, roleWord } from '@/utils/labels/labels';
import type { OrgGroup } from '@/utils/organization/organization-model';

interface Props {
  t: Translator;
  o: OrgText;
  group: OrgGroup;
}

/** One group whole: each required chat, who is responsible (curator or teacher), its status and the chat seen. */
export function OrgGroupTable({ t, o, group }: Props) {
  return (
    <div class="org-group__body">
      <table class="report-table" data-testid="org-group-table" data-group={group.group}>
        <caption class="visually-hidden">{group.group}</caption>
        <thead>
          <tr>
            <th scope="col">{o('orgColRequirement')}</th>
            <th scope="col">{o('orgColResponsible')}</th>
            <th scope="col">{o('orgColStatus')}</th>
            <th scope="col">{o('orgColEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row) => (
            <tr
              key={`${row.person}/${row.requirement.id}`}
              class={`report-row status-${row.requirement.notRequired ? 'not-required' : row.requirement.status}`}
              data-status={row.requirement.status}
            >
              <td>{row.requirement.title}</td>
              <td>
                {row.person}
                <span class="report-row__reasons">{roleWord(row.role, t)}</span>
              </td>
              <td class="report-status">{findingStatusWord(row.requirement, t)}</td>
              <td>
                {row.requirement.chat
                  ? `«${row.requirement.chat.title}», ${o.n('orgMembers', row.requirement.chat.members)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
