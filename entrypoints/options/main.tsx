import '@/components/options/options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type OptionsActions, OptionsApp } from '@/components/options/OptionsApp';
import { downloadFile, MIME } from '@/utils/export/download';
import { exportCsvBytes, exportFileName, exportJsonText } from '@/utils/export/export-data';
import { buildReportModel, exportInputOf } from '@/utils/export/report-model';
import { createOptionsTranslator, pickLang } from '@/utils/i18n/translator';
import { sendMessage } from '@/utils/messaging/protocol';
import { readManagedProfile } from '@/utils/organization/managed-profile';
import { profileFileName, profileFileText } from '@/utils/organization/profile-export';
import { groupChatTitles } from '@/utils/setup/title-suggestions';

const t = createOptionsTranslator(pickLang(navigator.language));
document.documentElement.lang = t.lang;
document.title = t.t('optionsTitle');

const actions: OptionsActions = {
  loadSetup: () => sendMessage('getSetup', undefined),
  loadChatTitles: async () => {
    const snapshot = await sendMessage('getSnapshot', {});
    return groupChatTitles(snapshot?.chats ?? []);
  },
  saveProfile: (profile) => sendMessage('saveProfile', profile),
  loadProfileManaged: async () => (await readManagedProfile(browser.storage.managed)).kind === 'profile',
  resetProfile: () => sendMessage('resetProfile', undefined),
  saveAssignment: (assignment) => sendMessage('saveAssignment', assignment),
  loadSchedule: async () => (await sendMessage('getReminders', undefined)).schedule,
  saveSchedule: (schedule) => sendMessage('saveReminderSchedule', schedule),
  reportUrl: 'report.html',
  organization: {
    organizationUrl: 'organization.html',
    exportSummary: async () => {
      const answer = await sendMessage('exportSummary', { lang: t.lang });
      if (!answer.ok) return answer;
      downloadFile(document, answer.fileName, answer.text, MIME.json);
      return { ok: true, fileName: answer.fileName };
    },
    exportProfile: async () => {
      const { profile } = await sendMessage('getSetup', undefined);
      const name = profileFileName(Date.now());
      downloadFile(document, name, profileFileText(profile), MIME.json);
      return name;
    },
  },
  data: {
    exportCsv: async () => {
      const input = exportInputOf(buildReportModel(await sendMessage('getReportData', undefined)), t.lang);
      downloadFile(document, exportFileName('csv', input.at), exportCsvBytes(input), MIME.csv);
    },
    exportJson: async () => {
      const input = exportInputOf(buildReportModel(await sendMessage('getReportData', undefined)), t.lang);
      downloadFile(document, exportFileName('json', input.at), exportJsonText(input), MIME.json);
    },
    downloadBackup: async () => {
      const text = await sendMessage('exportBackup', undefined);
      downloadFile(document, exportFileName('backup', Date.now()), text, MIME.json);
    },
    previewBackup: (text) => sendMessage('previewBackup', { text, lang: t.lang }),
    restoreBackup: (text, mode) => sendMessage('restoreBackup', { text, mode, lang: t.lang }),
    loadUndo: () => sendMessage('getRestoreUndo', undefined),
    undoRestore: () => sendMessage('undoRestore', { lang: t.lang }),
    wipeAll: () => sendMessage('wipeAll', { confirm: 'УДАЛИТЬ' }),
  },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp t={t} actions={actions} />, root);
