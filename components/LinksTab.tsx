import { useState } from 'preact/hooks';
import { linkStatusKey } from '@/utils/audit-view/link-view';
import type { LinkRecord, NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { describeLinkEvidence } from '@/utils/links/link-evidence-text';
import type { AnnulGroup, LinkFinding, LinkStatus, OwnLinkHint } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import { type InviteLinkActions, InviteLinkRow } from './InviteLinkRow';

interface Props {
  t: Translator;
  /** Stale first (sortForAdministrator). */
  findings: LinkFinding[];
  annul: AnnulGroup[];
  hints: OwnLinkHint[];
  marks: Map<string, LinkRecord['mark']>;
  noteFor(url: string): NoteRecord | null;
  chatTitle(chatId: MaxId): string;
  actions: InviteLinkActions;
}

const STATUSES: LinkStatus[] = ['stale', 'unused', 'used', 'revoked', 'unknown'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** «Ссылки»: every invite link the user can see, stale first, with filters; the administrator's list to annul. */
export function LinksTab({ t, findings, annul, hints, marks, noteFor, chatTitle, actions }: Props) {
  const [status, setStatus] = useState<LinkStatus | ''>('');
  const [chat, setChat] = useState('');
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
      mark={marks.get(finding.url)}
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
          t.tn('linksStale', count('stale')),
          t.tn('linksUnused', count('unused')),
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
                {t.t(linkStatusKey[s])} ({count(s)})
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
        {annul.length === 0 ? (
          <p class="empty">{t.t('annulNone')}</p>
        ) : (
          <>
            <p class="hint">{t.t('annulSteps')}</p>
            {annul.map((group) => (
              <div key={group.chatId} class="annul__group">
                <h4 class="annul__chat">{group.title ?? chatTitle(group.chatId)}</h4>
                <ul class="annul__list">
                  {group.findings.map((finding) => (
                    <li key={finding.url}>
                      {finding.url.replace('https://', '')} — {t.t(linkStatusKey[finding.status])}
                      {finding.ageDays !== undefined && `, ${t.tn('linkAgeDays', finding.ageDays)}`}
                      {marks.get(finding.url) === 'annulled' && ` (${t.t('linkMarkedAnnulled')})`}
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
    </section>
  );
}
