/**
 * Invite links: the history of chats' own links (to tell a link that was reset, and each link's baseline of members
 * to tell a used one), the link decisions, and the findings the «Ссылки» tab and the badges in MAX's
 * messages show.
 */
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Setup } from '@/utils/audit/setup';
import type { LinkDecision } from '@/utils/db/database';
import { type AnnulGroup, linksToAnnul, sortForAdministrator } from '@/utils/links/annul-order';
import { type OwnLinkHint, ownLinkHints } from '@/utils/links/link-advice';
import { type OwnLinkHistory, updateOwnLinkHistory } from '@/utils/links/link-history';
import { type LinkFinding, linkFindings } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import { sendMessage } from '@/utils/messaging/protocol';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { throttleLatest } from '@/utils/snapshot/throttle';
import type { Lifetime } from './lifetime';

/** At most one history write every few seconds, however many events arrive. */
const SAVE_INTERVAL_MS = 5000;

export interface LinkView {
  findings: LinkFinding[];
  byUrl: Map<string, LinkFinding>;
  annul: AnnulGroup[];
  hints: OwnLinkHint[];
}

export interface LinkState {
  /** Null until the stored history has been read. */
  readonly linkHistory: ReadonlySignal<OwnLinkHistory | null>;
  readonly linkDecisions: ReadonlySignal<Map<string, LinkDecision | undefined>>;
  readonly links: ReadonlySignal<LinkView>;
  refreshLinkDecisions(): Promise<void>;
}

export function trackLinks(
  snapshot: ReadonlySignal<MaxSnapshot>,
  setup: ReadonlySignal<Setup | null>,
  life: Lifetime,
): LinkState {
  const linkHistory = signal<OwnLinkHistory | null>(null);
  const linkDecisions = signal<Map<string, LinkDecision | undefined>>(new Map());
  const refreshLinkDecisions = () =>
    sendMessage('listLinkDecisions', undefined)
      .then((records) => {
        linkDecisions.value = new Map(records.map((record) => [record.url, record.mark]));
      })
      .catch(() => {});
  void refreshLinkDecisions();

  const saveHistory = throttleLatest((request: { userId: MaxId; history: OwnLinkHistory }) => {
    sendMessage('saveLinkHistory', request).catch(() => {});
  }, SAVE_INTERVAL_MS);
  life.onInvalidated(() => saveHistory.cancel());
  let historyRequested = false;
  /**
   * Records the chats' own links, and each new link's baseline (its chat's members now: growth since it is what
   * tells a used link), in the stored history.
   */
  const recordLinks = (current: MaxSnapshot, userId: MaxId) => {
    const history = linkHistory.peek();
    if (!history) return;
    const next = updateOwnLinkHistory(history, current.chats, Date.now());
    if (next !== history) {
      linkHistory.value = next;
      saveHistory.push({ userId, history: next });
    }
  };
  life.onInvalidated(
    effect(() => {
      const current = snapshot.value;
      const me = current.me;
      if (!me || current.loginAt === undefined) return;
      if (!historyRequested) {
        historyRequested = true;
        sendMessage('getLinkHistory', me.id)
          .then((stored) => {
            linkHistory.value = stored;
          })
          .catch(() => {
            linkHistory.value = {};
          })
          // Right away, not at the next event: a quiet page would otherwise take no baseline.
          .then(() => {
            const now = snapshot.peek();
            if (!life.signal.aborted && now.me?.id === me.id) recordLinks(now, me.id);
          });
        return;
      }
      recordLinks(current, me.id);
    }),
  );

  const links = computed((): LinkView => {
    const current = snapshot.value;
    const input = {
      chats: current.chats,
      ...(current.me ? { me: { id: current.me.id } } : {}),
      seen: current.links,
      history: linkHistory.value ?? {},
      staleDays: setup.value?.profile.settings.staleInviteDays,
      contacts: current.contacts,
    };
    const now = Date.now();
    const findings = sortForAdministrator(linkFindings(input, now));
    return {
      findings,
      byUrl: new Map(findings.map((finding) => [finding.url, finding])),
      annul: linksToAnnul(findings, current.me?.id, current.chats),
      hints: ownLinkHints(input, now),
    };
  });
  return { linkHistory, linkDecisions, links, refreshLinkDecisions };
}
