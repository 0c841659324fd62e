import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import type { OrgGroup } from '@/utils/organization/organization-model';
import { OrgGroupTable } from './OrgGroupTable';

interface Props {
  t: Translator;
  o: OrgText;
  groups: OrgGroup[];
  /** A print is under way: every group's table is rendered, whatever is open on screen. */
  printing: boolean;
}

const percentText = (percent: number | null) => (percent === null ? '—' : `${percent}%`);

/**
 * Each group whole. Every group's line (name, coverage, counts by status) is always there; its table (300 people ×
 * 20 chats are 6,000 rows) is rendered only once the administrator opens the group, or for printing.
 */
export function OrgGroups({ t, o, groups, printing }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  if (groups.length === 0) return null;
  const allOpen = groups.every((group) => open.has(group.group));
  const toggle = (group: string) =>
    setOpen((before) => {
      const after = new Set(before);
      if (!after.delete(group)) after.add(group);
      return after;
    });
  return (
    <section class="report-section" data-testid="org-groups">
      <h2>{o('orgGroupsHeading')}</h2>
      <p class="hint no-print">
        {o('orgGroupsHint')}{' '}
        <Button
          variant="secondary"
          small
          data-testid="org-groups-all"
          onClick={() => setOpen(allOpen ? new Set() : new Set(groups.map((group) => group.group)))}
        >
          {o(allOpen ? 'orgGroupsCloseAll' : 'orgGroupsOpenAll')}
        </Button>
      </p>
      {groups.map((group) => {
        const shown = printing || open.has(group.group);
        return (
          <div class="org-group" key={group.group} data-testid="org-group" data-group={group.group} data-open={shown}>
            <h3 class="org-group__heading">
              <button
                type="button"
                class="org-group__toggle"
                aria-expanded={shown}
                data-testid="org-group-toggle"
                onClick={() => toggle(group.group)}
              >
                <span class="org-group__name">{group.group}</span> —{' '}
                <span
                  data-testid="org-group-coverage"
                  data-group={group.group}
                  data-percent={group.coverage.percent ?? ''}
                >
                  {o('orgGroupCoverage', { percent: percentText(group.coverage.percent) })}
                </span>
                <span class="org-group__counts" data-total={group.counts.total}>
                  {o('orgGroupCounts', {
                    requirements: o.n('orgGroupRequirements', group.counts.total),
                    ok: group.counts.ok,
                    missing: group.counts.missing,
                    incomplete: group.counts.incomplete,
                    ambiguous: group.counts.ambiguous,
                    unknown: group.counts.unknown,
                  })}
                </span>
              </button>
            </h3>
            {shown && <OrgGroupTable t={t} o={o} group={group} />}
          </div>
        );
      })}
    </section>
  );
}
