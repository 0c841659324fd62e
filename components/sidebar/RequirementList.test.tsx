// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AuditChat, audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import { createTranslator } from '@/utils/i18n/translator';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { LoadAllChats, type LoadAllControl, type LoadAllState } from './LoadAllChats';
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
  problemsOnly: false,
  onProblemsOnly: () => {},
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

// Curator of ИСП-21 and teacher of its Математика: one chat of each status, in the order of the requirements' ids.
const OTHER = '1000110';
const dailyAssignment = {
  roles: [
    { role: 'curator' as const, group: 'ИСП-21' },
    { role: 'teacher' as const, group: 'ИСП-21', discipline: 'Математика' },
  ],
};
const dailyChats = [
  chat('-70000000101', 'ИСП-21 Студенты'), // ok
  // curator-parents/ИСП-21: no chat → missing (or unknown while the list is partial)
  { ...chat('-70000000103', 'ИСП-21 Преподаватели'), participantsCount: 40 }, // teachers: two equally good → ambiguous
  { ...chat('-70000000113', 'Преподаватели ИСП 21'), participantsCount: 40 },
  { ...chat('-70000000104', 'Матем. ИСП-21'), participantsCount: 13 }, // 12 of 25 → incomplete
];
const daily = (listComplete = true, chats = dailyChats) =>
  audit(profile, dailyAssignment, { chats, me: { id: ME }, listComplete }, [], NOW);
const statuses = (container: Element) =>
  [...container.querySelectorAll('[data-testid="requirement"]')].map((row) => [
    row.getAttribute('data-requirement-id'),
    row.getAttribute('data-status'),
  ]);
