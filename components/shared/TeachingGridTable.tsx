import { useState } from 'preact/hooks';
import type { Translator } from '@/utils/i18n/translator';
import { normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';
import { cellKey, type TeachingGrid, withLine } from '@/utils/setup/teaching-grid';
import { Button } from './Button';

interface Props {
  t: Translator;
  grid: TeachingGrid;
  onChange(grid: TeachingGrid): void;
  /** The form's suggestion lists (datalist ids) for the fields that add a group or a discipline. */
  groupsListId: string;
  disciplinesListId: string;
  idPrefix: string;
}

const sourceHint = {
  'staff-list': 'teachingGridFromStaffList',
  chats: 'teachingGridFromChats',
  none: 'teachingGridEmpty',
} as const;

/** What a teacher teaches, groups × disciplines, one checkbox a cell; a group or a discipline can be added. */
export function TeachingGridTable({ t, grid, onChange, groupsListId, disciplinesListId, idPrefix }: Props) {
  const [newGroup, setNewGroup] = useState('');
  const [newDiscipline, setNewDiscipline] = useState('');
  const tick = (group: string, discipline: string, on: boolean) => {
    const ticked = new Set(grid.ticked);
    if (on) ticked.add(cellKey(group, discipline));
    else ticked.delete(cellKey(group, discipline));
    onChange({ ...grid, ticked });
  };
  const addGroup = () => {
    onChange({ ...grid, groups: withLine(grid.groups, newGroup, normalizeGroupCode) });
    setNewGroup('');
  };
  const addDiscipline = () => {
    onChange({ ...grid, disciplines: withLine(grid.disciplines, newDiscipline, normalizeTitle) });
    setNewDiscipline('');
  };
  // Enter in an «add» field adds, instead of submitting the whole form.
  const onEnter = (add: () => void) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <fieldset class="teaching-grid" data-testid="teaching-grid">
      <legend>{t.t('teachingGridLegend')}</legend>
      <p class="hint">{t.t(sourceHint[grid.source])}</p>
      {grid.groups.length > 0 && grid.disciplines.length > 0 && (
        <div class="teaching-grid__scroll">
          <table>
            <thead>
              <tr>
                <td />
                {grid.disciplines.map((discipline) => (
                  <th key={discipline} scope="col">
                    {discipline}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.groups.map((group) => (
                <tr key={group}>
                  <th scope="row">{group}</th>
                  {grid.disciplines.map((discipline) => (
                    <td key={discipline}>
                      <input
                        type="checkbox"
                        data-testid="teaching-cell"
                        data-group={group}
                        data-discipline={discipline}
                        aria-label={t.t('teachingGridCell', { group, discipline })}
                        checked={grid.ticked.has(cellKey(group, discipline))}
                        onChange={(event) => tick(group, discipline, event.currentTarget.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="teaching-grid__add">
        <label for={`${idPrefix}-add-group`}>{t.t('teachingGridAddGroup')}</label>
        <input
          id={`${idPrefix}-add-group`}
          data-testid="teaching-add-group"
          list={groupsListId}
          value={newGroup}
          maxLength={200}
          placeholder={t.t('assignmentGroupPlaceholder')}
          onInput={(event) => setNewGroup(event.currentTarget.value)}
          onKeyDown={onEnter(addGroup)}
        />
        <Button variant="secondary" small onClick={addGroup}>
          {t.t('teachingGridAdd')}
        </Button>
        <label for={`${idPrefix}-add-discipline`}>{t.t('teachingGridAddDiscipline')}</label>
        <input
          id={`${idPrefix}-add-discipline`}
          data-testid="teaching-add-discipline"
          list={disciplinesListId}
          value={newDiscipline}
          maxLength={200}
          placeholder={t.t('assignmentDisciplinePlaceholder')}
          onInput={(event) => setNewDiscipline(event.currentTarget.value)}
          onKeyDown={onEnter(addDiscipline)}
        />
        <Button variant="secondary" small onClick={addDiscipline}>
          {t.t('teachingGridAdd')}
        </Button>
      </div>
    </fieldset>
  );
}
