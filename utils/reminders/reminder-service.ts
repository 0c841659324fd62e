/**
 * The reminders' side-effect edge in the background: alarm → audit of the last stored snapshot → decision →
 * notification, badge, remembered state. Browser APIs and storage are injected, so tests pass WXT's fake browser (or
 * hand-written fakes) and an in-memory store; the entrypoint only wires events to these methods.
 *
 * - `ensureAlarm()` on install, startup and schedule change: first catches up a slot missed while the browser was
 *   closed or the alarm was lost (one check), then sets the one-shot alarm for the next slot (or clears it when off).
 * - `onAlarm(name)`: the scheduled check, then the next alarm.
 * - `onMaxOpened()`: MAX web opened ≥ 8 h after the last check → the same check.
 * - `onNotificationClicked(id)`: focuses a MAX web tab, or opens one at `#sverka=missing`.
 * - `snooze` / `unsnooze`, `refreshBadge`.
 * Checks run one at a time, so an alarm and a MAX tab opening together cannot notify twice.
 */
import { type AuditResult, audit } from '@/utils/audit/audit';
import type { Setup } from '@/utils/audit/setup';
import type { Lang } from '@/utils/i18n/translator';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { badgeCountOf, decideReminder, type ReminderDecision, rememberReminded } from './decide';
import type { ReminderState } from './reminder-state';
import { nextReminderAt, type ReminderSchedule } from './schedule';
import { activeSnoozes, type SnoozeKind, snoozeUntil } from './snooze';
import { localTimeZone, validTimeZone } from './zoned-time';

export const REMINDER_ALARM = 'sverka-reminder';
export const MISSING_NOTIFICATION = 'sverka-missing';
export const REFRESH_NOTIFICATION = 'sverka-refresh';
export const MAX_WEB_URL = 'https://web.max.ru/';
/** The hash the sidebar reads to open on the missing rows. */
export const MISSING_HASH = '#sverka=missing';
/** MAX web opened this long after the last check → check again. */
export const MAX_OPENED_GAP_MS = 8 * 3_600_000;
export const BADGE_COLOR = '#D93025';

export const isMaxWebUrl = (url: string | undefined): boolean => typeof url === 'string' && url.startsWith(MAX_WEB_URL);

interface TabLike {
  id?: number;
  url?: string;
  windowId?: number;
}

