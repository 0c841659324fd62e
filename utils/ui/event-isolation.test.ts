// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IsolatedUi, isolateEvents } from './event-isolation';

/** What the user does: the browser's own events are trusted; a script's are not. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('isolateEvents', () => {
  let stop: AbortController;
  let ui: IsolatedUi;
  let field: HTMLTextAreaElement;
  /** What MAX's page heard, on its window and document, in both phases. */
  let heard: string[];
  /** What the sidebar's own handlers got. */
  let inside: Event[];

  beforeEach(() => {
    stop = new AbortController();
    const host = document.createElement('sverka-ui');
    const root = host.attachShadow({ mode: 'closed' });
    field = document.createElement('textarea');
    root.append(field);
    document.body.append(host);
    ui = { host, root };
    isolateEvents(window, () => ui, stop.signal);
    // The page's listeners, added after Сверка's (it runs at document_start).
    heard = [];
    for (const type of ['keydown', 'input', 'paste'])
      for (const [target, name] of [
        [window, 'window'],
        [document, 'document'],
      ] as const)
        for (const capture of [true, false])
          target.addEventListener(type, (e) => heard.push(`${name}:${e.type}:${capture ? 'capture' : 'bubble'}`), {
            capture,
            signal: stop.signal,
          });
    inside = [];
    for (const type of ['keydown', 'input', 'paste'])
      field.addEventListener(type, (e) => inside.push(e), { signal: stop.signal });
    field.focus();
  });
  afterEach(() => {
    stop.abort();
    ui.host.remove();
  });

  it('keeps keys, text and pastes typed into the sidebar from every listener of the page', () => {
    field.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'ы', code: 'KeyS', bubbles: true, composed: true })),
    );
    field.dispatchEvent(
      trusted(new InputEvent('input', { data: 'ы', inputType: 'insertText', bubbles: true, composed: true })),
    );
    field.dispatchEvent(trusted(new ClipboardEvent('paste', { bubbles: true, composed: true })));
    expect(heard).toEqual([]);
    expect(inside.map((e) => e.type)).toEqual(['keydown', 'input', 'paste']);
    const [key, input] = inside as [KeyboardEvent, InputEvent];
    expect([key.key, key.code, key.composed]).toEqual(['ы', 'KeyS', false]);
    expect([input.data, input.inputType]).toEqual(['ы', 'insertText']);
  });

  it('prevents on the original what the sidebar prevents on its copy', () => {
    field.addEventListener('keydown', (e) => e.preventDefault(), { signal: stop.signal });
    const event = trusted(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }),
    );
    field.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves alone the page’s own keys, a script’s events on the host and a checkbox’s input', () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    expect(heard).toContain('window:keydown:capture');
    heard = [];
    // The page pressing Escape «in» the sidebar: it reaches the host only, never the sidebar's handlers.
    ui.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(heard).toContain('document:keydown:bubble');
    expect(inside).toEqual([]);
    heard = [];
    field.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
    expect(heard).toContain('window:input:bubble');
    outside.remove();
  });

  it('stops once its lifetime ends', () => {
    stop.abort();
    const page: string[] = [];
    window.addEventListener('keydown', (e) => page.push(e.type));
    field.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    expect(page).toEqual(['keydown']);
  });
});
