/** What the content script's context gives every part of the sidebar: when to stop (WXT's ContentScriptContext). */
export interface Lifetime {
  readonly signal: AbortSignal;
  onInvalidated(cleanup: () => void): unknown;
}
