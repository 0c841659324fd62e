/**
 * Strings of the organization page and of the summary file staff hand to the administrator (issue #17), Russian
 * first. Kept apart from the other catalogues; the same {name} placeholders, numbers through plural forms.
 */
import { type PluralForms, plural } from './plural';
import type { Lang } from './translator';

export const orgRu = {
  orgTitle: 'Сверка — организация',
  orgIntro:
    'Здесь собираются сводки сотрудников. Сводка — это то, что показал MAX web этого человека в день сводки, а не данные сервера MAX: для выборочной проверки у каждого чата указаны название и число участников.',
  orgOrganization: 'Организация',
  orgDate: 'Дата',
  orgImportLabel: 'Сводки сотрудников (файлы JSON, можно несколько сразу или перетащить сюда)',
  orgImportDrop: 'Перетащите файлы сводок сюда',
  orgImporting: 'Читаем файлы…',
  orgImportDone: 'Принято: {accepted}; отклонено: {refused}.',
  orgImportFailed: 'Не удалось принять файлы: {error}. Сохранённое не изменилось.',
  orgRefusedHeading: 'Не приняты (сохранённое не изменилось)',
  orgRefusedTooLarge: 'файл слишком большой',
  orgRefusedNotJson: 'это не JSON',
  orgRefusedNotSummary: 'это не сводка Сверки (нужен формат «sverka-summary»)',
  orgRefusedVersion: 'версия сводки не поддерживается: {version} (нужна 1)',
  orgRefusedField: 'поле «{path}»: ожидалось {expected}',
  orgRefusedOrganization: 'сводка другой организации: «{organization}»',
  orgRefusedOlder: 'уже есть сводка «{person}» от {time} — эта не новее',
  orgMaxAge: 'Сводка устарела, если старше (дней):',
  orgMaxAgeNotSaved: 'Число дней не сохранилось: {error}. До закрытия страницы сводки оцениваются по нему.',
  orgCoverage: 'Охват: {percent} (есть: {ok}, всего: {total}) — обязательные чаты тех, кто прислал сводку.',
  orgCoverageNone: 'Охват: пока нечего считать — нет ни одной сводки с требованиями.',
  orgPeopleHeading: 'Сотрудники',
  orgPeopleNone: 'Пока нет ни одной сводки. Попросите сотрудников нажать «Сводка для администратора» и прислать файл.',
  orgColPerson: 'Сотрудник',
  orgColOk: 'Есть',
  orgColMissing: 'Нет чата',
  orgColIncomplete: 'Неполные',
  orgColAmbiguous: 'Неоднозначно',
  orgColUnknown: 'Неизвестно',
  orgColAge: 'Сводка',
  orgColRequirement: 'Обязательный чат',
  orgColResponsible: 'Ответственный',
  orgColStatus: 'Статус',
  orgColEvidence: 'Чат в MAX (название, участники)',
  orgColLink: 'Ссылка',
  orgColSeenBy: 'Кто видит',
  orgColAgeDays: 'Возраст',
  orgStaleSummary: 'устарела',
  orgListPartial: 'список чатов был неполным',
  orgOwnerOrAdmin: 'владелец или администратор',
  orgNotOwner: 'не владелец и не администратор',
  orgNotRequired: 'не требуется: {reason}',
  orgLinkedByHand: 'связан вручную',
  orgEvidenceHeading: 'Что показал MAX web: {person}',
  orgNotSentHeading: 'Не прислали сводку',
  orgNotSentNone: 'Сводку прислали все, кто есть в профиле.',
  orgNotSentNoProfile: 'В профиле нет списка сотрудников: загрузите его на странице настроек.',
  orgGroupsHeading: 'Группы',
  orgGroupCoverage: 'Охват группы: {percent}',
  orgGroupCounts:
    '{requirements}: есть {ok}, нет чата {missing}, неполные {incomplete}, неоднозначно {ambiguous}, неизвестно {unknown}',
  orgGroupsHint: 'Таблица группы открывается нажатием на строку группы. При печати видны таблицы всех групп.',
  orgGroupsOpenAll: 'Раскрыть все группы',
  orgGroupsCloseAll: 'Свернуть все группы',
  orgLinksHeading: 'Ссылки к аннулированию по организации',
  orgLinksNone: 'Устаревших ссылок в сводках нет.',
  orgHistoryHeading: 'Охват по датам сводок',
  orgPrint: 'Печать / PDF',
  orgDownloadCsv: 'Скачать CSV',
  orgDownloadJson: 'Скачать JSON',
  orgOpenOptions: 'Настройки Сверки',
  orgLoading: 'Загружаем сводки…',
  orgLoadFailed: 'Не удалось загрузить сводки: {error}. Сохранённое не тронуто.',
  orgCsvSection: 'Раздел',
  orgCsvPeople: 'Сотрудник',
  orgCsvGroup: 'Группа',
  orgCsvLink: 'Ссылка',
  orgCsvNotSent: 'Не прислал',
  summaryNoData: 'Сводку сделать нельзя: нет сохранённых данных MAX. Откройте MAX web с включённой Сверкой.',
  summaryNoAssignment: 'Сводку сделать нельзя: роли не указаны. Укажите свои роли в панели или в настройках.',
  orgAgeDays: { one: '{n} день назад', few: '{n} дня назад', many: '{n} дней назад', other: '{n} дня назад' },
  orgMembers: { one: '{n} участник', few: '{n} участника', many: '{n} участников', other: '{n} участника' },
  orgLinksShowMore: {
    one: 'Показать ещё {n} ссылку',
    few: 'Показать ещё {n} ссылки',
    many: 'Показать ещё {n} ссылок',
    other: 'Показать ещё {n} ссылки',
  },
  orgGroupRequirements: {
    one: '{n} обязательный чат',
    few: '{n} обязательных чата',
    many: '{n} обязательных чатов',
    other: '{n} обязательного чата',
  },
} as const;

