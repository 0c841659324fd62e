/**
 * What the status line says about the data: where it came from, how many chats,
 * whether that is the whole list, how fresh. Never zeros shown as if they were true.
 */
import type { Translator } from '@/utils/i18n/translator';
import { countChats, type MaxSnapshot } from './max-snapshot';

export type StatusTone = 'ok' | 'partial' | 'problem' | 'waiting';

export interface SnapshotStatus {
  tone: StatusTone;
  text: string;
  /** Whether the sidebar should offer «Загрузить все чаты». */
  canLoadAll: boolean;
}

export function describeSnapshotStatus(
  snapshot: MaxSnapshot,
  t: Translator,
  pageMarks: 'waiting' | 'active' | 'unmatched' = 'waiting',
): SnapshotStatus {
  const counts = countChats(snapshot);
  const hasLive = snapshot.loginAt !== undefined;

  if (snapshot.protocol === 'unreadable' && !hasLive) {
    return {
      tone: 'problem',
      text: t.t('statusUnreadable', { detail: snapshot.protocolDetail ?? '?' }),
      canLoadAll: false,
    };
  }
  if (!hasLive) {
    if (snapshot.protocol === 'no-socket') return { tone: 'problem', text: t.t('statusNoSocket'), canLoadAll: false };
    if (snapshot.storedAt !== undefined && counts.total > 0) {
      const text = [
        t.t('statusSourceStored', { time: t.dateTime(snapshot.storedAt) }),
        t.tn('chatsKnown', counts.total),
        t.t('statusWaiting'),
      ].join(' · ');
      return { tone: 'waiting', text, canLoadAll: false };
    }
    return { tone: 'waiting', text: t.t('statusWaiting'), canLoadAll: false };
  }

  const parts = [t.t('statusSourceLive'), t.tn('chatsKnown', counts.total - counts.fromStore)];
  // Skipped messages cannot change the audit (chat list frames are never skipped), but the picture is not whole.
  const whole = snapshot.listComplete && snapshot.shedMessages === 0;
  if (snapshot.shedMessages > 0) parts.push(t.tn('statusShed', snapshot.shedMessages));
  else parts.push(snapshot.listComplete ? t.t('statusComplete') : t.t('statusPartial'));
  if (counts.fromStore > 0 && snapshot.storedAt !== undefined) {
    parts.push(t.t('statusFromStore', { n: counts.fromStore, time: t.dateTime(snapshot.storedAt) }));
  }
  if (snapshot.reconnecting) parts.push(t.t('statusReconnecting'));
  if (snapshot.protocol === 'unreadable') {
    parts.push(t.t('statusPartlyUnreadable', { detail: snapshot.protocolDetail ?? '?' }));
  }
  if (snapshot.protocol === 'unknown-version') {
    parts.push(t.t('statusUnknownVersion', { detail: snapshot.protocolDetail ?? '?' }));
  }
  if (pageMarks === 'unmatched') parts.push(t.t('statusMarksOff'));
  if (snapshot.updatedAt !== undefined) parts.push(t.t('statusUpdated', { time: t.time(snapshot.updatedAt) }));

  const tone: StatusTone =
    snapshot.reconnecting || snapshot.protocol === 'unknown-version' || snapshot.protocol === 'unreadable'
      ? 'problem'
      : whole
        ? 'ok'
        : 'partial';
  return { tone, text: parts.join(' · '), canLoadAll: !snapshot.listComplete };
}
