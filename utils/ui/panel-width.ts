/**
 * The sidebar's width and whether it sits beside MAX web or over it. Pure. Beside: MAX's page gets the room it needs
 * (utils/max/dom/page-layout.ts); on a narrow window there is no room to give, and the panel overlays MAX, with its
 * close button.
 */
export const PANEL_MIN_WIDTH = 320;
export const PANEL_MAX_WIDTH = 560;
export const PANEL_DEFAULT_WIDTH = 360;
/** Below this window width the panel overlays MAX web instead of narrowing it. */
export const OVERLAY_BELOW_WIDTH = 1100;

export function clampPanelWidth(width: unknown): number {
  if (typeof width !== 'number' || !Number.isFinite(width)) return PANEL_DEFAULT_WIDTH;
  return Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, width)));
}

/** How much of the window MAX web gives up to the panel: its width when open on a wide window, else nothing. */
export function reservedWidth(open: boolean, panelWidth: number, windowWidth: number): number | null {
  return open && windowWidth >= OVERLAY_BELOW_WIDTH ? clampPanelWidth(panelWidth) : null;
}
