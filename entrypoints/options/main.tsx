import './style.css';
import { render } from 'preact';
import { type OptionsActions, OptionsApp } from '@/components/OptionsApp';
import { groupChatTitles } from '@/utils/audit-view/sidebar-model';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { sendMessage } from '@/utils/messaging/protocol';

const t = createTranslator(pickLang(navigator.language));
document.documentElement.lang = t.lang;
document.title = t.t('optionsTitle');

const actions: OptionsActions = {
  loadSetup: () => sendMessage('getSetup', undefined),
  loadChatTitles: async () => {
    const snapshot = await sendMessage('getSnapshot', {});
    return groupChatTitles(snapshot?.chats ?? []);
  },
  saveProfile: (profile) => sendMessage('saveProfile', profile),
  resetProfile: () => sendMessage('resetProfile', undefined),
  saveAssignment: (assignment) => sendMessage('saveAssignment', assignment),
  loadSchedule: async () => (await sendMessage('getReminders', undefined)).schedule,
  saveSchedule: (schedule) => sendMessage('saveReminderSchedule', schedule),
};

const root = document.getElementById('app');
if (root) render(<OptionsApp t={t} actions={actions} />, root);
