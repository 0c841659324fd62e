// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkDecision } from '@/utils/db/database';
import { en, ru } from '@/utils/i18n/messages';
import { createTranslator } from '@/utils/i18n/translator';
import type { AnnulGroup } from '@/utils/links/annul-order';
import type { LinkFinding } from '@/utils/links/link-status';
import { LinksTab } from './LinksTab';

const t = createTranslator('ru');
const ME = '1000001';
const link = (token: string, status: LinkFinding['status'], ageDays: number, chatId = '-70000000204'): LinkFinding => ({
  url: `https://max.ru/join/${token}`,
  status,
  targetChatId: chatId,
  targetTitle: 'Матем. ИСП-22',
  places: [{ kind: 'message', chatId: '-70000000201', messageId: '1', sender: ME, time: 0 }],
  ageDays,
  evidence: [],
});
const stale = link('StaleToken', 'stale', 37);
const unused = link('UnusedToken', 'unused', 2, '-70000000201');
const used = link('UsedToken', 'used', 20, '-70000000102');
const annul: AnnulGroup[] = [
  { chatId: '-70000000204', title: 'Матем. ИСП-22', findings: [stale] },
  { chatId: '-70000000201', title: 'Группа ИСП 22 — студенты', findings: [unused] },
];

function mount(decisions: Map<string, LinkDecision | undefined>, setDecision = vi.fn(() => Promise.resolve())) {
  const view = render(
    <LinksTab
      t={t}
      findings={[stale, unused, used]}
      annul={annul}
      hints={[]}
      decisions={decisions}
      noteFor={() => null}
      chatTitle={(id) => `chat ${id}`}
      actions={{
        openMessage: () => {},
        setDecision,
        notes: { save: (note) => Promise.resolve(note), remove: () => Promise.resolve(null) },
      }}
    />,
  );
  return { view, setDecision };
}

describe('the links to annul', () => {
  afterEach(cleanup);

  it('holds only links still to annul, with buttons that say what they do', () => {
    const { view, setDecision } = mount(new Map());
    const list = view.getByTestId('links-to-annul');
    const items = within(list).getAllByTestId('annul-link');
    expect(items.map((item) => item.getAttribute('data-url'))).toEqual([stale.url, unused.url]);
    const first = items[0] as HTMLElement;
    expect(first.textContent).toContain('max.ru/join/StaleToken — устарела, 37 дней');
    expect(within(first).getByTestId('invite-link-annulled').textContent).toBe('Отметить: аннулирована');
    expect(within(first).getByTestId('invite-link-keep').textContent).toBe('Оставить');
    expect(view.queryByTestId('links-decided')).toBeNull();
    fireEvent.click(within(first).getByTestId('invite-link-annulled'));
    expect(setDecision).toHaveBeenCalledWith(stale.url, 'annulled', '-70000000204');
  });

  it('a link decided about leaves the list and shows under «Отмечены», with a button to put it back', () => {
    const { view, setDecision } = mount(new Map([[stale.url, 'annulled']]));
    const list = view.getByTestId('links-to-annul');
    expect(
      within(list)
        .getAllByTestId('annul-link')
        .map((item) => item.getAttribute('data-url')),
    ).toEqual([unused.url]);
    expect(list.textContent).not.toContain('StaleToken');
    const decided = view.getByTestId('links-decided');
    expect(decided.textContent).toContain('Отмечены');
    const item = within(decided).getByTestId('decided-link');
    expect(item.getAttribute('data-url')).toBe(stale.url);
    expect(item.textContent).toContain('Матем. ИСП-22: max.ru/join/StaleToken — аннулирована');
    const undo = within(item).getByTestId('invite-link-undo-decision');
    expect(undo.textContent).toBe('Вернуть в список');
    fireEvent.click(undo);
    expect(setDecision).toHaveBeenCalledWith(stale.url, null, '-70000000204');
    // The row in the whole list says it too, and its own button reads as an action.
    const row = view.getAllByTestId('invite-link').find((r) => r.getAttribute('data-url') === stale.url) as HTMLElement;
    expect(row.getAttribute('data-decision')).toBe('annulled');
    expect(within(row).queryByTestId('invite-link-annulled')).toBeNull();
  });

  it('when every link is decided about, the list says so rather than that there are none', () => {
    const { view } = mount(
      new Map<string, LinkDecision | undefined>([
        [stale.url, 'annulled'],
        [unused.url, 'keep'],
      ]),
    );
    const list = view.getByTestId('links-to-annul');
    expect(within(list).queryAllByTestId('annul-link')).toHaveLength(0);
    expect(list.textContent).toContain('Все ссылки из этого списка отмечены.');
    expect(list.textContent).not.toContain('Как аннулировать');
    expect(within(view.getByTestId('links-decided')).getAllByTestId('decided-link')[1]?.textContent).toContain(
      '— оставлена',
    );
  });

  it('counts agree in number, and zero counts are left out', () => {
    const { view } = mount(new Map());
    expect(view.getByTestId('links-summary').textContent).toBe(
      '1 устаревшая ссылка · 1 неиспользованная ссылка · всего 3 ссылки',
    );
  });
});

describe('the Russian text, read once more', () => {
  it('one set of steps for resetting a link: only «Как аннулировать», nowhere else', () => {
    const steps = Object.entries(ru).filter(([, text]) => typeof text === 'string' && text.includes('Сбросить ссылку'));
    expect(steps.map(([key]) => key)).toEqual(['annulSteps']);
    const stepsEn = Object.entries(en).filter(([, text]) => typeof text === 'string' && text.includes('Reset link'));
    expect(stepsEn.map(([key]) => key)).toEqual(['annulSteps']);
  });

  it('the sidebar’s action buttons are verbs', () => {
    for (const key of [
      'linkDecideAnnulled',
      'linkDecideKeep',
      'linkDecisionClear',
      'annulUndoDecision',
      'markNotRequired',
      'cancel',
      'noteAdd',
      'safeModeDone',
      'reportOpen',
      'openOptions',
    ] as const) {
      expect(ru[key], key).toMatch(/^(Отметить|Оставить|Снять|Вернуть|Отменить|Добавить|Открыть)(:| |$)/);
    }
  });
});
