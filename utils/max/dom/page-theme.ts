/**
 * MAX web's light or dark theme, so the sidebar matches it. MAX's own theme switch is not
 * documented publicly: read a theme hint on <html>/<body> (data-theme, class), else the page's
 * background luminance, else its color-scheme; null leaves it to prefers-color-scheme.
 */
export type PageTheme = 'light' | 'dark';

function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) … 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function detectPageTheme(doc: Document): PageTheme | null {
  const html = doc.documentElement;
  const hints = [
    html.getAttribute('data-theme'),
    html.className,
    doc.body?.getAttribute('data-theme'),
    doc.body?.className,
  ]
    .filter(Boolean)
    .join(' ');
  if (/(^|[\s_-])dark($|[\s_-])/i.test(hints)) return 'dark';
  if (/(^|[\s_-])light($|[\s_-])/i.test(hints)) return 'light';
  const view = doc.defaultView;
  if (!view) return null;
  for (const element of [doc.body, html]) {
    if (!element) continue;
    const color = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (color && color.a > 0.5) return luminance(color) < 0.4 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(html).colorScheme;
  if (scheme === 'dark') return 'dark';
  if (scheme === 'light') return 'light';
  return null;
}

/** Calls `onChange` with the theme now and whenever MAX switches it; everything stops with the signal. */
export function watchPageTheme(doc: Document, signal: AbortSignal, onChange: (theme: PageTheme | null) => void): void {
  let last: PageTheme | null | undefined;
  const check = () => {
    const theme = detectPageTheme(doc);
    if (theme !== last) {
      last = theme;
      onChange(theme);
    }
  };
  const observer = new MutationObserver(check);
  const watched = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
  observer.observe(doc.documentElement, watched);
  if (doc.body) observer.observe(doc.body, watched);
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', check, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  check();
}
