/**
 * Keeps what the user types into the sidebar inside it. Keyboard, text-input, composition and clipboard events from
 * a field in the sidebar's shadow root are composed: they leave the shadow root and reach every listener MAX's page
 * has on its window and document, in the capture phase even before anything inside could stop them. So Сверка
 * listens first, on the window in the capture phase (installed at document_start, before any script of the page's),
 * and an event from inside the sidebar (its path goes through the sidebar's host) stops there: no
 * listener of the page's sees it. A copy that cannot leave the shadow root (composed: false) is dispatched on the
 * focused element inside, so the sidebar's own handlers still get it; what they prevent is prevented on the
 * original. The browser's own action (the character typed, Tab, Enter on a button) belongs to the original, which
 * is never prevented here, so it still happens.
 */

/** Events that carry what is typed or pasted: keys, text, IME composition, the clipboard. */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'copy',
  'cut',
  'paste',
] as const;

export interface IsolatedUi {
  /** The element in MAX's page that holds the shadow root. */
  host: Element;
  /** The sidebar's shadow root (closed in the build users install; Сверка keeps the reference). */
  root: ShadowRoot;
}

/**
 * From now on, events of ISOLATED_EVENTS from inside `ui()` reach only the sidebar. Call it as early as possible:
 * a listener the page added to the window's capture phase before this one would still run first.
 */
export function isolateEvents(win: Window, ui: () => IsolatedUi | null, signal: AbortSignal): void {
  const listener = (event: Event) => {
    const current = ui();
    // Only what the user did: an event the page made and dispatched on the host never enters the shadow root, and
    // forwarding it would let the page press keys in the sidebar. (Seen from the window, an event from inside has
    // the host as its target and the host in its path, the nodes inside left out.)
    if (!current || !event.isTrusted || !event.composedPath().includes(current.host)) return;
    // A checkbox's or a select's `input` is a plain Event with no text in it: left alone.
    if (event.type === 'input' && !(event instanceof InputEvent)) return;
    event.stopImmediatePropagation();
    const focused = current.root.activeElement;
    const copy = focused ? copyInside(event) : null;
    if (!focused || !copy) return;
    focused.dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  };
  for (const type of ISOLATED_EVENTS) win.addEventListener(type, listener, { capture: true, signal });
}

/** The same event, for the sidebar's handlers only; null for Chrome's legacy `textInput`, which none listens to. */
function copyInside(event: Event): Event | null {
  const base = { bubbles: event.bubbles, cancelable: event.cancelable, composed: false };
  if (event instanceof KeyboardEvent)
    return new KeyboardEvent(event.type, {
      ...base,
      key: event.key,
      code: event.code,
      location: event.location,
      repeat: event.repeat,
      isComposing: event.isComposing,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      charCode: event.charCode,
      keyCode: event.keyCode,
    });
  if (event instanceof InputEvent)
    return new InputEvent(event.type, {
      ...base,
      data: event.data,
      inputType: event.inputType,
      isComposing: event.isComposing,
      dataTransfer: event.dataTransfer,
    });
  if (event instanceof CompositionEvent) return new CompositionEvent(event.type, { ...base, data: event.data });
  if (event instanceof ClipboardEvent)
    return new ClipboardEvent(event.type, { ...base, clipboardData: event.clipboardData });
  return null;
}
