/**
 * Room for the sidebar beside MAX web: an attribute and a custom property on MAX's <html>, which the manifest's CSS
 * (entrypoints/page-marks.content.css) turns into a right margin on <body>, so MAX's own layout (a full-height grid
 * in the sources, utils/max/DOM.md) narrows instead of lying under the panel. Nothing else of MAX's is touched.
 */
export const PANEL_ATTRIBUTE = 'data-sverka-panel';
export const PANEL_WIDTH_PROPERTY = '--sverka-panel-width';

/** Gives the panel `width` px of MAX's page, or (null) gives them back. */
export function reservePanelSpace(doc: Document, width: number | null): void {
  const html = doc.documentElement;
  if (width === null) {
    html.removeAttribute(PANEL_ATTRIBUTE);
    html.style.removeProperty(PANEL_WIDTH_PROPERTY);
    return;
  }
  html.setAttribute(PANEL_ATTRIBUTE, '');
  html.style.setProperty(PANEL_WIDTH_PROPERTY, `${width}px`);
}
