/**
 * Strings only the options page shows (roles, profile import, reminders, data), Russian first: kept apart from
 * messages.ts so that the content script, which has a size budget, does not carry them. English must have the same
 * keys (the type says so); placeholders are {name}.
 */
import type { PluralForms } from './plural';

export const optionsRu = {
  assignmentHeading: 'Мои роли',
  assignmentHint: 'Укажите, кто вы в организации: от этого зависит, какие чаты Сверка считает обязательными.',
  optionsTitle: 'Сверка — настройки',
  profileHeading: 'Положение (профиль требований)',
  profileBuiltIn: 'Действует встроенный профиль по «Положению об использовании МАХ».',
  profileImported: 'Действует профиль «{name}», загружен {time}.',
  profileStats: 'Правил: {rules} · групп: {groups} · сотрудников в списке: {people}',
  profileRules: 'Правила',
  profileImportLabel:
    'Загрузить профиль (JSON) или список сотрудников (CSV «ФИО;роль;группа;дисциплина;численность», численность группы — по желанию)',
  profileImportHint:
    'Сначала покажем, что в файле; сохранится только после «Применить». CSV — UTF-8 или Windows-1251, разделитель «;» или «,».',
  profilePreviewProfile: 'В файле профиль «{name}»: правил {rules}, групп {groups}, сотрудников {people}.',
  profilePreviewPeople: 'В файле список сотрудников: {people}. Он заменит список в действующем профиле.',
  profileRejected: 'Файл не принят, сохранённое не изменилось — действует прежний профиль:',
  profileFixHint: 'Исправьте указанное в файле и загрузите его снова.',
  profileSaveFailed:
    'Профиль не сохранён: {error}. Действует прежний профиль, сохранённое не изменилось. Попробуйте ещё раз.',
  profileApply: 'Применить',
  profileApplied: 'Профиль сохранён. Открытые вкладки MAX обновятся сами.',
  profileReset: 'Вернуть встроенный профиль',
  profileResetDone: 'Действует встроенный профиль.',
  personPick: 'Выбрать себя из списка сотрудников',
  personPickNone: '— выберите —',
  warnings: 'Замечания:',
  exportCsv: 'Экспорт CSV',
  exportJson: 'Экспорт JSON',
  exportHint: 'Отчёт для директора: обязательные чаты, ссылки и заметки.',
  remindersHeading: 'Напоминания',
  remindersHint:
    'Сверка напоминает о недостающих чатах уведомлением; значок на кнопке расширения показывает, сколько чатов не хватает.',
  remindersEnabled: 'Напоминать',
  remindersDays: 'По дням',
  remindersHour: 'Время',
  remindersSave: 'Сохранить расписание',
  remindersSaved: 'Расписание сохранено: {next}.',
  remindersNext: 'следующее напоминание {time}',
  remindersOff: 'напоминания выключены',
  weekdays: 'Вс,Пн,Вт,Ср,Чт,Пт,Сб',
  dataHeading: 'Данные и отчёт',
  dataHint: 'Всё хранится только в этом браузере, в базе расширения. Резервная копия — один файл JSON.',
  backupExport: 'Скачать резервную копию',
  backupImportLabel: 'Восстановить из резервной копии (JSON)',
  backupPreview: 'Копия от {date}: {tables}.',
  backupIgnored: 'Незнакомые таблицы будут пропущены: {tables}.',
  backupMerge: 'Объединить с текущими данными',
  backupReplace: 'Заменить текущие данные',
  backupRestore: 'Восстановить',
  backupRestored: 'Восстановлено: {counts}.',
  backupRestoredRepeats: 'Повторяющихся записей файла пропущено: {count}.',
  backupDuplicates:
    'В файле повторяются записи с одним ключом (лишних: {count}); из каждой группы восстановится последняя, ничего не посчитается дважды: {list}.',
  backupDuplicate: '{table} «{key}» (записи {rows})',
  backupReplaceAsk:
    'Заменить текущие данные копией? Пропадёт то, чего в копии нет: заметок — {notes}, привязок чатов к требованиям — {overrides}, отметок ссылок — {linkDecisions}. Перед заменой Сверка сохранит текущие данные: их можно будет вернуть кнопкой «Вернуть как было».',
  backupReplaceConfirm: 'Заменить',
  backupCancel: 'Отмена',
  backupUndoAvailable:
    'Сохранены данные, какими они были до восстановления ({date}): заметок — {notes}, привязок чатов — {overrides}, отметок ссылок — {linkDecisions}.',
  backupUndo: 'Вернуть как было',
  backupUndone: 'Данные возвращены такими, какими были до восстановления.',
  setupUnreadableProfile:
    'Сохранённый профиль не читается (например, его испортила старая резервная копия), поэтому действует встроенный профиль. Сохранённое не удалено: загрузите профиль заново или восстановите другую резервную копию.',
  setupUnreadableAssignment:
    'Сохранённые роли не читаются, поэтому роли не указаны. Укажите их заново ниже или восстановите другую резервную копию.',
  setupUnreadableOverrides:
    'Часть привязок чатов к требованиям не читается и не учитывается. Привяжите эти чаты заново или восстановите другую резервную копию.',
  setupLoadFailed:
    'Не удалось загрузить настройки: {error}. Данные не тронуты: ниже можно скачать резервную копию, восстановить её или удалить всё.',
  sectionFailed:
    'Этот раздел не удалось показать: {error}. Данные не тронуты: в разделе «Данные и отчёт» ниже можно скачать резервную копию, восстановить её или удалить всё.',
  wipeHeading: 'Удалить все данные Сверки',
  wipeHint:
    'Заметки, отметки, история сверок и настройки будут удалены без возможности вернуть. Введите «УДАЛИТЬ», чтобы подтвердить.',
  wipeApply: 'Удалить всё',
  wipeDone: 'Все данные Сверки удалены.',
  // The organization picture (issue #17): the summary for the administrator, the organization page, the profile for
  // staff, a profile set by the organization's browser policy.
  organizationHeading: 'Организация',
  organizationHint:
    'Сотрудник скачивает сводку и передаёт её администратору; администратор собирает сводки на странице «Организация».',
  organizationOpen: 'Открыть страницу «Организация»',
  profileExport: 'Скачать профиль для сотрудников',
  profileExportHint: 'Один файл для всех: каждый сотрудник загружает его на этой странице в разделе «Положение».',
  profileExported: 'Профиль сохранён: {file}',
  profileManaged: 'Профиль задан вашей организацией',
  profileManagedHint: 'Его установил администратор через политику браузера; заменить его здесь нельзя.',
};

