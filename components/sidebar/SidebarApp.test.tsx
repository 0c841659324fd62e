// @vitest-environment happy-dom
/**
 * The sidebar as the content script mounts it (SidebarApp), for what spans components: the toggle tab's number, the
 * summary line, «Только проблемы» handed to the controller, and one «Загрузить все чаты» run from the status line or
 * an «неизвестно» row.
 */
import { signal } from '@preact/signals';
import { act, cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AuditChat, type AuditResult, audit, type AuditSummary as Summary } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import { createTranslator } from '@/utils/i18n/translator';
import type { LoadAllOutcome } from '@/utils/max/dom/load-all-chats';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { idleSidebarActions, idleSidebarModel } from '@/utils/sidebar/idle-sidebar.testing';
import type { SidebarActions, SidebarModel } from '@/utils/sidebar/sidebar-types';
import { emptySnapshot, type MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { AuditSummary } from './AuditSummary';
import { SidebarApp } from './SidebarApp';
import { ToggleTab } from './ToggleTab';

const ME = '1000001';
const NOW = Date.UTC(2025, 10, 24, 9);
const t = createTranslator('ru');
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 25 }] };
const assignment = {
  roles: [
    { role: 'curator' as const, group: 'ИСП-21' },
    { role: 'teacher' as const, group: 'ИСП-21', discipline: 'Математика' },
  ],
};
const chats: AuditChat[] = [
  groupChat('-70000000101', 'ИСП-21 Студенты', ME),
  { ...groupChat('-70000000104', 'Матем. ИСП-21', ME), participantsCount: 13 },
];
const snapshotOf = (listComplete: boolean): MaxSnapshot => ({
  ...emptySnapshot(),
  chats: Object.fromEntries(chats.map((c) => [c.id, { ...c, type: 'CHAT' }])) as MaxSnapshot['chats'],
  me: { id: ME, name: 'Мария Иванова' },
  listComplete,
  liveChats: chats.length,
  protocol: 'ok',
  loginAt: NOW,
  updatedAt: NOW,
});
const auditOf = (listComplete: boolean) => audit(profile, assignment, { chats, me: { id: ME }, listComplete }, [], NOW);

function mount(
  result: AuditResult | null,
  options: {
    listComplete?: boolean;
    open?: boolean;
    model?: Partial<SidebarModel>;
    exportSummary?: SidebarActions['exportSummary'];
  } = {},
) {
  const listComplete = options.listComplete ?? true;
  const starts: Array<{ signal: AbortSignal; onProgress: (n: number) => void; finish(o: LoadAllOutcome): void }> = [];
  const actions = idleSidebarActions({
    setOpen: vi.fn(),
    startLoadAll: (runSignal, onProgress) =>
      new Promise((resolve) => starts.push({ signal: runSignal, onProgress, finish: resolve })),
    ...(options.exportSummary ? { exportSummary: options.exportSummary } : {}),
    openPage: vi.fn(),
    setProblemsOnly: vi.fn(),
  });
  const auditResult = signal(result);
  const open = signal(options.open ?? true);
  const model = idleSidebarModel(
    snapshotOf(listComplete),
    { profile, profileSource: 'default' as const, assignment, overrides: [] },
    { auditResult, open, ...options.model },
  );
  const view = render(<SidebarApp model={model} t={t} actions={actions} />);
  return { view, auditResult, open, starts, actions };
}

describe('the toggle tab', () => {
  afterEach(cleanup);

  it('shows how many requirements need action (missing + incomplete + ambiguous), ✓ only when none', () => {
    const { view, auditResult } = mount(auditOf(true), { open: false });
    // ИСП-21: parents and teachers missing, Математика incomplete (12 of 25); the students' chat fine.
    const toggle = view.getByTestId('sverka-toggle');
    expect(toggle.getAttribute('data-attention')).toBe('3');
    expect(toggle.textContent).toContain('3');
    expect(toggle.textContent).not.toContain('✓');
    expect(toggle.getAttribute('aria-label')).toBe(
      'Открыть Сверку (Alt+Shift+S). 3 обязательных чата требуют действия',
    );

    // While the list is partial, unknown rows are not counted: only what the user can act on now.
    act(() => {
      auditResult.value = auditOf(false);
    });
    expect(view.getByTestId('sverka-toggle').getAttribute('data-attention')).toBe('1');
  });

  it('a ✓ and data-attention="0" when nothing needs action; neither before the first audit', () => {
    const view = render(<ToggleTab open={false} t={t} attention={0} onToggle={() => {}} />);
    expect(view.getByTestId('sverka-toggle').getAttribute('data-attention')).toBe('0');
    expect(view.getByTestId('sverka-toggle').textContent).toContain('✓');
    view.rerender(<ToggleTab open={false} t={t} attention={null} onToggle={() => {}} />);
    expect(view.getByTestId('sverka-toggle').hasAttribute('data-attention')).toBe(false);
    expect(view.getByTestId('sverka-toggle').textContent).not.toContain('✓');
    view.rerender(<ToggleTab open={false} t={t} attention={1} onToggle={() => {}} />);
    expect(view.getByTestId('sverka-toggle').getAttribute('aria-label')).toBe(
      'Открыть Сверку (Alt+Shift+S). 1 обязательный чат требует действия',
    );
  });
});