const rowOf = (container: Element, id: string) => {
  const row = container.querySelector<HTMLElement>(`[data-testid="requirement"][data-requirement-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('problems first, in words that say what to do', () => {
  afterEach(cleanup);

  it('within a group, rows needing action come first: missing, incomplete, ambiguous, unknown, then fine', () => {
    const view = render(<RequirementList result={daily()} t={t} {...handlers} />);
    expect(statuses(view.container)).toEqual([
      ['curator-parents/ИСП-21', 'missing'],
      ['teacher-discipline/ИСП-21/Математика', 'incomplete'],
      ['curator-teachers/ИСП-21', 'ambiguous'],
      ['curator-students/ИСП-21', 'ok'],
    ]);
    view.rerender(<RequirementList result={daily(false)} t={t} {...handlers} />);
    expect(statuses(view.container)).toEqual([
      ['teacher-discipline/ИСП-21/Математика', 'incomplete'],
      ['curator-teachers/ИСП-21', 'ambiguous'],
      ['curator-parents/ИСП-21', 'unknown'],
      ['curator-students/ИСП-21', 'ok'],
    ]);
  });

  it('«Только проблемы» hides the fine rows, says how many it hides, and hands the choice up to be remembered', () => {
    const onProblemsOnly = vi.fn();
    const view = render(<RequirementList result={daily()} t={t} {...handlers} onProblemsOnly={onProblemsOnly} />);
    const toggle = view.getByTestId('filter-problems') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(view.container.textContent).toContain('Только проблемы');
    fireEvent.click(toggle);
    expect(onProblemsOnly).toHaveBeenCalledWith(true);

    view.rerender(<RequirementList result={daily()} t={t} {...handlers} problemsOnly={true} />);
    expect((view.getByTestId('filter-problems') as HTMLInputElement).checked).toBe(true);
    expect(statuses(view.container).map(([, status]) => status)).toEqual(['missing', 'incomplete', 'ambiguous']);
    expect(view.getByTestId('problems-hidden').textContent).toBe('Скрыт 1 чат, который на месте');

    // Nothing wrong: one line says so.
    const fine = [
      chat('-70000000101', 'ИСП-21 Студенты'),
      chat('-70000000102', 'ИСП-21 Родители'),
      chat('-70000000103', 'ИСП-21 Преподаватели'),
      chat('-70000000104', 'Математика ИСП-21'),
    ];
    view.rerender(<RequirementList result={daily(true, fine)} t={t} {...handlers} problemsOnly={true} />);
    expect(statuses(view.container)).toEqual([]);
    expect(view.getByTestId('problems-none').textContent).toBe('Проблем нет: все обязательные чаты на месте.');
  });

  it('only a «нет чата» row offers the title to create and whom to invite, once', () => {
    const view = render(<RequirementList result={daily()} t={t} {...handlers} />);
    const missing = rowOf(view.container, 'curator-parents/ИСП-21');
    const create = within(missing).getByTestId('requirement-create');
    expect(create.textContent).toContain('Создайте чат «ИСП-21 — родители»');
    expect(create.textContent).toContain('Пригласите: родители (законные представители) обучающихся группы ИСП-21');
    expect(missing.textContent).not.toContain('Чата нет'); // the same advice once, not twice
    expect(view.container.querySelectorAll('[data-testid="requirement-create"]')).toHaveLength(1);
  });

  it('«неполный» says which of its causes apply, each with what to do', () => {
    const chats = [
      { ...chat('-70000000101', 'ИСП-21 Студенты 2023/24'), owner: OTHER, admins: [OTHER] }, // old, not mine
      chat('-70000000102', 'Практика ИСП-21 родители'), // an occasion
      chat('-70000000103', 'ИСП-21 Преподаватели'),
      { ...chat('-70000000104', 'Матем. ИСП-21'), participantsCount: 13 },
    ];
    const view = render(<RequirementList result={daily(true, chats)} t={t} {...handlers} />);
    const causes = (id: string) =>
      [...within(rowOf(view.container, id)).getByTestId('requirement-causes').querySelectorAll('li')].map((li) => [
        li.getAttribute('data-reason'),
        li.textContent,
      ]);
    expect(causes('teacher-discipline/ИСП-21/Математика')).toEqual([
      ['few-members', 'В чате 12 из 25 — пригласите оставшихся'],
    ]);
    expect(causes('curator-students/ИСП-21')).toEqual([
      [
        'old-title',
        'Название чата «ИСП-21 Студенты 2023/24» похоже на старое («2023/24») — если чат нынешний, переименуйте его, если нет, создайте новый',
      ],
      [
        'not-owner-or-admin',
        'Вы не владелец и не администратор чата «ИСП-21 Студенты 2023/24» — попросите владельца сделать вас администратором',
      ],
    ]);
    expect(causes('curator-parents/ИСП-21')).toEqual([
      [
        'topic-title',
        'Чат «Практика ИСП-21 родители» похож на чат по отдельному поводу («практика») — группе нужен постоянный чат: переименуйте этот или создайте новый',
      ],
    ]);
    expect(view.container.querySelectorAll('[data-testid="requirement-create"]')).toHaveLength(0);

    // A discipline chat where the group's own chat should be.
    const only = [chat('-70000000104', 'Математика ИСП-21')];
    view.rerender(<RequirementList result={daily(true, only)} t={t} {...handlers} />);
    expect(causes('curator-students/ИСП-21')).toEqual([
      [
        'discipline-chat-only',
        'Нашёлся только чат по дисциплине, «Математика ИСП-21», — создайте общий чат группы и пригласите всех обучающихся',
      ],
    ]);
  });

  it('an «неизвестно» row says what is unknown and starts the same «Загрузить все чаты» run; it offers no title', () => {
    let finish: (outcome: 'done') => void = () => {};
    const start = vi.fn((_signal: AbortSignal, onProgress: (known: number) => void) => {
      onProgress(70);
      return new Promise<'done'>((resolve) => {
        finish = resolve;
      });
    });
    const state = signal<LoadAllState>({ phase: 'idle' });
    const control: LoadAllControl = {
      state,
      run: () => {
        state.value = { phase: 'running', known: 0 };
        void start(new AbortController().signal, (known) => {
          state.value = { phase: 'running', known };
        }).then((outcome) => {
          state.value = { phase: 'finished', outcome };
        });
      },
      stop: () => {},
      release: () => {},
    };
    const view = render(
      <div>
        <LoadAllChats t={t} control={control} />
        <RequirementList result={daily(false)} t={t} {...handlers} loadAll={control} />
      </div>,
    );
    const unknown = rowOf(view.container, 'curator-parents/ИСП-21');
    expect(unknown.textContent).toContain('Есть ли чат «ИСП-21 — родители», пока неизвестно.');
    expect(unknown.textContent).toContain('Список чатов MAX ещё не загружен полностью');
    expect(unknown.textContent).not.toContain('Создайте');
    expect(within(unknown).queryByTestId('requirement-create')).toBeNull();
    const button = within(unknown).getByTestId('requirement-load-all') as HTMLButtonElement;
    expect(button.textContent).toBe('Загрузить все чаты');
    // The one under the status line stays the only `sverka-load-all`.
    expect(view.getAllByTestId('sverka-load-all')).toHaveLength(1);

    fireEvent.click(button);
    expect(start).toHaveBeenCalledOnce();
    expect(view.getByTestId('sverka-load-all-progress').textContent).toBe('Загружаем список чатов… известно: 70');
    const running = within(rowOf(view.container, 'curator-parents/ИСП-21')).getByTestId(
      'requirement-load-all',
    ) as HTMLButtonElement;
    expect(running.disabled).toBe(true);
    expect(running.textContent).toBe('Загружаем список чатов…');
    fireEvent.click(running);
    expect(start).toHaveBeenCalledOnce();
    finish('done');
  });

  it('an «неизвестно» row without a partial list (MAX data not understood) offers no loading', () => {
    const result = audit(
      profile,
      dailyAssignment,
      { chats: dailyChats, me: { id: ME }, listComplete: true, dataProblem: 'unknown-version' },
      [],
      NOW,
    );
    const control = { state: signal<LoadAllState>({ phase: 'idle' }), run: vi.fn(), stop: vi.fn(), release: vi.fn() };
    const view = render(<RequirementList result={result} t={t} {...handlers} loadAll={control} />);
    const unknown = rowOf(view.container, 'curator-parents/ИСП-21');
    expect(unknown.getAttribute('data-status')).toBe('unknown');
    expect(unknown.textContent).toContain('Данные MAX прочитаны не полностью');
    expect(within(unknown).queryByTestId('requirement-load-all')).toBeNull();
  });
});
