import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { Assignment } from '@/utils/audit/requirements';
import type { OverrideRecord } from '@/utils/audit/setup';
import { SverkaDatabase } from '@/utils/db/database';
import { reminderRepository, reminderStoreFor } from '@/utils/db/reminder-repository';
import { setupRepository } from '@/utils/db/setup-repository';
import { snapshotRepository } from '@/utils/db/snapshot-repository';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import {
  auditFromStored,
  createReminderService,
  MAX_WEB_URL,
  MISSING_NOTIFICATION,
  REFRESH_NOTIFICATION,
  REMINDER_ALARM,
  type ReminderApis,
  type ReminderDeps,
  type ReminderStore,
} from './reminder-service';
import { emptyReminderState, type ReminderState } from './reminder-state';
import { DEFAULT_SCHEDULE, type ReminderSchedule } from './schedule';

const MSK = 'Europe/Moscow';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2025-03-10, 09:00 MSK. */
const MONDAY_9 = Date.parse('2025-03-10T06:00:00Z');
const ME = '1000042';

const assignment: Assignment = {
  roles: [
    { role: 'curator', group: 'ИСП-21' },
    { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
  ],
};
const chat = (id: MaxId, title: string) => ({ id, type: 'CHAT', status: 'ACTIVE', title, owner: ME });
/** The students' chat exists; parents, teachers and Математика are missing. */
const stored = (over: Partial<StoredSnapshot> = {}): StoredSnapshot => ({
  userId: ME,
  savedAt: MONDAY_9 - HOUR,
  listComplete: true,
  chats: [chat('-70000000001', 'ИСП-21 студенты')],
  contacts: {},
  links: [],
  ...over,
});
const ALL_CHATS = [
  chat('-70000000001', 'ИСП-21 студенты'),
  chat('-70000000002', 'ИСП-21 родители'),
  chat('-70000000003', 'ИСП-21 преподаватели'),
  chat('-70000000004', 'ИСП-21 Математика'),
];

/** An in-memory store, as the database would keep it (structured clones in and out). */
function memoryStore(init: {
  snapshot?: StoredSnapshot | null;
  assignment?: Assignment | null;
  overrides?: OverrideRecord[];
  schedule?: ReminderSchedule;
}) {
  const data = {
    snapshot: init.snapshot === undefined ? stored() : init.snapshot,
    assignment: init.assignment === undefined ? assignment : init.assignment,
    overrides: init.overrides ?? [],
    schedule: init.schedule ?? DEFAULT_SCHEDULE,
    state: emptyReminderState() as ReminderState,
  };
  const store: ReminderStore = {
    loadSetup: async () => ({ profile: DEFAULT_PROFILE, assignment: data.assignment, overrides: data.overrides }),
    loadSnapshot: async () => data.snapshot,
    loadSchedule: async () => data.schedule,
    loadState: async () => structuredClone(data.state),
    saveState: async (state) => {
      data.state = structuredClone(state);
    },
  };
  return { data, store };
}

const apis = (): ReminderApis => ({
  alarms: fakeBrowser.alarms,
  notifications: fakeBrowser.notifications,
  action: fakeBrowser.action,
  tabs: fakeBrowser.tabs,
  windows: fakeBrowser.windows,
});

function service(store: ReminderStore, extra: Partial<ReminderDeps> = {}) {
  return createReminderService(
    { ...apis(), ...store, iconUrl: 'chrome-extension://test/icons/128.png', ...extra },
    { now: () => Date.now(), timeZone: () => MSK },
  );
}

const badge = () => fakeBrowser.action.getBadgeText({});
const shown = async () =>
  fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;
const at = (ms: number) => vi.setSystemTime(ms);

beforeEach(() => {
  // Only the clock: Dexie and fake-indexeddb keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  at(MONDAY_9);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the scheduled check', () => {
  it('notifies what is missing, sets the badge, remembers, and sets the next alarm', async () => {
    const { data, store } = memoryStore({});
    const reminders = service(store);
    const outcome = await reminders.onAlarm(REMINDER_ALARM);
    expect(outcome).toMatchObject({ kind: 'missing', badgeCount: 3 });
    expect((await shown())[MISSING_NOTIFICATION]).toMatchObject({
      title: 'Сверка: не хватает 3 чатов',
      message: 'Нет чата: ИСП-21 — родители; ИСП-21 — преподаватели; ИСП-21 — Математика',
    });
    expect(await badge()).toBe('3');
    expect(data.state.lastReminded).toEqual({
      day: '2025-03-10',
      requirementIds: ['curator-parents/ИСП-21', 'curator-teachers/ИСП-21', 'teacher-discipline/ИСП-21/Математика'],
    });
    // Tuesday 09:00 MSK
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(MONDAY_9 + DAY);
  });

  it('ignores other alarms', async () => {
    const { store } = memoryStore({});
    expect(await service(store).onAlarm('something-else')).toBeNull();
    expect(await shown()).toEqual({});
  });

  it('does not remind twice in one day, and reminds again the next day', async () => {
    const { store } = memoryStore({});
    const reminders = service(store);
    await reminders.onAlarm(REMINDER_ALARM);
    await fakeBrowser.notifications.clear(MISSING_NOTIFICATION);
    at(MONDAY_9 + 9 * HOUR); // 18:00, MAX web opened
    expect(await reminders.onMaxOpened()).toMatchObject({ kind: 'none', reason: 'reminded-today', badgeCount: 3 });
    expect(await shown()).toEqual({});
    at(MONDAY_9 + DAY);
    expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'missing' });
  });

  it('says nothing and clears the badge when everything is in place («не требуется» counts)', async () => {
    const { data, store } = memoryStore({ snapshot: stored({ chats: ALL_CHATS.slice(0, 3) }) });
    data.overrides = [
      {
        requirementId: 'teacher-discipline/ИСП-21/Математика',
        notRequiredReason: 'ведёт другой преподаватель',
        createdAt: 1,
      },
    ];
    await fakeBrowser.action.setBadgeText({ text: '1' });
    expect(await service(store).onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'none', reason: 'all-in-place' });
    expect(await shown()).toEqual({});
    expect(await badge()).toBe('');
  });

  it('never reminds on unknown: a gentle refresh nudge at most weekly instead', async () => {
    const { data, store } = memoryStore({ snapshot: stored({ listComplete: false }) });
    const reminders = service(store);
    expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'refresh-nudge', badgeCount: 0 });
    expect((await shown())[REFRESH_NOTIFICATION]?.message).toBe('Откройте MAX web, чтобы обновить данные');
    expect(await shown()).not.toHaveProperty(MISSING_NOTIFICATION);
    expect(data.state.lastRefreshNudgeAt).toBe(MONDAY_9);
    for (let day = 1; day < 7; day++) {
      at(MONDAY_9 + day * DAY);
      data.snapshot = stored({ listComplete: false, savedAt: Date.now() - HOUR });
      expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'none', reason: 'nudged-this-week' });
    }
    at(MONDAY_9 + 7 * DAY);
    expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'refresh-nudge' });
  });

  it('nudges without any stored snapshot; stays silent without an assignment', async () => {
    expect(await service(memoryStore({ snapshot: null }).store).checkNow()).toMatchObject({ kind: 'refresh-nudge' });
    await fakeBrowser.notifications.clear(REFRESH_NOTIFICATION);
    await fakeBrowser.action.setBadgeText({ text: '2' });
    expect(await service(memoryStore({ assignment: null }).store).checkNow()).toEqual({
      kind: 'none',
      reason: 'no-assignment',
      badgeCount: 0,
    });
    expect(await shown()).toEqual({});
    expect(await badge()).toBe('');
  });

  it('runs one check at a time: an alarm and MAX opening together notify once', async () => {
    const { store } = memoryStore({});
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const reminders = service(store);
    await Promise.all([reminders.onAlarm(REMINDER_ALARM), reminders.onMaxOpened(), reminders.checkNow()]);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('snoozes', () => {
  it('a snoozed requirement leaves the badge and the reminder until the snooze ends', async () => {
    const { store } = memoryStore({});
    const reminders = service(store);
    at(MONDAY_9 - 2 * HOUR); // 07:00, before the slot
    expect(await reminders.snooze('curator-parents/ИСП-21', '1d')).toBe(Date.parse('2025-03-10T21:00:00Z'));
    expect(await badge()).toBe('2');
    at(MONDAY_9);
    const monday = await reminders.onAlarm(REMINDER_ALARM);
    expect(monday).toMatchObject({ kind: 'missing', badgeCount: 2 });
    expect(monday && 'requirementIds' in monday && monday.requirementIds).not.toContain('curator-parents/ИСП-21');
    at(MONDAY_9 + DAY); // snooze over
    const tuesday = await reminders.onAlarm(REMINDER_ALARM);
    expect(tuesday).toMatchObject({
      kind: 'missing',
      requirementIds: ['curator-parents/ИСП-21', 'curator-teachers/ИСП-21', 'teacher-discipline/ИСП-21/Математика'],
      badgeCount: 3,
    });
  });

  it('all snoozed for a week: nothing until then; unsnooze brings it back', async () => {
    const { data, store } = memoryStore({});
    const reminders = service(store);
    for (const id of ['curator-parents/ИСП-21', 'curator-teachers/ИСП-21', 'teacher-discipline/ИСП-21/Математика'])
      await reminders.snooze(id, '1w');
    expect(await badge()).toBe('');
    expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'none', reason: 'all-snoozed' });
    at(MONDAY_9 + 6 * DAY);
    data.snapshot = stored({ savedAt: Date.now() - HOUR });
    expect(await reminders.onAlarm(REMINDER_ALARM)).toMatchObject({ kind: 'none', reason: 'all-snoozed' });
    await reminders.unsnooze('curator-parents/ИСП-21');
    expect(await badge()).toBe('1');
    expect(await reminders.snooze('x', { until: '2025-03-01' })).toBeNull();
  });

  it('expired snoozes are dropped from the stored state', async () => {
    const { data, store } = memoryStore({});
    const reminders = service(store);
    await reminders.snooze('curator-parents/ИСП-21', '1d');
    at(MONDAY_9 + DAY);
    await reminders.checkNow();
    expect(data.state.snoozes).toEqual({});
  });
});

