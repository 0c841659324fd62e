/**
 * The build users install (.output/chrome-mv3, `npm run build`): MAX's page cannot find the sidebar, read what it
 * shows or what is typed into it, press its buttons, or hear the keys typed into it; the bridge leaves no global.
 * Playwright's locators do not pierce a closed shadow root, and neither can the page: the test reaches inside
 * through the DevTools protocol (as a debugger can), and acts as the user does, with the real mouse and keyboard.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, PRODUCTION_DIR, test } from './fixtures';

test.use({ extensionDir: PRODUCTION_DIR });

type DomNode = {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
};

/** The sidebar's shadow root as the debugger sees it (the page cannot). */
async function sidebarShadow(cdp: CDPSession) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined =>
    node.nodeName === 'SVERKA-UI' ? node : node.children?.map(find).find(Boolean);
  const shadow = find(root)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no shadow root on <sverka-ui>');
  return shadow;
}

/** The node inside the sidebar that matches `selector` (0 when none). */
async function inside(cdp: CDPSession, selector: string): Promise<number> {
  const shadow = await sidebarShadow(cdp);
  return ((await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number }).nodeId;
}

/** Clicks the middle of an element inside the sidebar with the real mouse, as the user would. */
async function clickInside(page: Page, cdp: CDPSession, selector: string) {
  const nodeId = await inside(cdp, selector);
  expect(nodeId, selector).toBeGreaterThan(0);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
  const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.content;
  await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
}

/** A property of an element inside the sidebar, read by the debugger. */
async function propertyInside(cdp: CDPSession, selector: string, property: string): Promise<unknown> {
  const nodeId = await inside(cdp, selector);
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { return this[${JSON.stringify(property)}]; }`,
    returnByValue: true,
  })) as { result: { value: unknown } };
  return result.value;
}

/** The page listens for every key, text, composition and clipboard event on its window and document. */
function listenLikeThePage(page: Page) {
  return page.evaluate(() => {
    const heard: string[] = [];
    const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput'];
    for (const type of [...types, 'compositionend', 'paste', 'copy'])
      for (const target of [window, document])
        for (const capture of [true, false])
          target.addEventListener(
            type,
            (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`),
            capture,
          );
    (window as unknown as { heard: string[] }).heard = heard;
  });
}
const heardByThePage = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard.splice(0));

const NOTE = 'Секретная заметка: родители ИСП-22, Петров 42';

test('MAX’s page cannot find the sidebar, read it, or hear what is typed into it', async ({ context, maxPage }) => {
  const cdp = await context.newCDPSession(maxPage);
  await expect.poll(() => inside(cdp, '[data-testid="sverka-sidebar"]').catch(() => 0)).toBeGreaterThan(0);
  expect((await sidebarShadow(cdp)).shadowRootType).toBe('closed');

  // What the page sees of Сверка: an empty element, no way in.
  expect(
    await maxPage.evaluate(() => {
      const host = document.querySelector('sverka-ui');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        children: host?.childNodes.length,
        text: host?.textContent,
        testIds: document.querySelectorAll('[data-testid]').length,
      };
    }),
  ).toEqual({ host: true, shadowRoot: null, children: 0, text: '', testIds: 0 });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, all of it, as the page could read it.
  expect(await maxPage.evaluate(() => document.body.innerText)).not.toContain('Данные: MAX web');

  // The user opens «Заметки» and types a note, with the real mouse and keyboard.
  await listenLikeThePage(maxPage);
  await clickInside(maxPage, cdp, '[data-testid="sverka-tab-notes"]');
  await clickInside(maxPage, cdp, '[data-testid="note-editor"]');
  await maxPage.keyboard.type(NOTE);
  await maxPage.keyboard.press('Enter');
  await maxPage.keyboard.press('Backspace');
  expect(await propertyInside(cdp, '[data-testid="note-editor"]', 'value')).toBe(NOTE);
  // Autosaved (the sidebar's own input handlers got every character).
  await expect.poll(() => propertyInside(cdp, '[data-testid="note-state"]', 'textContent')).toBe('Сохранено');
  expect(await heardByThePage(maxPage)).toEqual([]);

  // The note is nowhere the page can look.
  const seen = await maxPage.evaluate((note) => {
    const host = document.querySelector('sverka-ui');
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the page could read it.
      inText: document.body.innerText.includes(note.slice(0, 20)),
      inHtml: document.documentElement.outerHTML.includes(note.slice(0, 20)),
      inAttributes: [...document.querySelectorAll('*')].some((element) =>
        [...element.attributes].some((attribute) => attribute.value.includes('Секретная')),
      ),
      focused: document.activeElement === host,
      shadowRoot: host?.shadowRoot ?? null,
    };
  }, NOTE);
  expect(seen).toEqual({ inText: false, inHtml: false, inAttributes: false, focused: true, shadowRoot: null });

  // Alt+Shift+S from inside the sidebar still closes it, and the page does not hear it pressed. (The keys are let
  // go after the sidebar has closed, with the focus back on MAX's page: those keyups are the page's.)
  await maxPage.keyboard.press('Alt+Shift+S');
  await expect.poll(() => inside(cdp, '[data-testid="sverka-sidebar"]')).toBe(0);
  expect((await heardByThePage(maxPage)).filter((event) => !event.startsWith('keyup:'))).toEqual([]);

  // Control: the page's listeners do hear its own keys (focus back on MAX's page).
  await maxPage.mouse.click(5, 5);
  await maxPage.keyboard.press('KeyQ');
  expect(await heardByThePage(maxPage)).toContain('keydown:q');
});

test('MAX’s page cannot press the sidebar’s buttons or keys', async ({ context, maxPage }) => {
  const cdp = await context.newCDPSession(maxPage);
  await expect.poll(() => inside(cdp, '[data-testid="sverka-sidebar"]').catch(() => 0)).toBeGreaterThan(0);
  // The focus in the sidebar, as when the user works in it: a key the page made must not reach it either.
  await clickInside(maxPage, cdp, '[data-testid="sverka-tab-notes"]');
  // Where the sidebar's close button is on screen: the page may find that out by looking, but not what is there.
  const closeButton = await inside(cdp, 'button.icon-button');
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: closeButton })) as { model: { content: number[] } };
  const [x = 0, y = 0] = model.content;
  const found = await maxPage.evaluate(
    ({ x, y }) => {
      const host = document.querySelector('sverka-ui') as HTMLElement;
      // Escape in the sidebar closes it; a click on the host, or on whatever is at the close button's place.
      for (const type of ['keydown', 'keyup'])
        host.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true, composed: true }));
      host.click();
      const atButton = document.elementFromPoint(x + 2, y + 2);
      atButton?.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: x + 2, clientY: y + 2 }),
      );
      (atButton as HTMLElement | null)?.click();
      return atButton?.tagName.toLowerCase();
    },
    { x, y },
  );
  expect(found).toBe('sverka-ui');
  expect(await maxPage.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('sverka-ui');
  await maxPage.waitForTimeout(300);
  expect(await inside(cdp, '[data-testid="sverka-sidebar"]')).toBeGreaterThan(0);
});

test('the bridge leaves no global in MAX’s page', async ({ maxPage }) => {
  const globals = await maxPage.evaluate(() => ({
    maxBridge: 'maxBridge' in window,
    ours: Object.getOwnPropertyNames(window).filter((name) => /sverka|bridge|wxt/i.test(name)),
  }));
  expect(globals).toEqual({ maxBridge: false, ours: [] });
});