export type OrgKey = keyof typeof orgRu;
type OrgStringKey = { [K in OrgKey]: (typeof orgRu)[K] extends string ? K : never }[OrgKey];
type OrgPluralKey = Exclude<OrgKey, OrgStringKey>;

export const orgEn: Record<OrgKey, string | PluralForms> & Record<OrgPluralKey, PluralForms> = {
  orgTitle: 'Sverka — organization',
  orgIntro:
    'Staff summaries are gathered here. A summary is what that person’s MAX web showed on the day of the summary, not data from MAX’s server: each chat’s title and member count are shown so you can spot-check.',
  orgOrganization: 'Organization',
  orgDate: 'Date',
  orgImportLabel: 'Staff summaries (JSON files, several at once, or drop them here)',
  orgImportDrop: 'Drop summary files here',
  orgImporting: 'Reading the files…',
  orgImportDone: 'Accepted: {accepted}; refused: {refused}.',
  orgImportFailed: 'The files could not be taken: {error}. Nothing stored changed.',
  orgRefusedHeading: 'Not accepted (nothing stored changed)',
  orgRefusedTooLarge: 'the file is too large',
  orgRefusedNotJson: 'this is not JSON',
  orgRefusedNotSummary: 'this is not a Sverka summary (format “sverka-summary” expected)',
  orgRefusedVersion: 'unsupported summary version: {version} (1 expected)',
  orgRefusedField: 'field “{path}”: expected {expected}',
  orgRefusedOrganization: 'a summary of another organization: “{organization}”',
  orgRefusedOlder: 'a summary of “{person}” is already kept (made {time}): this one is not newer',
  orgMaxAge: 'A summary is out of date when older than (days):',
  orgMaxAgeNotSaved: 'The number of days was not saved: {error}. Until the page is closed summaries are judged by it.',
  orgCoverage: 'Coverage: {percent} (in place: {ok}, all: {total}) — required chats of those who sent a summary.',
  orgCoverageNone: 'Coverage: nothing to count yet — no summary with requirements.',
  orgPeopleHeading: 'Staff',
  orgPeopleNone: 'No summaries yet. Ask staff to press “Summary for the administrator” and send you the file.',
  orgColPerson: 'Member of staff',
  orgColOk: 'In place',
  orgColMissing: 'Missing',
  orgColIncomplete: 'Incomplete',
  orgColAmbiguous: 'Ambiguous',
  orgColUnknown: 'Unknown',
  orgColAge: 'Summary',
  orgColRequirement: 'Required chat',
  orgColResponsible: 'Responsible',
  orgColStatus: 'Status',
  orgColEvidence: 'Chat in MAX (title, members)',
  orgColLink: 'Link',
  orgColSeenBy: 'Seen by',
  orgColAgeDays: 'Age',
  orgStaleSummary: 'out of date',
  orgListPartial: 'the chat list was partial',
  orgOwnerOrAdmin: 'owner or admin',
  orgNotOwner: 'neither owner nor admin',
  orgNotRequired: 'not required: {reason}',
  orgLinkedByHand: 'linked by hand',
  orgEvidenceHeading: 'What MAX web showed: {person}',
  orgNotSentHeading: 'No summary sent',
  orgNotSentNone: 'Everyone in the profile has sent a summary.',
  orgNotSentNoProfile: 'The profile lists no staff: load it on the options page.',
  orgGroupsHeading: 'Groups',
  orgGroupCoverage: 'Group coverage: {percent}',
  orgGroupCounts:
    '{requirements}: in place {ok}, missing {missing}, incomplete {incomplete}, ambiguous {ambiguous}, unknown {unknown}',
  orgGroupsHint: 'Open a group’s table by pressing its line. Printing shows every group’s table.',
  orgGroupsOpenAll: 'Open all groups',
  orgGroupsCloseAll: 'Close all groups',
  orgLinksHeading: 'Links to annul across the organization',
  orgLinksNone: 'No stale links in the summaries.',
  orgHistoryHeading: 'Coverage by summary date',
  orgPrint: 'Print / PDF',
  orgDownloadCsv: 'Download CSV',
  orgDownloadJson: 'Download JSON',
  orgOpenOptions: 'Sverka settings',
  orgLoading: 'Loading summaries…',
  orgLoadFailed: 'The summaries could not be loaded: {error}. Nothing stored was touched.',
  orgCsvSection: 'Section',
  orgCsvPeople: 'Member of staff',
  orgCsvGroup: 'Group',
  orgCsvLink: 'Link',
  orgCsvNotSent: 'Not sent',
  summaryNoData: 'No summary can be made: no MAX data is stored. Open MAX web with Sverka on.',
  summaryNoAssignment: 'No summary can be made: no roles are set. Set your roles in the sidebar or the settings.',
  orgAgeDays: { one: '{n} day ago', other: '{n} days ago' },
  orgMembers: { one: '{n} member', other: '{n} members' },
  orgGroupRequirements: { one: '{n} required chat', other: '{n} required chats' },
  orgLinksShowMore: { one: 'Show {n} more link', other: 'Show {n} more links' },
};

export interface OrgText {
  lang: Lang;
  (key: OrgStringKey, params?: Record<string, string | number>): string;
  n(key: OrgPluralKey, n: number): string;
}

/** The organization page's strings in one language, placeholders filled in. */
export function orgText(lang: Lang): OrgText {
  const messages: Record<string, string | PluralForms> = lang === 'en' ? orgEn : orgRu;
  const text = (key: OrgStringKey, params?: Record<string, string | number>) => {
    const message = messages[key] as string;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
  return Object.assign(text, {
    lang,
    n: (key: OrgPluralKey, n: number) => plural(lang, n, messages[key] as PluralForms),
  });
}