export type OptionsMessages = {
  [K in keyof typeof optionsRu]: (typeof optionsRu)[K] extends PluralForms ? PluralForms : string;
};

export const optionsEn: OptionsMessages = {
  assignmentHeading: 'My roles',
  assignmentHint: 'Say who you are in the organization: it decides which chats Sverka treats as required.',
  optionsTitle: 'Sverka — settings',
  profileHeading: 'Regulation (requirements profile)',
  profileBuiltIn: 'The built-in profile after the «Regulation on the use of MAX» is in force.',
  profileImported: 'The profile «{name}» is in force, loaded {time}.',
  profileStats: 'Rules: {rules} · groups: {groups} · staff listed: {people}',
  profileRules: 'Rules',
  profileImportLabel:
    'Load a profile (JSON) or a staff list (CSV «name;role;group;discipline;size», the group size optional)',
  profileImportHint:
    'We show what is in the file first; it is saved only after «Apply». CSV: UTF-8 or Windows-1251, «;» or «,».',
  profilePreviewProfile: 'The file holds the profile «{name}»: rules {rules}, groups {groups}, staff {people}.',
  profilePreviewPeople: 'The file holds a staff list: {people}. It replaces the list in the profile in force.',
  profileRejected: 'The file was not accepted; nothing stored changed — the profile in force stays:',
  profileFixHint: 'Fix what is listed in the file and load it again.',
  profileSaveFailed:
    'The profile was not saved: {error}. The profile in force stays; nothing stored changed. Try again.',
  profileApply: 'Apply',
  profileApplied: 'Profile saved. Open MAX tabs update by themselves.',
  profileReset: 'Back to the built-in profile',
  profileResetDone: 'The built-in profile is in force.',
  personPick: 'Pick yourself from the staff list',
  personPickNone: '— choose —',
  warnings: 'Notes:',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exportHint: 'A report for the director: required chats, links and notes.',
  remindersHeading: 'Reminders',
  remindersHint:
    'Sverka reminds you of missing chats with a notification; the badge on the extension button shows how many are missing.',
  remindersEnabled: 'Remind me',
  remindersDays: 'On days',
  remindersHour: 'Time',
  remindersSave: 'Save the schedule',
  remindersSaved: 'Schedule saved: {next}.',
  remindersNext: 'next reminder {time}',
  remindersOff: 'reminders are off',
  weekdays: 'Sun,Mon,Tue,Wed,Thu,Fri,Sat',
  dataHeading: 'Data and report',
  dataHint: 'Everything is kept in this browser only, in the extension’s database. A backup is one JSON file.',
  backupExport: 'Download a backup',
  backupImportLabel: 'Restore from a backup (JSON)',
  backupPreview: 'Backup of {date}: {tables}.',
  backupIgnored: 'Unknown tables will be skipped: {tables}.',
  backupMerge: 'Merge with the current data',
  backupReplace: 'Replace the current data',
  backupRestore: 'Restore',
  backupRestored: 'Restored: {counts}.',
  backupRestoredRepeats: 'Repeated records of the file skipped: {count}.',
  backupDuplicates:
    'Records with the same key repeat in the file (extra: {count}); of each group the last is restored and nothing is counted twice: {list}.',
  backupDuplicate: '{table} «{key}» (records {rows})',
  backupReplaceAsk:
    'Replace the current data with the backup? What the backup lacks will be lost — notes: {notes}, chats linked to requirements: {overrides}, link marks: {linkDecisions}. Before replacing, Sverka keeps the current data: «Bring it back» restores it.',
  backupReplaceConfirm: 'Replace',
  backupCancel: 'Cancel',
  backupUndoAvailable:
    'The data as it was before the restore ({date}) is kept — notes: {notes}, linked chats: {overrides}, link marks: {linkDecisions}.',
  backupUndo: 'Bring it back',
  backupUndone: 'The data is back as it was before the restore.',
  setupUnreadableProfile:
    'The stored profile cannot be read (an old backup may have damaged it), so the built-in profile is in force. Nothing stored was deleted: load the profile again or restore another backup.',
  setupUnreadableAssignment:
    'The stored roles cannot be read, so no roles are set. Enter them again below or restore another backup.',
  setupUnreadableOverrides:
    'Some chats linked to requirements cannot be read and are not counted. Link those chats again or restore another backup.',
  setupLoadFailed:
    'The settings could not be loaded: {error}. The data is untouched: below you can download a backup, restore one or delete everything.',
  sectionFailed:
    'This section could not be shown: {error}. The data is untouched: in «Data and report» below you can download a backup, restore one or delete everything.',
  wipeHeading: 'Delete all Sverka data',
  wipeHint: 'Notes, marks, check history and settings will be deleted for good. Type «УДАЛИТЬ» to confirm.',
  wipeApply: 'Delete everything',
  wipeDone: 'All Sverka data is deleted.',
  // The organization picture (issue #17).
  organizationHeading: 'Organization',
  organizationHint:
    'Each member of staff downloads a summary and hands it to the administrator, who gathers them on the “Organization” page.',
  organizationOpen: 'Open the “Organization” page',
  profileExport: 'Download the profile for staff',
  profileExportHint: 'One file for everyone: each member of staff loads it on this page under “Regulation”.',
  profileExported: 'Profile saved: {file}',
  profileManaged: 'The profile is set by your organization',
  profileManagedHint: 'Your administrator installed it by browser policy; it cannot be replaced here.',
};
