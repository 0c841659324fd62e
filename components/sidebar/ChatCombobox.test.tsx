// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '@/utils/i18n/translator';
import { ChatCombobox } from './ChatCombobox';

const t = createTranslator('ru');
const CHATS = [
  { id: '-1', title: 'ИСП-21 родители' },
  { id: '-2', title: 'ИСП-22 — родители' },
  { id: '-3', title: 'Матем. ИСП-22' },
];

describe('ChatCombobox', () => {
  afterEach(cleanup);

  it('filters as you type; ↓/↑ move the active option, Enter picks it, Escape closes the list', () => {
    const onChoose = vi.fn();
    const view = render(<ChatCombobox t={t} chatChoices={() => CHATS} onChoose={onChoose} />);
    const input = view.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'исп22' } });
    expect(view.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'ИСП-22 — родители',
      'Матем. ИСП-22',
    ]);
    expect(input.getAttribute('aria-activedescendant')).toBe(view.getAllByRole('option')[0]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const second = view.getAllByRole('option')[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenLastCalledWith('-3');
    expect((input as HTMLInputElement).value).toBe('Матем. ИСП-22');
    expect(view.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');

    // Typing again drops the pick; Escape closes the list without picking.
    fireEvent.input(input, { target: { value: 'родит' } });
    expect(onChoose).toHaveBeenLastCalledWith(null);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(view.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(view.getAllByRole('option')).toHaveLength(2);
  });

  it('says so when nothing matches', () => {
    const view = render(<ChatCombobox t={t} chatChoices={() => CHATS} onChoose={() => {}} />);
    fireEvent.input(view.getByRole('combobox'), { target: { value: 'физика' } });
    expect(view.queryAllByRole('option')).toHaveLength(0);
    expect(view.getByTestId('override-chat-count').textContent).toMatch(/^Ничего не найдено/);
  });
});
