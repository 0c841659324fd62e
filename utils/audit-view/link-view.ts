/**
 * How an invite link finding reads in the page and the sidebar: a tooltip, the advice, the list to annul split by the
 * link decisions (the label and the status words: utils/labels/labels.ts).
 */

import type { LinkDecision } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { linkLabel } from '@/utils/labels/labels';
import type { AnnulGroup } from '@/utils/links/annul-order';
import { describeLinkEvidence } from '@/utils/links/link-evidence-text';
import type { LinkFinding, LinkStatus } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';

const adviceKey = {
  used: null,
  unused: 'linkAdviceUnused',
  stale: 'linkAdviceStale',
  revoked: 'linkAdviceRevoked',
  unknown: 'linkAdviceUnknown',
} as const satisfies Record<LinkStatus, string | null>;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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

/** A link of the administrator's list that the user has already decided about («аннулирована» or «оставить»). */
export interface DecidedLink {
  finding: LinkFinding;
  decision: LinkDecision;
  chatId: MaxId;
  title?: string;
}

/**
 * The administrator's list split by the user's link decisions: `pending` holds only the links still to annul (groups
 * left empty go), `decided` the rest, in the list's order, for «Отмечены» (with undo).
 */
export function splitAnnul(
  annul: readonly AnnulGroup[],
  decisions: ReadonlyMap<string, LinkDecision | undefined>,
): { pending: AnnulGroup[]; decided: DecidedLink[] } {
  const pending: AnnulGroup[] = [];
  const decided: DecidedLink[] = [];
  for (const group of annul) {
    const left = group.findings.filter((finding) => {
      const decision = decisions.get(finding.url);
      if (!decision) return true;
      decided.push({
        finding,
        decision,
        chatId: group.chatId,
        ...(group.title === undefined ? {} : { title: group.title }),
      });
      return false;
    });
    if (left.length === group.findings.length) pending.push(group);
    else if (left.length > 0) pending.push({ ...group, findings: left });
  }
  return { pending, decided };
}
