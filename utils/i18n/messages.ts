/**
 * Every UI string, Russian first. English must have the same keys (the type says so).
 * Plural entries are objects of forms; placeholders are {name}.
 */
import type { PluralForms } from './plural';

export const ru = {
  appName: 'Сверка',
  toggleOpen: 'Открыть Сверку (Alt+Shift+S)',
  toggleClose: 'Скрыть Сверку (Alt+Shift+S)',
  close: 'Закрыть',
  statusWaiting: 'Ждём данные MAX web… Если страница уже загружена, обновите её.',
  statusNoSocket: 'MAX web не открыл соединение с сервером: данных нет. Обновите страницу.',
  statusUnreadable:
    'Список чатов MAX не удалось прочитать ({detail}). Сверка ничего не считает, пока не получит понятные данные.',
  statusUnknownVersion: 'MAX web говорит на незнакомой версии протокола ({detail}): данные могут быть неполными.',
  statusPartlyUnreadable: 'часть данных MAX не удалось прочитать ({detail}) — список может быть неполным',
  statusMarksOff:
    'отметки на странице выключены: Сверка не узнала список чатов MAX (возможно, MAX обновил страницу); панель работает по данным соединения',
  statusSourceLive: 'Данные: MAX web',
  statusSourceStored: 'Данные: сохранённый снимок от {time}',
  statusComplete: 'весь список',
  statusPartial: 'список неполный — MAX web загружает чаты по мере прокрутки',
  statusFromStore: 'ещё {n} — из сохранённого снимка от {time}',
  statusReconnecting: 'соединение с MAX прервалось — возможны пропуски до повторного входа',
  statusUpdated: 'обновлено в {time}',
  chatsKnown: { one: '{n} чат', few: '{n} чата', many: '{n} чатов', other: '{n} чата' } as PluralForms,
  countsHeading: 'Чаты по типам',
  countGroups: 'Группы',
  countChannels: 'Каналы',
  countDialogs: 'Личные диалоги',
  countOther: 'Другие',
  countInactive: 'Удалённые и неактивные',
  emptyNoData: 'Чатов пока нет: Сверка покажет их, как только MAX web загрузит список.',
  loadAll: 'Загрузить все чаты',
  loadAllHint: 'Сверка прокрутит список чатов MAX до конца, чтобы MAX web сам загрузил остальные.',
  loadAllProgress: 'Загружаем список чатов… известно: {n}',
  loadAllStop: 'Остановить',
  loadAllDone: 'Весь список загружен.',
  loadAllNoList: 'Не нашли список чатов MAX на странице: откройте раздел «Чаты» и попробуйте снова.',
  loadAllStuck: 'Список перестал загружаться. Попробуйте ещё раз чуть позже.',
  footerSafeMode: 'Безопасный режим',
  footerSupport: 'Поддержка Сферума',
};

export type MessageKey = keyof typeof ru;
export type Messages = { [K in MessageKey]: (typeof ru)[K] extends PluralForms ? PluralForms : string };

export const en: Messages = {
  appName: 'Sverka',
  toggleOpen: 'Open Sverka (Alt+Shift+S)',
  toggleClose: 'Hide Sverka (Alt+Shift+S)',
  close: 'Close',
  statusWaiting: 'Waiting for MAX web data… If the page has already loaded, reload it.',
  statusNoSocket: 'MAX web has not connected to its server: no data. Reload the page.',
  statusUnreadable:
    'Could not read the MAX chat list ({detail}). Sverka counts nothing until it gets data it understands.',
  statusUnknownVersion: 'MAX web speaks an unknown protocol version ({detail}): the data may be incomplete.',
  statusPartlyUnreadable: 'some MAX data could not be read ({detail}) — the list may be incomplete',
  statusMarksOff:
    'in-page marks are off: Sverka did not recognize the MAX chat list (MAX may have changed its page); the sidebar works from the connection data',
  statusSourceLive: 'Data: MAX web',
  statusSourceStored: 'Data: saved snapshot of {time}',
  statusComplete: 'the whole list',
  statusPartial: 'partial list — MAX web loads chats as you scroll',
  statusFromStore: '{n} more from the saved snapshot of {time}',
  statusReconnecting: 'the connection to MAX dropped — events may be missing until the next login',
  statusUpdated: 'updated at {time}',
  chatsKnown: { one: '{n} chat', other: '{n} chats' },
  countsHeading: 'Chats by type',
  countGroups: 'Groups',
  countChannels: 'Channels',
  countDialogs: 'Direct dialogs',
  countOther: 'Other',
  countInactive: 'Deleted and inactive',
  emptyNoData: 'No chats yet: Sverka shows them as soon as MAX web loads the list.',
  loadAll: 'Load all chats',
  loadAllHint: 'Sverka scrolls the MAX chat list to its end so that MAX web loads the rest itself.',
  loadAllProgress: 'Loading the chat list… known: {n}',
  loadAllStop: 'Stop',
  loadAllDone: 'The whole list is loaded.',
  loadAllNoList: 'Could not find the MAX chat list on the page: open «Chats» and try again.',
  loadAllStuck: 'The list stopped loading. Try again a little later.',
  footerSafeMode: 'Safe mode',
  footerSupport: 'Sferum support',
};
