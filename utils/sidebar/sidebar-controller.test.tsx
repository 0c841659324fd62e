// @vitest-environment happy-dom
/**
 * The sidebar's start-up as the content script runs it: startSidebar in a happy-dom window, the bridge faked by
 * posting its events to the window (as utils/max/bridge-listener expects them), the background faked by answering
 * the messages it is asked (tests/unit/setup.ts carries them), and SidebarApp rendered from what startSidebar returns.
 */
import { act, cleanup, type RenderResult, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import type { AuditRecord } from '@/utils/audit/audit-record';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { Setup } from '@/utils/audit/setup';
import type { NoteRecord } from '@/utils/db/database';
import { type BridgeEventBody, makeBridgeEvent } from '@/utils/max/bridge-events';
import { PANEL_ATTRIBUTE, PANEL_WIDTH_PROPERTY } from '@/utils/max/dom/page-layout';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { DEFAULT_SCHEDULE } from '@/utils/reminders/schedule';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { sidebarOpenItem } from '@/utils/ui/sidebar-preference';
import type { Lifetime } from './lifetime';
import { testLifetime } from './lifetime.testing';
import { type SidebarController, startSidebar } from './sidebar-controller';

const ME = '1000001';
/** Long enough for the snapshot store's next frame and the sidebar's render after it. */
const FRAME = 120;

const setup: Setup = {
  profile: { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 26 }] },
  profileSource: 'default',
  assignment: { roles: [{ role: 'curator', group: 'ИСП-21' }] },
  overrides: [],
};
// The curator's students' and parents' chats are on the first page; the teachers' chat she has none of.
const firstPage = [groupChat('-70000000101', 'ИСП-21 Студенты', ME), groupChat('-70000000102', 'ИСП-21 Родители', ME)];
const lastPage = [groupChat('-70000000150', 'Хор «Голоса»', ME)];

/** What the bridge posts, as the page's window delivers it. */
function fromBridge(body: BridgeEventBody) {
  window.dispatchEvent(new MessageEvent('message', { data: makeBridgeEvent(body), source: window }));
}
function logIn() {
  fromBridge({ type: 'me', me: { id: ME, name: 'Мария Иванова' } });
  fromBridge({ type: 'chats', origin: 'login', received: firstPage.length, listEnd: false, chats: firstPage });
}
function lastPageOfList() {
  fromBridge({ type: 'chats', origin: 'chats-list', received: lastPage.length, listEnd: true, chats: lastPage });
}

/** The background: what it is asked, and what it answers. */
function fakeBackground() {
  const asked: string[] = [];
  const saved = { snapshots: [] as StoredSnapshot[], audits: [] as AuditRecord[], notes: [] as NoteRecord[] };
  const answer =
    <T,>(name: string, value: (data: never) => T) =>
    ({ data }: { data: unknown }) => {
      asked.push(name);
      return value(data as never);
    };
  const removers = [
    onMessage(
      'getSetup',
      answer('getSetup', () => setup),
    ),
    onMessage(
      'getSnapshot',
      answer('getSnapshot', () => null),
    ),
    onMessage(
      'saveSnapshot',
      answer('saveSnapshot', (snapshot: StoredSnapshot) => {
        saved.snapshots.push(snapshot);
      }),
    ),
    onMessage(
      'maxOpened',
      answer('maxOpened', () => undefined),
    ),
    onMessage(
      'recordAudit',
      answer('recordAudit', (record: AuditRecord) => {
        saved.audits.push(record);
        return null;
      }),
    ),
    onMessage(
      'listNotes',
      answer('listNotes', () => saved.notes),
    ),
    onMessage(
      'saveNote',
      answer('saveNote', (note: NoteRecord) => {
        const stored = { ...note, id: saved.notes.length + 1 };
        saved.notes = [...saved.notes, stored];
        return stored;
      }),
    ),
    onMessage(
      'getReminders',
      answer('getReminders', () => ({ schedule: DEFAULT_SCHEDULE, snoozes: {} })),
    ),
    onMessage(
      'listLinkDecisions',
      answer('listLinkDecisions', () => []),
    ),
    onMessage(
      'getLinkHistory',
      answer('getLinkHistory', () => ({})),
    ),
    onMessage(
      'saveLinkHistory',
      answer('saveLinkHistory', () => undefined),
    ),
  ];
  return {
    asked,
    saved,
    stop: () => {
      for (const remove of removers) remove();
    },
  };
}

