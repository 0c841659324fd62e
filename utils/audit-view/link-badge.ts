/**
 * The badges on invite links in MAX's messages, as the page-marks pass asks for them: every frame, for every link of
 * the open chat. A badge is made again only when what its finding says changed, so a busy chat's pass writes no
 * tooltip text and an unchanged badge is the very same object, which the pass recognises and skips
 * (utils/max/dom/link-badges.ts). Findings are new objects after every merge; what they say rarely changes.
 */
import type { Translator } from '@/utils/i18n/translator';
import { linkLabel } from '@/utils/labels/labels';
import type { LinkFinding } from '@/utils/links/link-status';
import type { LinkBadge } from '@/utils/max/dom/link-badges';
import { MAX_LINKS_KEPT } from '@/utils/snapshot/max-snapshot';
import { linkTooltip } from './link-view';

export function createLinkBadger(
  t: Translator,
): (findings: ReadonlyMap<string, LinkFinding>, url: string) => LinkBadge | null {
  const made = new Map<string, { says: string; badge: LinkBadge }>();
  // Within one set of findings (between merges) every pass asks the same questions: answered once.
  let answeredFor: ReadonlyMap<string, LinkFinding> | null = null;
  const answers = new Map<string, LinkBadge | null>();
  const badgeOf = (finding: LinkFinding | undefined): LinkBadge | null => {
    if (!finding) return null;
    const says = JSON.stringify([finding.status, finding.ageDays, finding.targetTitle, finding.evidence]);
    const known = made.get(finding.url);
    if (known?.says === says) return known.badge;
    const badge = { status: finding.status, label: linkLabel(finding, t), tooltip: linkTooltip(finding, t) };
    if (made.size >= MAX_LINKS_KEPT) made.clear();
    made.set(finding.url, { says, badge });
    return badge;
  };
  return (findings, url) => {
    if (findings !== answeredFor) {
      answeredFor = findings;
      answers.clear();
    }
    let badge = answers.get(url);
    if (badge === undefined) {
      badge = badgeOf(findings.get(url));
      answers.set(url, badge);
    }
    return badge;
  };
}
