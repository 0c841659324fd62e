/**
 * Badges on invite links inside MAX's message bubbles: `data-sverka-link-status` (the status),
 * `data-sverka-link-label` (what the badge says, drawn by page-marks.css) and a tooltip.
 * Links that are not invites get nothing. Attributes only: MAX's rendering is never disturbed.
 */
import { normalizeInviteUrl } from '../invite-url';
import { messageLink } from './selectors';

export const LINK_STATUS_ATTRIBUTE = 'data-sverka-link-status';
const LABEL_ATTRIBUTE = 'data-sverka-link-label';

export interface LinkMark {
  status: string;
  label: string;
  tooltip: string;
}

/**
 * What each link was last given: a pass re-applies marks to every link in the open chat (MAX re-renders freely), and a
 * link whose address and mark are the ones it already has costs a lookup, not a rewrite. A mark is the same object
 * while its finding is (the sidebar keeps one per finding), so identity says «unchanged».
 */
const applied = new WeakMap<Element, { href: string; mark: LinkMark | null }>();

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

export function applyLinkMarks(root: ParentNode, markFor: (url: string) => LinkMark | null): number {
  let marked = 0;
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>(messageLink)) {
    const href = anchor.getAttribute('href') ?? '';
    const url = inviteUrlOf(href);
    const mark = url ? markFor(url) : null;
    const before = applied.get(anchor);
    // Its badge still there (MAX may re-render a node's attributes): one attribute read, not a rewrite.
    const intact = mark === null || anchor.getAttribute(LABEL_ATTRIBUTE) === mark.label;
    if (before && before.href === href && before.mark === mark && intact) {
      if (mark) marked++;
      continue;
    }
    applied.set(anchor, { href, mark });
    if (!mark) {
      if (anchor.hasAttribute(LINK_STATUS_ATTRIBUTE)) {
        anchor.removeAttribute(LINK_STATUS_ATTRIBUTE);
        anchor.removeAttribute(LABEL_ATTRIBUTE);
        anchor.removeAttribute('title');
      }
      continue;
    }
    marked++;
    if (anchor.getAttribute(LABEL_ATTRIBUTE) === mark.label && anchor.getAttribute('title') === mark.tooltip) continue;
    anchor.setAttribute(LINK_STATUS_ATTRIBUTE, mark.status);
    anchor.setAttribute(LABEL_ATTRIBUTE, mark.label);
    anchor.setAttribute('title', mark.tooltip);
  }
  return marked;
}
