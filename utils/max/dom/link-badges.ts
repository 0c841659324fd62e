/**
 * Badges on invite links inside MAX's message bubbles: `data-sverka-link-status` (the status),
 * `data-sverka-link-label` (what the badge says, drawn by page-marks.content.css) and a tooltip.
 * Links that are not invites get nothing. Attributes only: MAX's rendering is never disturbed.
 */
import { normalizeInviteUrl } from '../invite-url';
import { messageLink } from './selectors';

export const LINK_STATUS_ATTRIBUTE = 'data-sverka-link-status';
const LABEL_ATTRIBUTE = 'data-sverka-link-label';

export interface LinkBadge {
  status: string;
  label: string;
  tooltip: string;
}

/**
 * What each link was last given: a pass re-applies badges to every link in the open chat (MAX re-renders freely), and a
 * link whose address and badge are the ones it already has costs a lookup, not a rewrite. A badge is the same object
 * while its finding is (the sidebar keeps one per finding), so identity says «unchanged».
 */
const applied = new WeakMap<Element, { href: string; badge: LinkBadge | null }>();

/** Addresses seen in messages, normalized once: a busy chat shows the same few thousand again every frame. */
const normalized = new Map<string, string | null>();
const NORMALIZED_KEPT = 10_000;

function inviteUrlOf(href: string): string | null {
  let url = normalized.get(href);
  if (url === undefined) {
    if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
    url = normalizeInviteUrl(href);
    normalized.set(href, url);
  }
  return url;
}

export function applyLinkBadges(root: ParentNode, badgeFor: (url: string) => LinkBadge | null): number {
  let badged = 0;
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>(messageLink)) {
    const href = anchor.getAttribute('href') ?? '';
    const url = inviteUrlOf(href);
    const badge = url ? badgeFor(url) : null;
    const before = applied.get(anchor);
    // Its badge still there (MAX may re-render a node's attributes): one attribute read, not a rewrite.
    const intact = badge === null || anchor.getAttribute(LABEL_ATTRIBUTE) === badge.label;
    if (before && before.href === href && before.badge === badge && intact) {
      if (badge) badged++;
      continue;
    }
    applied.set(anchor, { href, badge });
    if (!badge) {
      if (anchor.hasAttribute(LINK_STATUS_ATTRIBUTE)) {
        anchor.removeAttribute(LINK_STATUS_ATTRIBUTE);
        anchor.removeAttribute(LABEL_ATTRIBUTE);
        anchor.removeAttribute('title');
      }
      continue;
    }
    badged++;
    if (anchor.getAttribute(LABEL_ATTRIBUTE) === badge.label && anchor.getAttribute('title') === badge.tooltip)
      continue;
    anchor.setAttribute(LINK_STATUS_ATTRIBUTE, badge.status);
    anchor.setAttribute(LABEL_ATTRIBUTE, badge.label);
    anchor.setAttribute('title', badge.tooltip);
  }
  return badged;
}
