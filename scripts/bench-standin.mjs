// @ts-check
// What the browser benches (scripts/bench-browser.mjs, scripts/bench-burst.mjs) set up alike: the stand-in college
// padded to 2,000 chats, and a curator of 20 groups (60 requirements) saved as the extension's assignment.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GROUPS = Array.from({ length: 20 }, (_, i) => `ГР-${String(i + 1).padStart(2, '0')}`);
export const REQUIREMENTS = GROUPS.length * 3;

export function college() {
  const fixture = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/demo-college.json'), 'utf8'));
  const template = fixture.chats.find((/** @type {{type: string}} */ chat) => chat.type === 'CHAT');
  const extra = Array.from({ length: 2000 - fixture.chats.length }, (_, i) => ({
    ...template,
    id: -72_000_000_000 - i,
    // Some of the 20 groups' chats exist, most titles are noise: the audit has real work.
    title: i < 30 ? `${GROUPS[i % 20]} ${['студенты', 'родители', 'преподаватели'][i % 3]}` : `Кружок ${i}`,
    participants: { [String(fixture.me.id)]: fixture.now - 400 * 86_400_000 },
    participantsCount: 1,
    link: undefined,
    lastMessage: null,
    lastEventTime: fixture.now - 400 * 86_400_000 + i,
  }));
  return { ...fixture, chats: [...fixture.chats, ...extra] };
}

/**
 * Saves the 20-group curator as the assignment, through the extension's own options page.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function seedAssignment(context) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const assignment = { roles: GROUPS.map((group) => ({ role: 'curator', group })) };
  // @webext-core/messaging's wire format: what the options page's own sendMessage would post.
  await options.evaluate(
    (data) =>
      new Promise((done) =>
        /** @type {any} */ (globalThis).chrome.runtime.sendMessage(
          { id: 1, type: 'saveAssignment', data, timestamp: Date.now() },
          done,
        ),
      ),
    assignment,
  );
  await options.close();
}
