// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '@/utils/i18n/translator';
import { seedTeachingGrid } from '@/utils/setup/teaching-grid';
import { AssignmentForm } from './AssignmentForm';

const t = createTranslator('ru');
const TITLES = ['Матем. ИСП-22', 'Математика ИСП-21', 'Информатика ИСП-22'];

describe('AssignmentForm with the groups × disciplines table', () => {
  afterEach(cleanup);

  it('the table opens pre-ticked; its ticked cells are saved as teacher roles, the untouched empty row dropped', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const view = render(
      <AssignmentForm
        t={t}
        initial={null}
        groupSuggestions={[]}
        disciplineSuggestions={[]}
        onSave={onSave}
        idPrefix="test"
        teachingGrid={() => seedTeachingGrid(TITLES, null)}
      />,
    );
    expect(view.queryByTestId('teaching-grid')).toBeNull();
    fireEvent.click(view.getByTestId('teaching-grid-open'));
    const cell = (name: string) => view.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(cell('ИСП-22 — Математика').checked).toBe(true);
    expect(cell('ИСП-21 — Информатика').checked).toBe(false);
    fireEvent.click(cell('ИСП-22 — Информатика'));
    fireEvent.input(view.getByTestId('teaching-add-group'), { target: { value: 'ТМ-31' } });
    fireEvent.keyDown(view.getByTestId('teaching-add-group'), { key: 'Enter' });
    fireEvent.click(cell('ТМ-31 — Математика'));
    fireEvent.submit(view.container.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({
      roles: [
        { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
        { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
        { role: 'teacher', group: 'ТМ-31', discipline: 'Математика' },
      ],
    });
  });
});
