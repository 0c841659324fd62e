/** What the background answers. Kept out of the entrypoint so tests can run it with a fake browser. */
import * as v from 'valibot';
import { auditRepository } from '@/utils/db/audit-repository';
import type { SverkaDatabase } from '@/utils/db/database';
import { linksRepository } from '@/utils/db/links-repository';
import { notesRepository } from '@/utils/db/notes-repository';
import { AssignmentSchema, AuditRecordSchema, NoteSchema, OverrideSchema } from '@/utils/db/record-schemas';
import { setupRepository } from '@/utils/db/setup-repository';
import { snapshotRepository } from '@/utils/db/snapshot-repository';
import { MaxIdSchema } from '@/utils/max/bridge-events';
import { normalizeInviteUrl } from '@/utils/max/invite-url';
import { parseProfile } from '@/utils/profile/profile-schema';
import { parseStoredSnapshot } from '@/utils/snapshot/stored-snapshot-schema';
import { onMessage } from './protocol';
import { notifySetupChanged } from './setup-changes';

export interface BackgroundHooks {
  /** A snapshot or the setup changed: e.g. the toolbar badge is counted again. */
  onDataChanged?(): void;
  /** The organization's browser policy sets the profile (utils/organization/managed-profile.ts): none may replace it. */
  profileLocked?(): Promise<boolean>;
}

/** Why a profile set by the organization's policy is not replaced. */
const PROFILE_LOCKED = 'Профиль задан вашей организацией (политика браузера): заменить его нельзя.';

export function registerBackgroundHandlers(
  db: SverkaDatabase,
  now: () => number = Date.now,
  hooks: BackgroundHooks = {},
): () => void {
  const snapshots = snapshotRepository(db);
  const setup = setupRepository(db);
  const audits = auditRepository(db);
  const notes = notesRepository(db);
  const links = linksRepository(db);
  const changed = async <T>(result: T): Promise<T> => {
    await notifySetupChanged(now());
    hooks.onDataChanged?.();
    return result;
  };
  const removers = [
    onMessage('saveSnapshot', async ({ data }) => {
      const snapshot = parseStoredSnapshot(data);
      if (!snapshot) throw new Error('Снимок чатов отклонён: данные не прошли проверку');
      await snapshots.save(snapshot);
      hooks.onDataChanged?.();
    }),
    onMessage('getSnapshot', ({ data }) =>
      snapshots.get(v.parse(v.object({ userId: v.optional(MaxIdSchema) }), data).userId),
    ),
    onMessage('getSetup', () => setup.get()),
    onMessage('saveProfile', async ({ data }) => {
      if (await hooks.profileLocked?.()) return { ok: false as const, errors: [PROFILE_LOCKED] };
      const parsed = parseProfile(data);
      if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
      await setup.saveProfile(parsed.profile, now());
      return changed({ ok: true as const });
    }),
    onMessage('resetProfile', async () => {
      if (await hooks.profileLocked?.()) throw new Error(PROFILE_LOCKED);
      return changed(await setup.resetProfile());
    }),
    onMessage('saveAssignment', async ({ data }) => {
      await setup.saveAssignment(v.parse(AssignmentSchema, data));
      await changed(undefined);
    }),
    onMessage('setOverride', async ({ data }) => {
      await setup.setOverride(v.parse(OverrideSchema, data));
      await changed(undefined);
    }),
    onMessage('removeOverride', async ({ data }) => {
      await setup.removeOverride(v.parse(v.pipe(v.string(), v.maxLength(500)), data));
      await changed(undefined);
    }),
    onMessage('listNotes', ({ data }) => notes.list(data ?? undefined)),
    onMessage('saveNote', ({ data }) => notes.save(v.parse(NoteSchema, data), now())),
    onMessage('deleteNote', ({ data }) => notes.remove(v.parse(v.pipe(v.number(), v.integer()), data))),
    onMessage('listLinkDecisions', () => links.decisions()),
    onMessage('setLinkDecision', async ({ data }) => {
      const request = v.parse(
        v.object({
          url: v.string(),
          decision: v.nullable(v.picklist(['annulled', 'keep'])),
          chatId: v.optional(MaxIdSchema),
        }),
        data,
      );
      const url = normalizeInviteUrl(request.url);
      if (!url) throw new Error('Это не ссылка-приглашение MAX');
      await links.setDecision(url, request.decision, request.chatId, now());
    }),
    onMessage('getLinkHistory', ({ data }) => links.history(v.parse(MaxIdSchema, data))),
    onMessage('saveLinkHistory', async ({ data }) => {
      const request = v.parse(v.object({ userId: MaxIdSchema, history: v.record(v.string(), v.unknown()) }), data);
      await links.saveHistory(request.userId, request.history);
    }),
    onMessage('recordAudit', ({ data }) => audits.record(v.parse(AuditRecordSchema, data))),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
