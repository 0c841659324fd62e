// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AuditChat, audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import { createTranslator } from '@/utils/i18n/translator';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { RequirementList } from './RequirementList';
import { RequirementRow } from './RequirementRow';

// The real row, counted: how many times a row is rendered is what a busy session pays for.
vi.mock('./RequirementRow', async (importOriginal) => {
  const original = await importOriginal<typeof import('./RequirementRow')>();
  return { ...original, RequirementRow: vi.fn(original.RequirementRow) };
});

const ME = '1000001';
const NOW = Date.UTC(2025, 10, 24, 9);
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 25 }] };
const assignment = { roles: [{ role: 'curator' as const, group: 'ИСП-21' }] };
const chat = (id: MaxId, title: string): AuditChat => groupChat(id, title, ME);
const auditOf = (chats: AuditChat[]) =>
  audit(profile, assignment, { chats, me: { id: ME }, listComplete: true }, [], NOW);

const t = createTranslator('ru');
const resolved = () => Promise.resolve();
const handlers = {
  chatTitle: (id: MaxId) => `chat ${id}`,
  chatChoices: () => [],
  onOpenChat: () => {},
  onOverride: resolved,
  onUndoOverride: resolved,
  noteFor: () => null,
  noteActions: { save: (note: never) => Promise.resolve(note), remove: () => Promise.resolve(null) },
  snoozes: {},
  onSnooze: resolved,
  onUnsnooze: resolved,
  revealMissing: false,
};

describe('RequirementList', () => {
  afterEach(cleanup);

  it('re-renders only the rows whose finding changed when the audit runs again', () => {
    const rendered = vi.mocked(RequirementRow);
    const chats = [chat('-70000000001', 'ИСП-21 Студенты'), chat('-70000000002', 'ИСП-21 Родители')];
    const view = render(<RequirementList result={auditOf(chats)} t={t} {...handlers} />);
    const rows = () => [...view.container.querySelectorAll('[data-testid="requirement"]')];
    expect(rows()).toHaveLength(3);
    rendered.mockClear();

    // A MAX event elsewhere: a new audit, new objects, the same findings. No row is rendered again.
    view.rerender(
      <RequirementList result={auditOf([...chats, chat('-70000000009', 'Педсовет')])} t={t} {...handlers} />,
    );
    expect(rendered).not.toHaveBeenCalled();

    // The teachers' chat is created: that row, and only that row, is rendered again, and shows it.
    const created = [...chats, chat('-70000000003', 'ИСП-21 Преподаватели')];
    view.rerender(<RequirementList result={auditOf(created)} t={t} {...handlers} />);
    expect(rendered).toHaveBeenCalledTimes(1);
    expect(rows().map((row) => row.getAttribute('data-status'))).toEqual(['ok', 'ok', 'ok']);
  });
});
