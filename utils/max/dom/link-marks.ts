/**
 * Badges on invite links inside MAX's message bubbles: `data-sverka-link-status` (the status),
 * `data-sverka-link-label` (what the badge says, drawn by page-marks.css) and a tooltip.
 * Links that are not invites get nothing. Attributes only: MAX's rendering is never disturbed.
 */
import { normalizeInviteUrl } from '../../links/invite-url';
import { messageLink } from './selectors';

export const LINK_STATUS_ATTRIBUTE = 'data-sverka-link-status';
const LABEL_ATTRIBUTE = 'data-sverka-link-label';

export interface LinkMark {
  status: string;
  label: string;
  tooltip: string;
}

export function applyLinkMarks(root: ParentNode, markFor: (url: string) => LinkMark | null): number {
  let marked = 0;
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>(messageLink)) {
    const url = normalizeInviteUrl(anchor.getAttribute('href') ?? '');
    const mark = url ? markFor(url) : null;
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
