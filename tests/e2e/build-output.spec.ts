/**
 * The production build's promises, read from what ships (.output/chrome-mv3): minimal permissions,
 * only web.max.ru, and no code that could read MAX's session or talk to a network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = join(process.cwd(), '.output/chrome-mv3');
const manifest = () => JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

function shippedScripts(dir = OUT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedScripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

test('the manifest asks for storage, alarms, notifications and web.max.ru only', () => {
  const m = manifest();
  expect([...m.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
  expect(m.host_permissions).toEqual(['https://web.max.ru/*']);
  expect(m.optional_permissions ?? []).toEqual([]);
  for (const script of m.content_scripts) expect(script.matches).toEqual(['https://web.max.ru/*']);
  for (const resource of m.web_accessible_resources ?? []) expect(resource.matches).toEqual(['https://web.max.ru/*']);
  expect(m.default_locale).toBe('ru');
  expect(m.content_security_policy).toBeUndefined();
  const bridge = m.content_scripts.find((script: { world?: string }) => script.world === 'MAIN');
  expect(bridge.run_at).toBe('document_start');
});

test('no shipped script reads MAX’s session or opens a connection of its own', () => {
  const scripts = shippedScripts();
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  const found = (code: string, pattern: RegExp) => code.match(pattern)?.[0] ?? null;
  for (const path of scripts) {
    const code = readFileSync(path, 'utf8');
    expect(found(code, /localStorage|sessionStorage|document\.cookie|__oneme_/), path).toBeNull();
    expect(found(code, /sendBeacon|new WebSocket\(|EventSource\(/), path).toBeNull();
  }
  // What runs in MAX's page and the background has no way to the network at all. (The options page bundles
  // papaparse, whose unused remote-download path mentions XMLHttpRequest; the E2E guard shows it sends nothing.)
  for (const path of scripts.filter((p) => /content-scripts|background/.test(p))) {
    const code = readFileSync(path, 'utf8');
    // dexie-export-import's serializer reads local blob: URLs with XHR (URL.createObjectURL); nothing else may.
    const xhrs = [...code.matchAll(/XMLHttpRequest/g)].map((m) => code.slice(m.index, (m.index ?? 0) + 200));
    for (const use of xhrs) expect(use, path).toMatch(/^XMLHttpRequest;.{0,120}open\(`GET`,URL\.createObjectURL\(/);
    // The one fetch allowed: WXT loading the sidebar's own stylesheet from the extension (runtime.getURL).
    const fetches = code.match(/fetch\(/g)?.length ?? 0;
    if (fetches > 0)
      expect(
        found(code, /getURL\(`\/content-scripts\/[\w-]+\.css`\);try\{return await\(await fetch\(/),
        path,
      ).not.toBeNull();
    expect(fetches, path).toBeLessThanOrEqual(2);
  }
});
