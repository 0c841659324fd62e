// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectPageTheme, luminance, watchPageTheme } from './page-theme';

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.className = '';
  document.body.removeAttribute('style');
});

describe('MAX web’s theme', () => {
  it('reads a theme attribute or class', () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(detectPageTheme(document)).toBe('dark');
    document.documentElement.setAttribute('data-theme', 'light');
    expect(detectPageTheme(document)).toBe('light');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.className = 'app theme--dark';
    expect(detectPageTheme(document)).toBe('dark');
  });

  it('else the page background: dark when its luminance is low', () => {
    document.body.style.backgroundColor = 'rgb(24, 26, 32)';
    expect(detectPageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectPageTheme(document)).toBe('light');
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });

  it('follows a live switch', async () => {
    const seen: Array<string | null> = [];
    const controller = new AbortController();
    document.documentElement.setAttribute('data-theme', 'light');
    watchPageTheme(document, controller.signal, (theme) => seen.push(theme));
    document.documentElement.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    document.documentElement.setAttribute('data-theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['light', 'dark']);
  });
});
