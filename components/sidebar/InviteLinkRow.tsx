import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import { linkExplanation } from '@/utils/audit-view/link-view';
import type { LinkDecision, NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { linkDecisionWord, linkLabel } from '@/utils/labels/labels';
import type { LinkFinding } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';
import { useNoteSlot } from './NoteSlot';

export interface InviteLinkActions {
  /** Opens the chat in MAX web and brings the message with this link into view. */
  openMessage(chatId: MaxId, url: string): void;
  setDecision(url: string, decision: LinkDecision | null, chatId?: MaxId): Promise<void>;
  notes: NoteActions;
}

interface Props {
  t: Translator;
  finding: LinkFinding;
  decision: LinkDecision | undefined;
  note: NoteRecord | null;
  chatTitle(chatId: MaxId): string;
  actions: InviteLinkActions;
}

/** One invite link: status and age, where it leads, where it was seen, why, and the user's decision about it. */
export function InviteLinkRow({ t, finding, decision, note, chatTitle, actions }: Props) {
  const noteSlot = useNoteSlot({
    t,
    subject: { subjectType: 'link', subjectKey: finding.url },
    note,
    actions: actions.notes,
  });
  const [error, setError] = useState<string | null>(null);
  const firstMessage = finding.places.find((place) => place.kind === 'message');
  const places = finding.places.slice(0, 3).map((place) =>
    place.kind === 'own'
      ? t.t('linkSeenOwn', { title: chatTitle(place.chatId) })
      : t.t('linkSeenMessage', {
          title: chatTitle(place.chatId),
          time: place.time === undefined ? '—' : t.dateTime(place.time),
        }),
  );
  const decide = async (next: LinkDecision | null) => {
    setError(null);
    try {
      await actions.setDecision(finding.url, next, finding.targetChatId);
    } catch (failure) {
      setError(t.saveError(failure));
    }
  };

  return (
    <li
      class={`invite invite--${finding.status}`}
      data-testid="invite-link"
      data-status={finding.status}
      data-url={finding.url}
      data-decision={decision}
    >
      <div class="invite__head">
        <span class={`badge badge--link-${finding.status}`}>{linkLabel(finding, t)}</span>
        {decision && (
          <span class="invite__decision" data-testid="invite-link-decision">
            {linkDecisionWord(decision, t)}
          </span>
        )}
      </div>
      <p class="invite__url">{finding.url.replace('https://', '')}</p>
      <p class="invite__line">
        {finding.targetChatId === undefined
          ? t.t('linkTargetUnknown')
          : t.t('linkTarget', { title: finding.targetTitle ?? chatTitle(finding.targetChatId) })}
      </p>
      {places.length > 0 && <p class="invite__line">{t.t('linkSeenIn', { places: places.join('; ') })}</p>}
      <p class="invite__why">{linkExplanation(finding, t)}</p>
      <div class="requirement__actions">
        {firstMessage && (
          <Button
            variant="secondary"
            small
            data-testid="invite-link-open"
            onClick={() => actions.openMessage(firstMessage.chatId, finding.url)}
          >
            {t.t('linkOpenMessage')}
          </Button>
        )}
        {decision !== 'annulled' && (
          <Button variant="secondary" small data-testid="invite-link-annulled" onClick={() => decide('annulled')}>
            {t.t('linkDecideAnnulled')}
          </Button>
        )}
        {decision !== 'keep' && (
          <Button variant="secondary" small data-testid="invite-link-keep" onClick={() => decide('keep')}>
            {t.t('linkDecideKeep')}
          </Button>
        )}
        {decision && (
          <Button variant="secondary" small onClick={() => decide(null)}>
            {t.t('linkDecisionClear')}
          </Button>
        )}
        {noteSlot.button}
      </div>
      {noteSlot.editor}
      {error && (
        <p class="message message--problem" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
