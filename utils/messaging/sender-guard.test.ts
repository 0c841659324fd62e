import '../backup/worker-globals.testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SverkaDatabase } from '@/utils/db/database';
import { registerBackgroundHandlers } from './background-handlers';
import { registerDataHandlers } from './data-handlers';
import { type MessageType, sendMessage } from './protocol';
import { CONTENT_SCRIPT_MESSAGES, type Sender, senderMayAsk } from './sender-guard';

const EXTENSION = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };
const OPTIONS_PAGE: Sender = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}options.html`, tab: { id: 3 } };
const REPORT_PAGE: Sender = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}report.html`, tab: { id: 4 } };
const BACKGROUND: Sender = { id: EXTENSION.id };
const CONTENT_SCRIPT: Sender = { id: EXTENSION.id, url: 'https://web.max.ru/-70000000001', tab: { id: 7 } };

/** Everything only the extension's own pages may ask: data as a whole, the profile, the schedule, the report. */
const PAGES_ONLY: MessageType[] = [
  'exportBackup',
  'previewBackup',
  'restoreBackup',
  'wipeAll',
  'getReportData',
  'saveProfile',
  'resetProfile',
  'saveReminderSchedule',
  'revealMissing',
  'importSummaries',
  'getOrganizationData',
];

describe('who may ask what', () => {
  it('lets the extension’s own pages and its background ask anything', () => {
    for (const type of [...PAGES_ONLY, ...CONTENT_SCRIPT_MESSAGES]) {
      expect(senderMayAsk(type, OPTIONS_PAGE, EXTENSION), type).toBe(true);
      expect(senderMayAsk(type, REPORT_PAGE, EXTENSION), type).toBe(true);
      expect(senderMayAsk(type, BACKGROUND, EXTENSION), type).toBe(true);
    }
  });

  it('lets the content script in MAX web ask what the sidebar needs and nothing else', () => {
    for (const type of CONTENT_SCRIPT_MESSAGES) expect(senderMayAsk(type, CONTENT_SCRIPT, EXTENSION), type).toBe(true);
    for (const type of PAGES_ONLY) expect(senderMayAsk(type, CONTENT_SCRIPT, EXTENSION), type).toBe(false);
  });

  it('refuses other extensions, other sites, look-alike URLs and a tab without a URL', () => {
    const refused: Sender[] = [
      { ...OPTIONS_PAGE, id: 'other-extension' },
      { ...CONTENT_SCRIPT, id: undefined },
      { ...CONTENT_SCRIPT, url: 'https://example.org/' },
      { ...CONTENT_SCRIPT, url: 'https://web.max.ru.example.org/' },
      { ...CONTENT_SCRIPT, url: 'http://web.max.ru/' },
      { ...OPTIONS_PAGE, url: 'chrome-extension://test-extension-id.example/options.html' },
      { id: EXTENSION.id, tab: { id: 7 } },
    ];
    for (const sender of refused) {
      expect(senderMayAsk('saveNote', sender, EXTENSION), JSON.stringify(sender)).toBe(false);
      expect(senderMayAsk('wipeAll', sender, EXTENSION), JSON.stringify(sender)).toBe(false);
    }
  });

  it('allows the content script exactly the messages the sidebar sends', () => {
    const dir = join(process.cwd(), 'utils/sidebar');
    const sent = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.')))
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/sendMessage\(\s*'(\w+)'/g))
        if (match[1]) sent.add(match[1]);
    expect([...sent].sort()).toEqual([...CONTENT_SCRIPT_MESSAGES].sort());
  });
});

describe('the background refuses what the content script may not ask', () => {
  type RootListener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => unknown;
  let db: SverkaDatabase;
  let unregister: () => void;
  let root: RootListener;

  beforeEach(() => {
    const onMessage = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener: RootListener } } } })
      .chrome.runtime.onMessage;
    const addListener = vi.spyOn(onMessage, 'addListener');
    db = new SverkaDatabase(`test-${Math.random()}`);
    const removeBackground = registerBackgroundHandlers(db, () => 1000);
    const removeData = registerDataHandlers(db, () => 2000);
    unregister = () => {
      removeBackground();
      removeData();
    };
    const listener = addListener.mock.calls[0]?.[0];
    if (!listener) throw new Error('no messaging listener was added');
    root = listener as unknown as RootListener;
  });
  afterEach(async () => {
    unregister();
    await db.delete();
  });

  /** Sends as the given sender, the way the browser hands a message to @webext-core/messaging's listener. */
  function sendAs(sender: Sender, type: MessageType, data: unknown): Promise<{ res?: unknown; err?: unknown }> {
    return new Promise((resolve) => {
      root({ id: 1, type, data, timestamp: Date.now() }, sender, (response) => resolve(response as never));
    });
  }
  const contentScript = { ...CONTENT_SCRIPT, id: fakeBrowser.runtime.id };
  const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 3 } };
  const note = {
    subjectType: 'audit',
    subjectKey: '',
    text: 'Родители ИСП-21 не вступили',
    createdAt: 0,
    updatedAt: 0,
  };

  it('keeps notes the content script saved when it asks to wipe, export or read the report', async () => {
    const saved = await sendAs(contentScript, 'saveNote', note);
    expect(saved.err).toBeUndefined();
    for (const [type, data] of [
      ['wipeAll', { confirm: 'УДАЛИТЬ' }],
      ['exportBackup', undefined],
      ['getReportData', undefined],
      ['restoreBackup', { text: '{}', mode: 'replace' }],
      ['saveProfile', {}],
    ] as const) {
      const answer = await sendAs(contentScript, type, data);
      expect(answer.res, type).toBeUndefined();
      expect(JSON.stringify(answer.err), type).toMatch(/только своим страницам/);
    }
    expect((await sendMessage('listNotes', null)).map((n) => n.text)).toEqual([note.text]);
  });

  it('wipes when the options page asks', async () => {
    await sendAs(contentScript, 'saveNote', note);
    expect((await sendAs(optionsPage, 'wipeAll', { confirm: 'УДАЛИТЬ' })).err).toBeUndefined();
    expect(await sendMessage('listNotes', null)).toEqual([]);
  });
});
