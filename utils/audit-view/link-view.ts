/** How an invite link finding reads in the page and the sidebar: a short label, a tooltip, the advice. */

import type { LinkRecord } from '../db/database';
import type { Translator } from '../i18n/translator';
import type { AnnulGroup } from '../links/annul-order';
import { describeLinkEvidence } from '../links/link-evidence-text';
import type { LinkFinding, LinkStatus } from '../links/link-status';
import type { MaxId } from '../max/bridge-events';

export const linkStatusKey = {
  used: 'linkStatusUsed',
  unused: 'linkStatusUnused',
  stale: 'linkStatusStale',
  revoked: 'linkStatusRevoked',
  unknown: 'linkStatusUnknown',
} as const satisfies Record<LinkStatus, string>;

const adviceKey = {
  used: null,
  unused: 'linkAdviceUnused',
  stale: 'linkAdviceStale',
  revoked: 'linkAdviceRevoked',
  unknown: 'linkAdviceUnknown',
} as const satisfies Record<LinkStatus, string | null>;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** «устарела · 37 дней»: what the badge beside a link in a message says. */
export function linkLabel(finding: LinkFinding, t: Translator): string {
  const status = t.t(linkStatusKey[finding.status]);
  return finding.ageDays === undefined ? status : `${status} · ${t.tn('linkAgeDays', finding.ageDays)}`;
}

/** What Сверка knows, in words, and what to do. */
export function linkExplanation(finding: LinkFinding, t: Translator): string {
  const evidence = finding.evidence
    .filter((e) => e.code !== 'own-link-quiet')
    .map((e) => describeLinkEvidence(e, t.lang));
  const advice = adviceKey[finding.status];
  const sentence = evidence.length > 0 ? `${capitalize(evidence.join('; '))}.` : '';
  return [sentence, advice ? t.t(advice) : ''].filter(Boolean).join(' ');
}

export function linkTooltip(finding: LinkFinding, t: Translator): string {
  return `${t.t('appName')}: ${linkLabel(finding, t)}. ${linkExplanation(finding, t)}`;
}

type LinkMark = NonNullable<LinkRecord['mark']>;

/** A link of the administrator's list that the user has already marked («аннулирована» or «оставить»). */
export interface MarkedLink {
  finding: LinkFinding;
  mark: LinkMark;
  chatId: MaxId;
  title?: string;
}

/**
 * The administrator's list split by the user's marks: `pending` holds only the links still to annul (groups left
 * empty go), `marked` the rest, in the list's order, for «Отмечены» (with undo).
 */
export function splitAnnul(
  annul: readonly AnnulGroup[],
  marks: ReadonlyMap<string, LinkMark | undefined>,
): { pending: AnnulGroup[]; marked: MarkedLink[] } {
  const pending: AnnulGroup[] = [];
  const marked: MarkedLink[] = [];
  for (const group of annul) {
    const left = group.findings.filter((finding) => {
      const mark = marks.get(finding.url);
      if (!mark) return true;
      marked.push({
        finding,
        mark,
        chatId: group.chatId,
        ...(group.title === undefined ? {} : { title: group.title }),
      });
      return false;
    });
    if (left.length === group.findings.length) pending.push(group);
    else if (left.length > 0) pending.push({ ...group, findings: left });
  }
  return { pending, marked };
}
