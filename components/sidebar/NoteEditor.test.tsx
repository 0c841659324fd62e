// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteRecord } from '@/utils/db/database';
import { createTranslator } from '@/utils/i18n/translator';
import { NoteEditor } from './NoteEditor';

const t = createTranslator('ru');
const subject = { subjectType: 'requirement' as const, subjectKey: 'curator-parents/ИСП-21' };

/** A save the test answers when it wants: a slow background. */
function slowSaves() {
  const pending: Array<{ note: NoteRecord; answer(): Promise<void> }> = [];
  let nextId = 7;
  const save = vi.fn(
    (note: NoteRecord) =>
      new Promise<NoteRecord>((resolve) => {
        pending.push({
          note,
          answer: async () => {
            await act(async () => resolve({ ...note, id: note.id ?? nextId++, createdAt: 1, updatedAt: 2 }));
          },
        });
      }),
  );
  return { save, pending };
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('NoteEditor autosave', () => {
  afterEach(cleanup);

  it('overlapping saves of one note run one after another and never create a second note', async () => {
    const { save, pending } = slowSaves();
    const view = render(<NoteEditor t={t} subject={subject} note={null} actions={{ save, remove: vi.fn() }} />);
    const editor = view.getByTestId('note-editor') as HTMLTextAreaElement;

    editor.value = 'Позвать';
    fireEvent.input(editor);
    fireEvent.blur(editor); // the first save starts, and is slow
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].id).toBeUndefined();

    editor.value = 'Позвать родителей';
    fireEvent.input(editor);
    fireEvent.blur(editor); // more typing while the first is still on its way
    editor.value = 'Позвать родителей 1.12';
    fireEvent.input(editor);
    fireEvent.blur(editor);
    await settle();
    expect(save).toHaveBeenCalledTimes(1); // the second waits for the first

    await pending[0]?.answer();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    // The second save updates the note the first one created: same id, the latest text.
    expect(save.mock.calls[1]?.[0]).toMatchObject({ id: 7, text: 'Позвать родителей 1.12' });
    await pending[1]?.answer();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(view.getByTestId('note-state').textContent).toBe('Сохранено');
  });

  it('a save after a failed one still updates the same note', async () => {
    let calls = 0;
    const save = vi.fn(async (note: NoteRecord) => {
      calls++;
      if (calls === 2) throw new Error('нет связи');
      return { ...note, id: note.id ?? 3 };
    });
    const view = render(<NoteEditor t={t} subject={subject} note={null} actions={{ save, remove: vi.fn() }} />);
    const editor = view.getByTestId('note-editor') as HTMLTextAreaElement;
    for (const text of ['a', 'ab', 'abc']) {
      editor.value = text;
      fireEvent.input(editor);
      fireEvent.blur(editor);
      await settle();
    }
    expect(save.mock.calls.map(([note]) => [note.id, note.text])).toEqual([
      [undefined, 'a'],
      [3, 'ab'],
      [3, 'abc'],
    ]);
    expect(view.getByTestId('note-state').textContent).toBe('Сохранено');
  });
});
