import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import { splitAnnul } from '@/utils/audit-view/link-view';
import type { LinkDecision, NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { linkDecisionShortWord, linkStatusWord } from '@/utils/labels/labels';
import type { AnnulGroup } from '@/utils/links/annul-order';
import type { OwnLinkHint } from '@/utils/links/link-advice';
import { describeLinkEvidence } from '@/utils/links/link-evidence-text';
import type { LinkFinding, LinkStatus } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import { type InviteLinkActions, InviteLinkRow } from './InviteLinkRow';

interface Props {
  t: Translator;
  /** Stale first (sortForAdministrator). */
  findings: LinkFinding[];
  annul: AnnulGroup[];
  hints: OwnLinkHint[];
  decisions: Map<string, LinkDecision | undefined>;
  noteFor(url: string): NoteRecord | null;
  chatTitle(chatId: MaxId): string;
  actions: InviteLinkActions;
}

const STATUSES: LinkStatus[] = ['stale', 'unused', 'used', 'revoked', 'unknown'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * «Ссылки»: every invite link the user can see, stale first, with filters; the administrator's list to annul, which
 * holds only links still to annul: one decided about moves to «Отмечены», with a button to put it back.
 */
export function LinksTab({ t, findings, annul, hints, decisions, noteFor, chatTitle, actions }: Props) {
  const [status, setStatus] = useState<LinkStatus | ''>('');
  const [chat, setChat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { pending, decided } = splitAnnul(annul, decisions);
  const decide = async (finding: LinkFinding, decision: LinkDecision | null) => {
    setError(null);
    try {
      await actions.setDecision(finding.url, decision, finding.targetChatId);
    } catch (failure) {
      setError(t.saveError(failure));
    }
  };
  const where = (finding: LinkFinding) =>
    `${finding.url.replace('https://', '')} — ${linkStatusWord(finding.status, t)}${
      finding.ageDays === undefined ? '' : `, ${t.tn('linkAgeDays', finding.ageDays)}`
    }`;
  const chats = [...new Set(findings.flatMap((f) => (f.targetChatId === undefined ? [] : [f.targetChatId])))];
  const shown = findings.filter(
    (finding) => (!status || finding.status === status) && (!chat || String(finding.targetChatId) === chat),
  );
  const count = (s: LinkStatus) => findings.filter((f) => f.status === s).length;
  const row = (finding: LinkFinding) => (
    <InviteLinkRow
      key={finding.url}
      t={t}
      finding={finding}
      decision={decisions.get(finding.url)}
      note={noteFor(finding.url)}
      chatTitle={chatTitle}
      actions={actions}
    />
  );

  if (findings.length === 0) return <p class="empty">{t.t('linksNone')}</p>;
  return (
    <section class="links" aria-labelledby="sverka-links-heading">
      <h2 id="sverka-links-heading" class="section-heading">
        {t.t('linksHeading')}
      </h2>
      <p class="hint" data-testid="links-summary">
        {[
          ...(count('stale') > 0 ? [t.tn('linksStale', count('stale'))] : []),
          ...(count('unused') > 0 ? [t.tn('linksUnused', count('unused'))] : []),
          t.tn('linksTotal', findings.length),
        ].join(' · ')}
      </p>
      <div class="filters">
        <label>
          {t.t('linksFilterStatus')}
          <select
            data-testid="links-filter-status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as LinkStatus | '')}
          >
            <option value="">{t.t('linksFilterAll')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {linkStatusWord(s, t)} ({count(s)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.t('linksFilterChat')}
          <select data-testid="links-filter-chat" value={chat} onChange={(e) => setChat(e.currentTarget.value)}>
            <option value="">{t.t('linksFilterAll')}</option>
            {chats.map((id) => (
              <option key={id} value={String(id)}>
                {chatTitle(id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul class="invite-list">{shown.map(row)}</ul>

      <section class="annul" aria-labelledby="sverka-annul-heading" data-testid="links-to-annul">
        <h3 id="sverka-annul-heading" class="requirement-group__heading">
          {t.t('annulHeading')}
        </h3>
        {pending.length === 0 ? (
          <p class="empty">{annul.length === 0 ? t.t('annulNone') : t.t('annulAllDecided')}</p>
        ) : (
          <>
            <p class="hint">{t.t('annulSteps')}</p>
            {pending.map((group) => (
              <div key={group.chatId} class="annul__group">
                <h4 class="annul__chat">{group.title ?? chatTitle(group.chatId)}</h4>
                <ul class="annul__list">
                  {group.findings.map((finding) => (
                    <li key={finding.url} data-testid="annul-link" data-url={finding.url}>
                      {where(finding)}
                      <span class="annul__actions">
                        <Button
                          variant="secondary"
                          small
                          data-testid="invite-link-annulled"
                          onClick={() => decide(finding, 'annulled')}
                        >
                          {t.t('linkDecideAnnulled')}
                        </Button>
                        <Button
                          variant="secondary"
                          small
                          data-testid="invite-link-keep"
                          onClick={() => decide(finding, 'keep')}
                        >
                          {t.t('linkDecideKeep')}
                        </Button>
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
        {hints.map((hint) => (
          <p key={hint.url} class="hint" data-testid="own-link-hint">
            {capitalize(hint.evidence.map((e) => describeLinkEvidence(e, t.lang)).join('; '))}.
          </p>
        ))}
      </section>
      {decided.length > 0 && (
        <section class="annul" aria-labelledby="sverka-decided-heading" data-testid="links-decided">
          <h3 id="sverka-decided-heading" class="requirement-group__heading">
            {t.t('annulDecidedHeading')}
          </h3>
          <ul class="annul__list">
            {decided.map(({ finding, decision, chatId, title }) => (
              <li key={finding.url} data-testid="decided-link" data-url={finding.url} data-decision={decision}>
                {title ?? chatTitle(chatId)}: {finding.url.replace('https://', '')} —{' '}
                {linkDecisionShortWord(decision, t)}
                <span class="annul__actions">
                  <Button
                    variant="secondary"
                    small
                    data-testid="invite-link-undo-decision"
                    onClick={() => decide(finding, null)}
                  >
                    {t.t('annulUndoDecision')}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <p class="message message--problem" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