describe('the summary', () => {
  afterEach(cleanup);
  const summary = (counts: Partial<Summary>): Summary => ({
    total: 10,
    ok: 7,
    ambiguous: 0,
    missing: 0,
    incomplete: 0,
    unknown: 0,
    notRequired: 0,
    linkedByHand: 0,
    ...counts,
  });

  it('counts every status, agreeing with its number', () => {
    const view = render(<AuditSummary summary={summary({ missing: 2, incomplete: 1 })} t={t} />);
    expect(view.getByTestId('audit-summary').textContent).toBe('7 из 10 на месте · 2 нет · 1 неполный');
    view.rerender(
      <AuditSummary
        summary={summary({ ok: 1, total: 14, missing: 1, incomplete: 2, ambiguous: 5, unknown: 5 })}
        t={t}
      />,
    );
    expect(view.getByTestId('audit-summary').textContent).toBe(
      '1 из 14 на месте · 1 нет · 2 неполных · 5 неоднозначных · 5 неизвестных',
    );
    view.rerender(<AuditSummary summary={summary({ ok: 10 })} t={t} />);
    expect(view.getByTestId('audit-summary').textContent).toBe('10 из 10 на месте');
    view.rerender(<AuditSummary summary={summary({ ambiguous: 1, unknown: 1 })} t={createTranslator('en')} />);
    expect(view.getByTestId('audit-summary').textContent).toBe('7 of 10 in place · 1 ambiguous · 1 unknown');
  });

  it('in the sidebar, once: no second line about the unknown ones', () => {
    const { view } = mount(auditOf(false), { listComplete: false });
    expect(view.getByTestId('audit-summary').textContent).toBe('1 из 4 на месте · 1 неполный · 2 неизвестных');
    expect(view.container.textContent).not.toContain('не значит');
  });
});

describe('«Только проблемы» and «Загрузить все чаты» in the sidebar', () => {
  afterEach(cleanup);

  it('the switch hands its choice to the controller, which remembers it', () => {
    const { view, actions } = mount(auditOf(true));
    fireEvent.click(view.getByTestId('filter-problems'));
    expect(actions.setProblemsOnly).toHaveBeenCalledWith(true);
  });

  it('an «неизвестно» row starts the run the status line shows, and while it runs neither starts another', () => {
    const { view, starts } = mount(auditOf(false), { listComplete: false });
    const rows = view.getAllByTestId('requirement').filter((row) => row.getAttribute('data-status') === 'unknown');
    expect(rows).toHaveLength(2);
    fireEvent.click(within(rows[0] as HTMLElement).getByTestId('requirement-load-all'));
    expect(starts).toHaveLength(1);
    act(() => starts[0]?.onProgress(120));
    expect(view.getByTestId('sverka-load-all-progress').textContent).toBe('Загружаем список чатов… известно: 120');
    for (const row of rows) {
      expect((within(row).getByTestId('requirement-load-all') as HTMLButtonElement).disabled).toBe(true);
    }
    fireEvent.click(within(rows[1] as HTMLElement).getByTestId('requirement-load-all'));
    expect(starts).toHaveLength(1);
  });

  it('closing the sidebar stops a run', () => {
    const { view, open, starts } = mount(auditOf(false), { listComplete: false });
    fireEvent.click(view.getByTestId('sverka-load-all'));
    expect(starts).toHaveLength(1);
    act(() => {
      open.value = false;
    });
    expect(view.queryByTestId('sverka-sidebar')).toBeNull();
    expect(starts[0]?.signal.aborted).toBe(true);
  });
});

describe('when a part fails or stored data did not read', () => {
  afterEach(cleanup);

  it('a tab that throws while rendering is replaced by a message; the frame, the settings link and the other tabs stay', () => {
    const broken = signal({ findings: [null], annul: [], hints: [] }) as unknown as SidebarModel['links'];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { view, actions } = mount(auditOf(true), { model: { links: broken } });
    fireEvent.click(view.getByRole('tab', { name: /Ссылки/ }));
    const failed = view.getByTestId('panel-failed');
    expect(failed.textContent).toContain('Сохранённое не изменилось');
    fireEvent.click(within(failed).getByRole('button'));
    expect(actions.openPage).toHaveBeenCalledWith('options');
    expect(view.getByTestId('open-options')).toBeTruthy();
    fireEvent.click(view.getByRole('tab', { name: /Сверка/ }));
    expect(view.queryByTestId('panel-failed')).toBeNull();
    expect(view.getAllByTestId('requirement').length).toBeGreaterThan(0);
    error.mockRestore();
  });

  it('says which stored data fell back to what', () => {
    const setup = signal({
      profile,
      profileSource: 'default' as const,
      assignment,
      overrides: [],
      unreadable: ['profile'],
    });
    const { view } = mount(auditOf(true), { model: { setup: setup as unknown as SidebarModel['setup'] } });
    expect(view.getByTestId('setup-unreadable').textContent).toContain('профиль положения: действует встроенный');
  });
});

describe('«Сводка для администратора» in the footer', () => {
  afterEach(cleanup);

  it('makes the summary into a link of the sidebar’s own and says the file’s name, or why there is none', async () => {
    const into: Element[] = [];
    const answers = [
      { ok: true as const, fileName: 'sverka-сводка-Иванова-М-П-2026-12-01.json' },
      { ok: false as const, error: 'роли не указаны' },
    ];
    const { view } = mount(auditOf(true), {
      exportSummary: async (element) => {
        into.push(element);
        return answers.shift() ?? { ok: false, error: '?' };
      },
    });
    fireEvent.click(view.getByTestId('summary-export'));
    expect(await view.findByText('Сводка сохранена: sverka-сводка-Иванова-М-П-2026-12-01.json')).toBeTruthy();
    expect(into[0]?.closest('[data-testid="sverka-sidebar"]')).not.toBeNull();

    fireEvent.click(view.getByTestId('summary-export'));
    expect(await view.findByText('Сводку сделать не удалось: роли не указаны')).toBeTruthy();
  });
});
