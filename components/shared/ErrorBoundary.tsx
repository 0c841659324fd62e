import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to show instead of the children once one of them threw while rendering. */
  fallback(error: unknown): ComponentChildren;
  /** When it changes (e.g. the data was reloaded), a part that failed gets another chance to render. */
  resetKey?: unknown;
  children?: ComponentChildren;
}

interface State {
  failed: boolean;
  error: unknown;
}

/**
 * Keeps a page usable when one of its parts throws while rendering (e.g. on stored data that no longer parses): that
 * part is replaced by `fallback`, the rest of the page (the data section above all: backup, restore, wipe) stays.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: undefined };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown) {
    // getDerivedStateFromError has switched to the fallback; this only keeps the error visible to developers.
    console.error('Сверка: a part of the page failed to render', error);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false, error: undefined });
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
