import { describe, expect, it } from 'vitest';
import { clampPanelWidth, PANEL_DEFAULT_WIDTH, reservedWidth } from './panel-width';

describe('the panel’s width', () => {
  it('stays within 320–560 px, whole pixels; anything odd is the default', () => {
    expect([200, 320, 433.6, 560, 900].map(clampPanelWidth)).toEqual([320, 320, 434, 560, 560]);
    expect([Number.NaN, '400', undefined].map(clampPanelWidth)).toEqual([
      PANEL_DEFAULT_WIDTH,
      PANEL_DEFAULT_WIDTH,
      PANEL_DEFAULT_WIDTH,
    ]);
  });

  it('MAX gives up its room only while the panel is open on a window of 1,100 px or more', () => {
    expect(reservedWidth(true, 400, 1400)).toBe(400);
    expect(reservedWidth(false, 400, 1400)).toBeNull();
    expect(reservedWidth(true, 400, 1099)).toBeNull();
    expect(reservedWidth(true, 9999, 1400)).toBe(560);
  });
});
