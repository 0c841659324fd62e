import { browser } from 'wxt/browser';
import { SverkaDatabase } from '@/utils/db/database';
import { reminderStoreFor } from '@/utils/db/reminder-repository';
import { pickLang } from '@/utils/i18n/translator';
import { registerBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { registerDataHandlers } from '@/utils/messaging/data-handlers';
import { registerOrganizationHandlers } from '@/utils/messaging/organization-handlers';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { registerReminderHandlers } from '@/utils/messaging/reminder-handlers';
import { notifySetupChanged } from '@/utils/messaging/setup-changes';
import { applyManagedProfile, readManagedProfile } from '@/utils/organization/managed-profile';
import { createReminderService, isMaxWebUrl, MISSING_NOTIFICATION } from '@/utils/reminders/reminder-service';
import { TOGGLE_COMMAND } from '@/utils/ui/keyboard';

export default defineBackground(() => {
  const db = new SverkaDatabase();
  const reminders = createReminderService({
    alarms: browser.alarms,
    notifications: browser.notifications,
    action: browser.action ?? browser.browserAction,
    tabs: browser.tabs,
    windows: browser.windows,
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    lang: pickLang(browser.i18n.getUILanguage()),
    revealMissing: (tabId) => sendMessage('revealMissing', undefined, tabId).catch(() => {}),
    ...reminderStoreFor(db),
  });
  // When the data changes the badge is counted again, and a reminder about chats that now exist goes away.
  const recount = async () => {
    if ((await reminders.refreshBadge()) === 0) await browser.notifications.clear(MISSING_NOTIFICATION);
  };
  // A profile set by the organization's browser policy is the one in force, and none may replace it.
  const managedProfile = () => readManagedProfile(browser.storage.managed);
  const applyPolicy = async () => {
    if (await applyManagedProfile(db, await managedProfile(), Date.now())) {
      await notifySetupChanged(Date.now());
      await recount();
    }
  };
  void applyPolicy().catch(() => {});
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyPolicy().catch(() => {});
  });
  registerBackgroundHandlers(db, Date.now, {
    onDataChanged: () => void recount().catch(() => {}),
    profileLocked: async () => (await managedProfile()).kind === 'profile',
  });
  registerReminderHandlers(db, reminders);
  registerDataHandlers(db, Date.now, {
    lang: pickLang(browser.i18n.getUILanguage()),
    // A restore or a wipe may change everything: the badge, the notification and the schedule follow.
    onDataChanged: () => {
      void recount().catch(() => {});
      void reminders.ensureAlarm();
    },
  });

  registerOrganizationHandlers(db, Date.now, pickLang(browser.i18n.getUILanguage()));

  onMessage('openExtensionPage', async ({ data }) => {
    if (data === 'options') await browser.runtime.openOptionsPage();
    else await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  });

  // Alarms do not survive every update or restart: re-create them each time.
  browser.runtime.onInstalled.addListener(() => void reminders.ensureAlarm());
  browser.runtime.onStartup.addListener(() => void reminders.ensureAlarm());
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void reminders.onNotificationClicked(id));
  // The toolbar button opens MAX web (or its tab) with the sidebar on what needs action.
  (browser.action ?? browser.browserAction).onClicked.addListener(() => void reminders.onActionClicked());
  // The shortcut declared in the manifest (people may change it in the browser's settings) toggles the sidebar of
  // the MAX web tab in front; the in-page Alt+Shift+S stays as a fallback.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined && isMaxWebUrl(tab.url))
        sendMessage('toggleSidebar', undefined, tab.id).catch(() => {});
    });
  });
});
