import { useState } from 'preact/hooks';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import { findingStatusWord } from '@/utils/labels/labels';
import type { Summary } from '@/utils/summary/summary-schema';

interface Props {
  t: Translator;
  o: OrgText;
  summary: Summary;
}

/**
 * What one person's MAX web showed, for the administrator's spot check: each required chat with the chat's title,
 * members and whether they own or administer it. Listed only once opened (300 people × 20 chats would otherwise be
 * 6,000 hidden items); the group tables show the same evidence on paper.
 */
export function OrgEvidence({ t, o, summary }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class="org-evidence" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{o('orgEvidenceHeading', { person: summary.person.name })}</summary>
      {open && (
        <ul>
          {summary.requirements.map((r) => (
            <li key={r.id}>
              {r.title}: {findingStatusWord(r, t)}
              {r.chat &&
                ` — «${r.chat.title}», ${o.n('orgMembers', r.chat.members)}, ${o(r.chat.ownerOrAdmin ? 'orgOwnerOrAdmin' : 'orgNotOwner')}`}
              {r.linkedByHand && ` (${o('orgLinkedByHand')})`}
              {r.notRequired && ` (${o('orgNotRequired', { reason: r.notRequired.reason })})`}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