/** The parts of `browser.*` the reminders use (method syntax, so `browser.alarms` etc. fit as they are). */
export interface ReminderApis {
  alarms: {
    create(name: string, info: { when: number }): unknown;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    clear(name: string): Promise<boolean>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  /** `browser.action` (MV3) or `browser.browserAction`. */
  action: {
    setBadgeText(details: { text: string }): unknown;
    setBadgeBackgroundColor(details: { color: string }): unknown;
  };
  tabs: {
    query(info: Record<string, never>): Promise<TabLike[]>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<unknown>;
  };
  windows?: { update(windowId: number, info: { focused: boolean }): Promise<unknown> };
}

export interface ReminderStore {
  loadSetup(): Promise<Pick<Setup, 'profile' | 'assignment' | 'overrides'>>;
  /** The last stored snapshot (of the last MAX user seen). */
  loadSnapshot(): Promise<StoredSnapshot | null>;
  loadSchedule(): Promise<ReminderSchedule>;
  loadState(): Promise<ReminderState>;
  saveState(state: ReminderState): Promise<void>;
}

export interface ReminderDeps extends ReminderApis, ReminderStore {
  /** `browser.runtime.getURL('/icons/128.png')`: Chrome needs an icon on every notification. */
  iconUrl: string;
  lang?: Lang;
  /** Optional: tell the content script in an already open MAX tab to show the missing rows. */
  revealMissing?(tabId: number): unknown;
}

export interface ReminderClock {
  now(): number;
  /** IANA zone; default: the machine's. */
  timeZone?(): string;
}

export type CheckOutcome = ReminderDecision | { kind: 'none'; reason: 'no-assignment'; badgeCount: 0 };

/** The audit of a stored snapshot with the stored setup, or null when there is no assignment or no snapshot. */
export function auditFromStored(
  setup: Pick<Setup, 'profile' | 'assignment' | 'overrides'>,
  stored: StoredSnapshot | null,
  now: number,
): AuditResult | null {
  if (!setup.assignment || !stored) return null;
  // The stored snapshot carries no protocol trouble: it is written only from a page that had a login answer.
  const snapshot = { chats: stored.chats, me: { id: stored.userId }, listComplete: stored.listComplete };
  return audit(setup.profile, setup.assignment, snapshot, setup.overrides, now);
}

export function createReminderService(deps: ReminderDeps, clock: ReminderClock = { now: Date.now }) {
  const zone = () => validTimeZone(clock.timeZone?.() ?? localTimeZone());
  let queue: Promise<unknown> = Promise.resolve();
  /** One check (or state change) at a time. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  async function setBadge(count: number): Promise<void> {
    if (count > 0) await deps.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await deps.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  }

  async function check(): Promise<CheckOutcome> {
    const now = clock.now();
    const timeZone = zone();
    const [setup, stored, state] = await Promise.all([deps.loadSetup(), deps.loadSnapshot(), deps.loadState()]);
    const snoozes = activeSnoozes(state.snoozes, now);
    const next: ReminderState = { ...state, snoozes, lastCheckAt: now };
    if (!setup.assignment) {
      await setBadge(0);
      await deps.saveState(next);
      return { kind: 'none', reason: 'no-assignment', badgeCount: 0 };
    }
    const decision = decideReminder({
      result: auditFromStored(setup, stored, now),
      snapshotSavedAt: stored?.savedAt,
      snoozes,
      lastReminded: state.lastReminded,
      lastRefreshNudgeAt: state.lastRefreshNudgeAt,
      now,
      timeZone,
      lang: deps.lang ?? 'ru',
    });
    await setBadge(decision.badgeCount);
    const notify = (id: string, title: string, message: string) =>
      deps.notifications.create(id, { type: 'basic', iconUrl: deps.iconUrl, title, message });
    if (decision.kind === 'missing') {
      await notify(MISSING_NOTIFICATION, decision.title, decision.message);
      next.lastReminded = rememberReminded(state.lastReminded, decision.requirementIds, now, timeZone);
    } else if (decision.kind === 'refresh-nudge') {
      await notify(REFRESH_NOTIFICATION, decision.title, decision.message);
      next.lastRefreshNudgeAt = now;
    } else if (decision.badgeCount === 0) {
      // Nothing left to do: a reminder still on screen is out of date.
      await deps.notifications.clear(MISSING_NOTIFICATION);
    }
    await deps.saveState(next);
    return decision;
  }

  async function badge(result?: AuditResult | null): Promise<number> {
    const now = clock.now();
    const state = await deps.loadState();
    let current = result;
    if (current === undefined) {
      const [setup, stored] = await Promise.all([deps.loadSetup(), deps.loadSnapshot()]);
      current = auditFromStored(setup, stored, now);
    }
    const count = badgeCountOf(current, activeSnoozes(state.snoozes, now), now);
    await setBadge(count);
    return count;
  }

  async function scheduleNext(): Promise<number | null> {
    const at = nextReminderAt(await deps.loadSchedule(), clock.now(), zone());
    if (at === null) await deps.alarms.clear(REMINDER_ALARM);
    else await deps.alarms.create(REMINDER_ALARM, { when: at });
    return at;
  }

  /** Focuses a MAX web tab (and, with `reveal`, opens its sidebar on the rows needing action), or opens MAX web. */
  async function showMaxWeb(reveal: boolean): Promise<void> {
    const tab = (await deps.tabs.query({})).find((t) => isMaxWebUrl(t.url) && t.id !== undefined);
    if (tab?.id !== undefined) {
      await deps.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await deps.windows?.update(tab.windowId, { focused: true });
      if (reveal) await deps.revealMissing?.(tab.id);
    } else {
      await deps.tabs.create({ url: reveal ? MAX_WEB_URL + MISSING_HASH : MAX_WEB_URL, active: true });
    }
  }

  return {
    /** Install, startup, schedule change: catch up a missed slot, then set the alarm. Answers the next slot. */
    ensureAlarm: () =>
      serial(async () => {
        const schedule = await deps.loadSchedule();
        const { lastCheckAt } = await deps.loadState();
        const missedSlot = lastCheckAt === undefined ? null : nextReminderAt(schedule, lastCheckAt, zone());
        if (missedSlot !== null && missedSlot <= clock.now()) await check();
        return scheduleNext();
      }),

    /** The alarm fired: check, then set the next one. Other alarms' names are ignored (answers null). */
    onAlarm: (name: string) =>
      name !== REMINDER_ALARM
        ? Promise.resolve(null)
        : serial(async () => {
            const outcome = await check();
            await scheduleNext();
            return outcome;
          }),

    /** MAX web was opened: check when the last check is ≥ 8 h old (answers null when it was not). */
    onMaxOpened: () =>
      serial(async () => {
        const { lastCheckAt } = await deps.loadState();
        if (lastCheckAt !== undefined && clock.now() - lastCheckAt < MAX_OPENED_GAP_MS) return null;
        return check();
      }),

    /** A check now, whatever the schedule (for tests and a «check now» button). */
    checkNow: () => serial(check),

    /** Our notification clicked: focus a MAX web tab (the sidebar is told to show the missing rows) or open one. */
    async onNotificationClicked(id: string): Promise<boolean> {
      if (id !== MISSING_NOTIFICATION && id !== REFRESH_NOTIFICATION) return false;
      await deps.notifications.clear(id);
      await showMaxWeb(id === MISSING_NOTIFICATION);
      return true;
    },

    /** The toolbar button: MAX web (its tab focused, or a new one) with the sidebar open on what needs action. */
    onActionClicked: () => showMaxWeb(true),

    /** The badge from an audit (e.g. the live one), or from the stored snapshot when none is given. */
    refreshBadge: (result?: AuditResult | null) => serial(() => badge(result)),

    /** Snoozes one requirement (the badge follows); answers when it ends, or null for a date that is not after today. */
    snooze: (requirementId: string, kind: SnoozeKind) =>
      serial(async () => {
        const now = clock.now();
        const until = snoozeUntil(kind, now, zone());
        if (until === null) return null;
        const state = await deps.loadState();
        await deps.saveState({ ...state, snoozes: { ...activeSnoozes(state.snoozes, now), [requirementId]: until } });
        await badge();
        return until;
      }),

    unsnooze: (requirementId: string) =>
      serial(async () => {
        const state = await deps.loadState();
        const { [requirementId]: _gone, ...snoozes } = state.snoozes;
        await deps.saveState({ ...state, snoozes });
        await badge();
      }),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