describe('alarms and MAX opening', () => {
  it('ensureAlarm sets the next slot, and clears it when reminders are off', async () => {
    const { data, store } = memoryStore({});
    const reminders = service(store);
    at(MONDAY_9 + 4 * DAY + HOUR); // Friday 10:00 MSK
    expect(await reminders.ensureAlarm()).toBe(MONDAY_9 + 7 * DAY);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(MONDAY_9 + 7 * DAY);
    data.schedule = { enabled: false, days: [1], hour: 9 };
    expect(await reminders.ensureAlarm()).toBeNull();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('catches up a slot missed while the browser was closed, once', async () => {
    const { data, store } = memoryStore({});
    data.state = { ...emptyReminderState(), lastCheckAt: MONDAY_9 - DAY - 2 * HOUR }; // Sunday 07:00
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    at(MONDAY_9 + 3 * HOUR); // browser started Monday 12:00, the 09:00 alarm never fired
    const reminders = service(store);
    await reminders.ensureAlarm();
    await reminders.ensureAlarm();
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(MONDAY_9 + DAY);
  });

  it('does not catch up when no slot passed since the last check', async () => {
    const { data, store } = memoryStore({});
    data.state = { ...emptyReminderState(), lastCheckAt: MONDAY_9 + HOUR };
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    at(MONDAY_9 + 5 * HOUR);
    await service(store).ensureAlarm();
    expect(create).not.toHaveBeenCalled();
  });

  it('MAX web opened: checks only after a gap of 8 hours since the last check', async () => {
    const { data, store } = memoryStore({ snapshot: stored({ listComplete: false }) });
    const reminders = service(store);
    expect(await reminders.onMaxOpened()).toMatchObject({ kind: 'refresh-nudge' });
    at(MONDAY_9 + 8 * HOUR - 1);
    expect(await reminders.onMaxOpened()).toBeNull();
    at(MONDAY_9 + 8 * HOUR);
    expect(await reminders.onMaxOpened()).toMatchObject({ kind: 'none', reason: 'nudged-this-week' });
    expect(data.state.lastCheckAt).toBe(MONDAY_9 + 8 * HOUR);
  });
});

describe('clicking the notification', () => {
  it('opens MAX web on the missing rows when no MAX tab is open', async () => {
    const { store } = memoryStore({});
    const reminders = service(store);
    await reminders.checkNow();
    expect(await reminders.onNotificationClicked(MISSING_NOTIFICATION)).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${MAX_WEB_URL}#sverka=missing`);
    expect(await shown()).toEqual({});
  });

  it('focuses an open MAX tab instead of opening another, and asks it to show the missing rows', async () => {
    const { store } = memoryStore({});
    const maxTab = await fakeBrowser.tabs.create({ url: 'https://web.max.ru/123' });
    const revealMissing = vi.fn();
    const reminders = service(store, { revealMissing });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const before = (await fakeBrowser.tabs.query({})).length;
    await reminders.onNotificationClicked(MISSING_NOTIFICATION);
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
    expect(update).toHaveBeenCalledWith(maxTab.id, { active: true });
    expect(revealMissing).toHaveBeenCalledWith(maxTab.id);
  });

  it('the refresh nudge opens plain MAX web; other notifications are not ours', async () => {
    const { store } = memoryStore({});
    const reminders = service(store);
    expect(await reminders.onNotificationClicked('someone-else')).toBe(false);
    await reminders.onNotificationClicked(REFRESH_NOTIFICATION);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(MAX_WEB_URL);
  });
});

describe('the toolbar button', () => {
  it('opens MAX web with the sidebar on what needs action, or focuses the open MAX tab and tells it so', async () => {
    const { store } = memoryStore({});
    const revealMissing = vi.fn();
    const reminders = service(store, { revealMissing });
    await reminders.onActionClicked();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(`${MAX_WEB_URL}#sverka=missing`);
    expect(revealMissing).not.toHaveBeenCalled();

    const maxTab = (await fakeBrowser.tabs.query({})).find((t) => t.url?.startsWith(MAX_WEB_URL));
    const before = (await fakeBrowser.tabs.query({})).length;
    await reminders.onActionClicked();
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
    expect(revealMissing).toHaveBeenCalledWith(maxTab?.id);
  });
});

describe('over the database: survives a restart of the background', () => {
  let db: SverkaDatabase;
  beforeEach(async () => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    await setupRepository(db).saveAssignment(assignment);
    await snapshotRepository(db).save(stored());
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a new service (after restart or update) knows what was reminded today and the snoozes', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const first = service(reminderStoreFor(db));
    await first.snooze('curator-parents/ИСП-21', '1w');
    await first.onAlarm(REMINDER_ALARM);
    expect(create).toHaveBeenCalledTimes(1);

    at(MONDAY_9 + 9 * HOUR);
    const second = service(reminderStoreFor(new SverkaDatabase(db.name)));
    expect(await second.onMaxOpened()).toMatchObject({ kind: 'none', reason: 'reminded-today', badgeCount: 2 });
    expect(create).toHaveBeenCalledTimes(1);
    expect((await reminderRepository(db).getState()).snoozes).toHaveProperty(['curator-parents/ИСП-21']);
  });

  it('the schedule is stored checked; an invalid one becomes the default', async () => {
    const repo = reminderRepository(db);
    expect(await repo.getSchedule()).toEqual(DEFAULT_SCHEDULE);
    expect(await repo.saveSchedule({ enabled: true, days: [6, 0], hour: 10 })).toEqual({
      enabled: true,
      days: [0, 6],
      hour: 10,
    });
    expect(await repo.getSchedule()).toEqual({ enabled: true, days: [0, 6], hour: 10 });
    expect(await repo.saveSchedule({ enabled: 'yes' })).toEqual(DEFAULT_SCHEDULE);
  });

  it('a state it cannot read starts fresh instead of failing', async () => {
    await db.settings.put({ key: 'reminderState', value: { snoozes: 'broken' } });
    expect(await reminderRepository(db).getState()).toEqual(emptyReminderState());
  });
});

describe('auditFromStored', () => {
  it('is the audit of the stored chats as the stored user; null without assignment or snapshot', () => {
    const setup = { profile: DEFAULT_PROFILE, assignment, overrides: [] };
    const result = auditFromStored(setup, stored({ chats: ALL_CHATS }), MONDAY_9);
    expect(result?.summary).toMatchObject({ total: 4, ok: 4, missing: 0 });
    expect(auditFromStored({ ...setup, assignment: null }, stored(), MONDAY_9)).toBeNull();
    expect(auditFromStored(setup, null, MONDAY_9)).toBeNull();
  });
});

describe('wiring', () => {
  it('the real browser APIs fit the injected ones as they are (tsc checks this function)', () => {
    const fit = (b: typeof browser): ReminderApis => ({
      alarms: b.alarms,
      notifications: b.notifications,
      action: b.action,
      tabs: b.tabs,
      windows: b.windows,
    });
    expect(typeof fit).toBe('function');
  });
});
