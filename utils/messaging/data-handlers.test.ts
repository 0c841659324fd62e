import '../backup/worker-globals.testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '@/utils/db/database';
import type { MaxId } from '@/utils/max/bridge-events';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { registerBackgroundHandlers } from './background-handlers';
import { registerDataHandlers } from './data-handlers';
import { sendMessage } from './protocol';
import { setupVersionItem } from './setup-changes';

const snapshot = (userId: MaxId, savedAt: number): StoredSnapshot => ({
  userId,
  userName: 'Иванова Мария Петровна',
  savedAt,
  listComplete: true,
  chats: [{ id: '-70000000001', type: 'CHAT', status: 'ACTIVE', title: 'ИСП-21 Родители', members: [['5', 100]] }],
  contacts: { '5': 'Петров' },
  links: [{ url: 'https://max.ru/join/abc', chatId: '-70000000001', messageId: '7' }],
});

const run = (userId: MaxId, at: number, status: string) => ({
  userId,
  at,
  summary: { total: 1, ok: status === 'ok' ? 1 : 0, missing: status === 'ok' ? 0 : 1, unknown: 0 },
  requirementStatuses: { 'curator-parents/ИСП-21': status },
});

describe('data messages: backup, restore, wipe, report', () => {
  let db: SverkaDatabase;
  let unregister: () => void;
  let changes = 0;
  beforeEach(() => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    changes = 0;
    const removeBackground = registerBackgroundHandlers(db, () => 1000);
    const removeData = registerDataHandlers(db, () => 5000, { onDataChanged: () => changes++ });
    unregister = () => {
      removeBackground();
      removeData();
    };
  });
  afterEach(async () => {
    unregister();
    await db.delete();
  });

  async function seed() {
    await sendMessage('saveSnapshot', snapshot('9', 100));
    await sendMessage('saveAssignment', { roles: [{ role: 'curator', group: 'ИСП-21' }] });
    await sendMessage('saveNote', { subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: 0, updatedAt: 0 });
    await sendMessage('setLinkDecision', {
      url: 'https://max.ru/join/abc',
      decision: 'annulled',
      chatId: '-70000000001',
    });
    await sendMessage('recordAudit', run('9', 100, 'missing'));
    await sendMessage('recordAudit', run('9', 200, 'ok'));
  }

  it('exports a backup as text, previews it and restores it (replace) after a wipe', async () => {
    await seed();
    const text = await sendMessage('exportBackup', undefined);
    expect(typeof text).toBe('string');
    const preview = await sendMessage('previewBackup', { text });
    expect(preview).toMatchObject({ ok: true, exportedAt: 5000, databaseVersion: 4 });

    await sendMessage('wipeAll', { confirm: 'УДАЛИТЬ' });
    expect(await db.notes.count()).toBe(0);
    expect(await setupVersionItem.getValue()).toBe(5000);

    const result = await sendMessage('restoreBackup', { text, mode: 'replace' });
    expect(result).toMatchObject({ ok: true, counts: { notes: { restored: 1, skipped: 0 } } });
    expect((await sendMessage('getSetup', undefined)).assignment).toEqual({
      roles: [{ role: 'curator', group: 'ИСП-21' }],
    });
    expect(changes).toBe(2);
  });

  it('merges a backup without duplicating what is already stored', async () => {
    await seed();
    const text = await sendMessage('exportBackup', undefined);
    const result = await sendMessage('restoreBackup', { text, mode: 'merge' });
    expect(result.ok && result.counts.notes).toEqual({ restored: 0, skipped: 1 });
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses to wipe without the confirmation word, and keeps everything', async () => {
    await seed();
    for (const bad of [{ confirm: 'удалить' }, {}, null])
      await expect(sendMessage('wipeAll', bad as never)).rejects.toThrow(/введите слово УДАЛИТЬ/);
    expect(await db.notes.count()).toBe(1);
    expect(changes).toBe(0);
  });

  it('answers a clear error for a foreign file or a bad request, and changes nothing', async () => {
    await seed();
    const preview = await sendMessage('previewBackup', { text: '{"hello":1}' });
    expect(preview).toEqual({ ok: false, error: expect.stringMatching(/^Это не резервная копия Сверки/) });
    expect(await sendMessage('previewBackup', 42 as never)).toMatchObject({ ok: false });
    const restore = await sendMessage('restoreBackup', { text: '{"hello":1}', mode: 'replace' });
    expect(restore.ok).toBe(false);
    const badMode = await sendMessage('restoreBackup', { text: '{}', mode: 'all' as never });
    expect(badMode).toMatchObject({ ok: false, error: expect.stringMatching(/Восстановить не удалось/) });
    expect(await db.notes.count()).toBe(1);
    expect(changes).toBe(0);
  });

  it('gives the report its data: organization, user, setup, snapshot, notes, marks, audits oldest first', async () => {
    await seed();
    await sendMessage('recordAudit', run('10', 300, 'ok'));
    await sendMessage('saveSnapshot', snapshot('9', 400));
    const data = await sendMessage('getReportData', undefined);
    expect(data.organization).toBe(data.setup.profile.organization.name);
    expect(data.userName).toBe('Иванова Мария Петровна');
    expect(data.at).toBe(5000);
    expect(data.snapshot?.userId).toBe('9');
    expect(data.notes.map((n) => n.text)).toEqual(['Общая']);
    expect(data.linkDecisions.map((m) => [m.url, m.mark])).toEqual([['https://max.ru/join/abc', 'annulled']]);
    expect(data.audits.map((a) => [a.userId, a.at])).toEqual([
      ['9', 100],
      ['9', 200],
    ]);
    expect(data.linkHistory).toEqual({});
  });

  it('gives an empty report before any MAX data', async () => {
    const data = await sendMessage('getReportData', undefined);
    expect(data).toMatchObject({ userName: null, snapshot: null, notes: [], linkDecisions: [], audits: [] });
  });

  it('replace asks with counts, keeps a safety copy, and «Вернуть как было» brings the old data back', async () => {
    await seed();
    const text = await sendMessage('exportBackup', undefined);
    await sendMessage('saveNote', { subjectType: 'audit', subjectKey: '', text: 'Новая', createdAt: 0, updatedAt: 0 });
    await sendMessage('setLinkDecision', { url: 'https://max.ru/join/new', decision: 'keep' });
    const before = await db.notes.toArray();

    const preview = await sendMessage('previewBackup', { text });
    expect(preview).toMatchObject({ ok: true, replaceLoses: { notes: 1, overrides: 0, linkDecisions: 1 } });
    expect(await sendMessage('getRestoreUndo', undefined)).toBeNull();

    const result = await sendMessage('restoreBackup', { text, mode: 'replace' });
    expect(result).toMatchObject({ ok: true, safetyCopyAt: 5000 });
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Общая']);
    expect(await sendMessage('getRestoreUndo', undefined)).toEqual({
      at: 5000,
      mode: 'replace',
      counts: { notes: 2, overrides: 0, linkDecisions: 2 },
    });

    expect(await sendMessage('undoRestore', { lang: 'ru' })).toMatchObject({ ok: true });
    expect(await db.notes.toArray()).toEqual(before);
    expect(await db.links.get('https://max.ru/join/new')).toMatchObject({ mark: 'keep' });
    expect(await sendMessage('getRestoreUndo', undefined)).toBeNull();
    expect(await sendMessage('undoRestore', null)).toEqual({
      ok: false,
      error: expect.stringMatching(/Возвращать нечего/),
    });
    expect(await sendMessage('undoRestore', { lang: 'en' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing to bring back/),
    });
    expect(changes).toBe(2);
  });

  it('answers in the language asked, and never throws, whatever the request', async () => {
    await seed();
    const en = await sendMessage('previewBackup', { text: '{"hello":1}', lang: 'en' });
    expect(en).toEqual({ ok: false, error: expect.stringMatching(/^This is not a Sverka backup/) });
    const badRequest = await sendMessage('restoreBackup', { text: 1, mode: 'replace', lang: 'en' } as never);
    expect(badRequest).toEqual({
      ok: false,
      error: expect.stringMatching(/^Could not restore: a request not understood/),
    });
    for (const request of [undefined, null, 'x', [], { text: {} }, { text: 'x', mode: 'merge', lang: 'de' }])
      for (const name of ['previewBackup', 'restoreBackup', 'undoRestore'] as const)
        expect(await sendMessage(name, request as never)).toMatchObject({ ok: false });
    expect(await db.notes.count()).toBe(1);
    expect(changes).toBe(0);
  });
});
