import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { Finding } from '@/utils/audit/audit';
import { describeReason, type Reason } from '@/utils/audit/reason-text';
import type { OverrideRecord } from '@/utils/audit/setup';
import { incompleteCauses } from '@/utils/audit-view/attention';
import type { ChatChoice } from '@/utils/audit-view/sidebar-model';
import type { NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { findingStatusWord } from '@/utils/labels/labels';
import type { MaxId } from '@/utils/max/bridge-events';
import type { SnoozeKind } from '@/utils/reminders/snooze';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';
import { isMaxId } from '@/utils/snapshot/max-id';
import { ChatCombobox } from './ChatCombobox';
import { LoadAllButton, type LoadAllControl } from './LoadAllChats';
import { useNoteSlot } from './NoteSlot';
import { SnoozeControl } from './SnoozeControl';

interface Props {
  finding: Finding;
  /** The matched chat's title as MAX shows it. */
  chatTitle?: string;
  t: Translator;
  /** Group chats to link by hand, sorted on first call (only when the user opens the link editor). */
  chatChoices(): ChatChoice[];
  onOpenChat(chatId: MaxId): void;
  onOverride(override: OverrideRecord): Promise<void>;
  onUndoOverride(requirementId: string): Promise<void>;
  note: NoteRecord | null;
  noteActions: NoteActions;
  snoozedUntil: number | undefined;
  onSnooze(requirementId: string, kind: SnoozeKind): Promise<void>;
  onUnsnooze(requirementId: string): Promise<void>;
  /** «Загрузить все чаты», while the chat list is partial. */
  loadAll?: LoadAllControl;
}

type Editing = 'none' | 'link' | 'not-required';

/**
 * One required chat: its status, the chat found (a click opens it); what to do: for «нет чата» the title to create
 * and whom to invite, for «неполный» each cause with its remedy, for «неизвестно» what is unknown and «Загрузить все
 * чаты»; the other reasons, and overrides.
 */
export function RequirementRow({
  finding,
  chatTitle,
  t,
  chatChoices,
  onOpenChat,
  onOverride,
  onUndoOverride,
  note,
  noteActions,
  snoozedUntil,
  onSnooze,
  onUnsnooze,
  loadAll,
}: Props) {
  const { requirement, status } = finding;
  const [editing, setEditing] = useState<Editing>('none');
  const [chosenChat, setChosenChat] = useState<string>('');
  const [reason, setReason] = useState('');
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteSlot = useNoteSlot({
    t,
    subject: { subjectType: 'requirement', subjectKey: requirement.id },
    note,
    actions: noteActions,
  });
  const overridden = finding.notRequired === true || finding.linkedByHand === true;
  const statusLabel = findingStatusWord(finding, t);
  const causes = incompleteCauses(finding);
  // «no-chat» says what the create block says (and is not so while the list is partial); causes are shown apart.
  const others = finding.reasons.filter((reason) => reason.code !== 'no-chat' && !causes.includes(reason));
  const listPartial = finding.reasons.some((reason) => reason.code === 'list-partial');
  const says = (reason: Reason, index: number) => (
    <li key={index} data-reason={reason.code}>
      {describeReason(reason, t.lang)}
    </li>
  );

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      setEditing('none');
    } catch (failure) {
      setError(t.saveError(failure));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(requirement.suggestedTitle);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <li
      class={`requirement requirement--${finding.notRequired ? 'not-required' : status}`}
      data-testid="requirement"
      data-requirement-id={requirement.id}
      data-status={status}
      data-not-required={finding.notRequired ? 'true' : undefined}
      data-linked-by-hand={finding.linkedByHand ? 'true' : undefined}
    >
      <div class="requirement__head">
        <span class="requirement__title">
          {requirement.discipline ?? requirement.suggestedTitle}
          <span class="requirement__clause"> · {t.t('clause', { clause: requirement.clause })}</span>
        </span>
        <span class={`badge badge--${finding.notRequired ? 'not-required' : status}`}>{statusLabel}</span>
      </div>
      {finding.chatId !== undefined && chatTitle !== undefined && !finding.notRequired && (
        <button
          type="button"
          class="link-button"
          data-testid="requirement-chat"
          data-chat-id={finding.chatId}
          title={t.t('openChat', { title: chatTitle })}
          onClick={() => finding.chatId !== undefined && onOpenChat(finding.chatId)}
        >
          {chatTitle}
        </button>
      )}
      {status === 'missing' && (
        <div class="requirement__todo" data-testid="requirement-create">
          <p>
            {t.t('suggestedTitle', { title: requirement.suggestedTitle })}{' '}
            <Button variant="secondary" small onClick={copy}>
              {copied ? t.t('copied') : t.t('copyTitle')}
            </Button>
          </p>
          <p>{t.t('inviteWho', { who: requirement.invite })}</p>
        </div>
      )}
      {status === 'unknown' && (
        <div class="requirement__todo">
          <p>{t.t('unknownWhether', { title: requirement.suggestedTitle })}</p>
        </div>
      )}
      {causes.length > 0 && (
        <ul class="requirement__causes" data-testid="requirement-causes">
          {causes.map(says)}
        </ul>
      )}
      {others.length > 0 && <ul class="requirement__reasons">{others.map(says)}</ul>}
      {status === 'unknown' && listPartial && loadAll && (
        <p class="requirement__load-all">
          <LoadAllButton t={t} control={loadAll} />
        </p>
      )}
      {/* Reminders are about missing chats; a reminder's link may open a page whose list is not loaded yet. */}
      {(status === 'missing' || status === 'unknown') && !overridden && (
        <SnoozeControl
          t={t}
          snoozedUntil={snoozedUntil}
          onSnooze={(kind) => run(() => onSnooze(requirement.id, kind))}
          onCancel={() => run(() => onUnsnooze(requirement.id))}
        />
      )}
      <div class="requirement__actions">
        {overridden ? (
          <Button
            variant="secondary"
            small
            data-testid="override-undo"
            onClick={() => run(() => onUndoOverride(requirement.id))}
          >
            {t.t('undoOverride')}
          </Button>
        ) : (
          editing === 'none' &&
          status !== 'ok' && (
            <>
              <Button
                variant="secondary"
                small
                data-testid="override-link"
                onClick={() => {
                  setChosenChat('');
                  setEditing('link');
                }}
              >
                {t.t('linkByHand')}
              </Button>
              <Button
                variant="secondary"
                small
                data-testid="override-not-required"
                onClick={() => setEditing('not-required')}
              >
                {t.t('markNotRequired')}
              </Button>
            </>
          )
        )}
        {noteSlot.button}
      </div>
      {noteSlot.editor}
      {editing === 'link' && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const chatId = chosenChat;
            if (!isMaxId(chatId)) return;
            void run(() => onOverride({ requirementId: requirement.id, chatId, createdAt: Date.now() }));
          }}
        >
          <ChatCombobox t={t} chatChoices={chatChoices} onChoose={(chatId) => setChosenChat(chatId ?? '')} />
          <Button type="submit" small data-testid="override-apply" disabled={!chosenChat}>
            {t.t('linkApply')}
          </Button>
          <Button variant="secondary" small onClick={() => setEditing('none')}>
            {t.t('cancel')}
          </Button>
        </form>
      )}
      {editing === 'not-required' && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return;
            void run(() =>
              onOverride({ requirementId: requirement.id, notRequiredReason: reason.trim(), createdAt: Date.now() }),
            );
          }}
        >
          <label>
            {t.t('notRequiredReason')}
            <input
              data-testid="override-reason"
              value={reason}
              maxLength={1000}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </label>
          <Button type="submit" small data-testid="override-apply" disabled={!reason.trim()}>
            {t.t('notRequiredApply')}
          </Button>
          <Button variant="secondary" small onClick={() => setEditing('none')}>
            {t.t('cancel')}
          </Button>
        </form>
      )}
      {error && (
        <p class="message message--problem" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
