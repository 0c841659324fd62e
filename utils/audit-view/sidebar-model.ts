/** What the sidebar derives from the snapshot, the setup and the audit: pure, so it is tested without a page. */
import type { AuditResult } from '@/utils/audit/audit';
import { matchedChatIds } from '@/utils/audit/audit';
import { describeReason } from '@/utils/audit/reason-text';
import type { Translator } from '@/utils/i18n/translator';
import type { MaxId } from '@/utils/max/bridge-events';
import { isActiveChat, isGroupChat } from '@/utils/max/chat-kind';
import type { ChatBadge } from '@/utils/max/dom/chat-badges';
import { compareMaxIds } from '@/utils/snapshot/max-id';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { incompleteCauses } from './attention';

export interface ChatChoice {
  id: MaxId;
  title: string;
}

const collator = new Intl.Collator('ru');

/** Group chats the user can link a requirement to by hand, by title. */
export function linkableChats(snapshot: MaxSnapshot): ChatChoice[] {
  return Object.values(snapshot.chats)
    .filter((chat) => isGroupChat(chat) && isActiveChat(chat) && chat.title)
    .map((chat) => ({ id: chat.id, title: chat.title as string }))
    .sort((a, b) => collator.compare(a.title, b.title) || compareMaxIds(a.id, b.id));
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Chat badges for MAX's chat list: each chat that satisfies requirements, `incomplete` when any of them is found but
 * incomplete, with a tooltip naming them and, for an incomplete one, each cause with what to do.
 */
export function chatBadges(result: AuditResult | null, snapshot: MaxSnapshot, t: Translator): ChatBadge[] {
  if (!result) return [];
  const byId = new Map(result.findings.map((finding) => [finding.requirement.id, finding]));
  const badges: ChatBadge[] = [];
  for (const [chatId, requirementIds] of matchedChatIds(result)) {
    const chat = snapshot.chats[chatId];
    if (!chat?.title) continue;
    let incomplete = false;
    const names = requirementIds.map((id) => {
      const finding = byId.get(id);
      if (!finding) return id;
      const title = finding.requirement.suggestedTitle;
      const causes = incompleteCauses(finding);
      if (causes.length === 0) return title;
      incomplete = true;
      const said = causes.map((cause) => lowerFirst(describeReason(cause, t.lang))).join('; ');
      return t.t('chatBadgeIncomplete', { title, causes: said });
    });
    badges.push({
      chatId,
      title: chat.title,
      status: incomplete ? 'incomplete' : 'ok',
      tooltip: t.t('chatBadgeTooltip', { requirements: names.join('\n') }),
    });
  }
  return badges;
}