describe('startSidebar', () => {
  let life: Lifetime & { stop(): void };
  let background: ReturnType<typeof fakeBackground>;
  let view: RenderResult | null = null;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU');
    background = fakeBackground();
    life = testLifetime();
  });
  afterEach(() => {
    cleanup();
    view = null;
    life.stop();
    background.stop();
    window.history.replaceState(null, '', window.location.pathname);
    vi.useRealTimers();
  });

  /** Starts the controller and mounts the sidebar as the content script does. */
  async function start(): Promise<SidebarController> {
    const started = startSidebar(window, document, life);
    await vi.advanceTimersByTimeAsync(0);
    const controller = await started;
    view = render(<SidebarApp model={controller.model} t={controller.t} actions={controller.actions} />);
    await settle();
    return controller;
  }
  const settle = () =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(FRAME);
    });
  const statusText = () => view?.getByTestId('sverka-status').textContent ?? '';
  const attention = () => view?.getByTestId('sverka-toggle').getAttribute('data-attention');

  it('waits for MAX; after the login it is partial; after the last page it shows «весь список» and what is missing', async () => {
    const { model } = await start();
    expect(statusText()).toContain('Ждём данные MAX web');
    expect(background.asked).toEqual(expect.arrayContaining(['getSetup', 'maxOpened', 'listNotes', 'getReminders']));

    logIn();
    await settle();
    expect(statusText()).toContain('Данные: MAX web · 2 чата · список неполный');
    // The teachers' chat may be on a page not seen yet: «неизвестно», not counted as needing action.
    expect(model.auditResult.value?.summary).toMatchObject({ ok: 2, unknown: 1, missing: 0 });
    expect(attention()).toBe('0');

    lastPageOfList();
    await settle();
    expect(statusText()).toContain('Данные: MAX web · 3 чата · весь список');
    expect(statusText()).not.toContain('неполный');
    expect(model.auditResult.value?.summary).toMatchObject({ ok: 2, unknown: 0, missing: 1 });
    expect(attention()).toBe('1');
    expect(view?.getByTestId('sverka-toggle-count').textContent).toBe('1');
  });

  it('stores what it saw: the snapshot, and the audit run once it saw the whole list', async () => {
    await start();
    logIn();
    await settle();
    expect(background.saved.snapshots.at(-1)?.chats.map((c) => c.id)).toEqual(['-70000000101', '-70000000102']);
    expect(background.saved.audits).toEqual([]);

    lastPageOfList();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(background.saved.audits.at(-1)).toMatchObject({
      userId: ME,
      requirementStatuses: { 'curator-teachers/ИСП-21': 'missing', 'curator-students/ИСП-21': 'ok' },
    });
    expect(background.asked).toContain('getLinkHistory');
  });

  it('speaks English in an English browser', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    await start();
    logIn();
    lastPageOfList();
    await settle();
    expect(statusText()).toContain('Data: MAX web · 3 chats · the whole list');
  });

  it('opened at a reminder’s link (#sverka=missing) it starts open, and remembers it is open', async () => {
    await sidebarOpenItem.setValue(false);
    // The page is opened at that address: no hashchange in a browser (happy-dom sends one for replaceState; it is
    // kept from the controller, so that only the start-up is tested here).
    window.history.replaceState(null, '', '#sverka=missing');
    const noHashChange = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('hashchange', noHashChange, { capture: true });
    try {
      const { model } = await start();
      expect(model.open.value).toBe(true);
      expect(model.revealMissing.value).toBe(true);
      expect(await sidebarOpenItem.getValue()).toBe(true);
      expect(view?.getByTestId('sverka-sidebar')).toBeTruthy();
    } finally {
      window.removeEventListener('hashchange', noHashChange, { capture: true });
    }
  });

  it('closed, it opens when a reminder’s link is followed in the open page; the background and Alt+Shift+S toggle it', async () => {
    await sidebarOpenItem.setValue(false);
    const { model } = await start();
    expect(model.open.value).toBe(false);
    expect(view?.queryByTestId('sverka-sidebar')).toBeNull();

    const followed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    window.location.hash = '#sverka=missing';
    await act(async () => {
      await followed;
    });
    expect(model.open.value).toBe(true);
    expect(model.revealMissing.value).toBe(true);
    expect(view?.getByTestId('sverka-sidebar')).toBeTruthy();

    await act(() => sendMessage('toggleSidebar', undefined));
    expect(model.open.value).toBe(false);
    expect(await sidebarOpenItem.getValue()).toBe(false);
    expect(view?.queryByTestId('sverka-sidebar')).toBeNull();

    await act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', altKey: true, shiftKey: true }));
    });
    expect(model.open.value).toBe(true);
    expect(await sidebarOpenItem.getValue()).toBe(true);
  });

  it('a note saved goes to the background, and the list shown is asked for again', async () => {
    const { model, actions } = await start();
    expect(model.notes.value).toEqual([]);
    await act(async () => {
      await actions.notes.save({ subjectType: 'audit', subjectKey: '', text: 'позвонить', createdAt: 1, updatedAt: 1 });
    });
    await settle();
    expect(background.saved.notes.map((note) => note.text)).toEqual(['позвонить']);
    expect(background.asked.filter((name) => name === 'listNotes')).toHaveLength(2);
    expect(model.notes.value.map((note) => note.text)).toEqual(['позвонить']);
  });

  it('on a narrow window it lies over MAX; widened, it takes its width from MAX’s page; stopped, gives it back and hears no more', async () => {
    const { model } = await start();
    const html = document.documentElement;
    expect(model.open.value).toBe(true);
    expect(window.innerWidth).toBeLessThan(1100);
    expect(html.hasAttribute(PANEL_ATTRIBUTE)).toBe(false);

    const narrow = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true });
    try {
      window.dispatchEvent(new Event('resize'));
      await settle();
      expect(html.getAttribute(PANEL_ATTRIBUTE)).toBe('');
      expect(html.style.getPropertyValue(PANEL_WIDTH_PROPERTY)).toBe('360px');
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: narrow, configurable: true });
    }
    life.stop();
    logIn();
    await settle();
    expect(model.snapshot.value.loginAt).toBeUndefined();
    expect(document.documentElement.hasAttribute(PANEL_ATTRIBUTE)).toBe(false);
    expect(document.documentElement.style.getPropertyValue(PANEL_WIDTH_PROPERTY)).toBe('');
  });
});
