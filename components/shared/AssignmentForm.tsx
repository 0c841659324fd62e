import { useState } from 'preact/hooks';
import type { Assignment } from '@/utils/audit/requirements';
import type { Translator } from '@/utils/i18n/translator';
import { roleWord } from '@/utils/labels/labels';
import { ROLES, type Role } from '@/utils/profile/profile-schema';
import { checkDraft, type DraftProblem, type DraftRow, emptyRow, rowsOf } from '@/utils/setup/assignment-draft';
import { type TeachingGrid, teacherRoles } from '@/utils/setup/teaching-grid';
import { Button } from './Button';
import { TeachingGridTable } from './TeachingGridTable';

interface Props {
  t: Translator;
  initial: Assignment | null;
  /** Group codes and disciplines seen in the user's chats and the profile, offered as suggestions. */
  groupSuggestions: string[];
  disciplineSuggestions: string[];
  onSave(assignment: Assignment): Promise<void>;
  /** A unique prefix for ids, since the form may appear on a page twice. */
  idPrefix: string;
  /** The groups × disciplines table, pre-ticked; offered only where given (asked for when the user opens it). */
  teachingGrid?: () => TeachingGrid;
}

/** The user's roles, groups and disciplines, entered by hand. */
export function AssignmentForm({
  t,
  initial,
  groupSuggestions,
  disciplineSuggestions,
  onSave,
  idPrefix,
  teachingGrid,
}: Props) {
  const [rows, setRows] = useState<DraftRow[]>(() => rowsOf(initial));
  const [grid, setGrid] = useState<TeachingGrid | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);

  const update = (index: number, patch: Partial<DraftRow>) => {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setMessage(null);
  };
  const hasProblem = (row: number, field: 'group' | 'discipline') =>
    problems.some((p) => p.row === row && p.field === field);

  const save = async (event: Event) => {
    event.preventDefault();
    // The table's ticked cells are teacher rows too; a row left untouched is dropped when the table gives roles.
    const fromGrid: DraftRow[] = grid
      ? teacherRoles(grid).map((role) => ({
          role: 'teacher',
          group: role.group ?? '',
          discipline: role.discipline ?? '',
        }))
      : [];
    const untouched = (row: DraftRow) => row.group.trim() === '' && row.discipline.trim() === '';
    const kept = rows.flatMap((row, index) => (fromGrid.length > 0 && untouched(row) ? [] : [index]));
    const checked = checkDraft([...kept.map((index) => rows[index] as DraftRow), ...fromGrid]);
    if (!checked.ok) {
      // Problems name the rows as shown (a dropped untouched row does not shift the numbers).
      checked.problems.forEach((problem) => {
        if (problem.row >= 0) problem.row = kept[problem.row] ?? problem.row;
      });
      setProblems(checked.problems);
      const text = checked.problems
        .map((p) =>
          p.row < 0
            ? t.t('assignmentEmpty')
            : t.t(p.field === 'group' ? 'assignmentNeedsGroup' : 'assignmentNeedsDiscipline', { n: p.row + 1 }),
        )
        .join(' ');
      setMessage({ tone: 'problem', text });
      return;
    }
    setProblems([]);
    try {
      await onSave(checked.assignment);
      setMessage({ tone: 'ok', text: t.t('assignmentSaved') });
    } catch (error) {
      setMessage({ tone: 'problem', text: t.saveError(error) });
    }
  };

  const groupsId = `${idPrefix}-groups`;
  const disciplinesId = `${idPrefix}-disciplines`;
  return (
    <form class="assignment" onSubmit={save} noValidate>
      <datalist id={groupsId}>
        {groupSuggestions.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      <datalist id={disciplinesId}>
        {disciplineSuggestions.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      {rows.map((row, index) => {
        const rowId = `${idPrefix}-row-${index}`;
        return (
          <fieldset class="assignment__row" key={index}>
            <legend class="visually-hidden">
              {t.t('assignmentRole')} {index + 1}
            </legend>
            <label for={`${rowId}-role`}>{t.t('assignmentRole')}</label>
            <select
              id={`${rowId}-role`}
              data-testid="assignment-role"
              value={row.role}
              onChange={(event) => update(index, { role: event.currentTarget.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleWord(role, t)}
                </option>
              ))}
            </select>
            {(row.role === 'curator' || row.role === 'teacher') && (
              <>
                <label for={`${rowId}-group`}>{t.t('assignmentGroup')}</label>
                <input
                  id={`${rowId}-group`}
                  data-testid="assignment-group"
                  list={groupsId}
                  value={row.group}
                  placeholder={t.t('assignmentGroupPlaceholder')}
                  aria-invalid={hasProblem(index, 'group')}
                  onInput={(event) => update(index, { group: event.currentTarget.value })}
                />
              </>
            )}
            {row.role === 'teacher' && (
              <>
                <label for={`${rowId}-discipline`}>{t.t('assignmentDiscipline')}</label>
                <input
                  id={`${rowId}-discipline`}
                  data-testid="assignment-discipline"
                  list={disciplinesId}
                  value={row.discipline}
                  placeholder={t.t('assignmentDisciplinePlaceholder')}
                  aria-invalid={hasProblem(index, 'discipline')}
                  onInput={(event) => update(index, { discipline: event.currentTarget.value })}
                />
              </>
            )}
            {rows.length > 1 && (
              <Button variant="secondary" small onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                {t.t('assignmentRemoveRole')}
              </Button>
            )}
          </fieldset>
        );
      })}
      {teachingGrid &&
        (grid ? (
          <>
            <TeachingGridTable
              t={t}
              grid={grid}
              onChange={setGrid}
              groupsListId={groupsId}
              disciplinesListId={disciplinesId}
              idPrefix={idPrefix}
            />
            <Button variant="secondary" small onClick={() => setGrid(null)}>
              {t.t('teachingGridClose')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" data-testid="teaching-grid-open" onClick={() => setGrid(teachingGrid())}>
            {t.t('teachingGridOpen')}
          </Button>
        ))}
      <div class="assignment__actions">
        <Button
          variant="secondary"
          data-testid="assignment-add"
          onClick={() => setRows([...rows, emptyRow(rows.at(-1)?.role ?? 'curator')])}
        >
          {t.t('assignmentAddRole')}
        </Button>
        <Button type="submit" data-testid="assignment-save">
          {t.t('assignmentSave')}
        </Button>
      </div>
      {message && (
        <p class={`message message--${message.tone}`} role={message.tone === 'problem' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
