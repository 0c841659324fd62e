/**
 * The production build's promises, read from what ships (.output/chrome-mv3): minimal permissions,
 * only web.max.ru, no code that could read MAX's session or talk to a network, no global of the bridge's in MAX's
 * page, the sidebar's shadow root closed; and the e2e build (.output/chrome-mv3-e2e), which the other E2E tests
 * run, is that same extension with the root open and nothing else different. `npm run test:e2e` builds both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import ts from 'typescript';

const OUT = join(process.cwd(), '.output/chrome-mv3');
const E2E_OUT = join(process.cwd(), '.output/chrome-mv3-e2e');
const manifest = (dir = OUT) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** The sidebar's createShadowRootUi options as the minifier writes them: its name, then its mode. */
const SHADOW_ROOT_OPTIONS = (mode: 'open' | 'closed') =>
  new RegExp(`name:([\`'"])sverka-ui\\1,mode:([\`'"])${mode}\\2`, 'g');

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

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
  // The MAIN-world bridge needs Chrome 111; the shortcut is the browser's, so people can change it.
  expect(m.minimum_chrome_version).toBe('111');
  expect(m.commands['toggle-sidebar']).toEqual({
    suggested_key: { default: 'Alt+Shift+S' },
    description: '__MSG_commandToggle__',
  });
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

test('the bridge declares nothing in MAX’s page: one anonymous function, called at once', () => {
  const bridges = manifest().content_scripts.filter((script: { world?: string }) => script.world === 'MAIN');
  expect(bridges).toHaveLength(1);
  for (const file of bridges[0].js as string[]) {
    const code = readFileSync(join(OUT, file), 'utf8');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    // A `var`, `let`, `const`, function or class at the top level of a MAIN-world script is a global of the page's.
    const kinds = source.statements.map((statement) => ts.SyntaxKind[statement.kind]);
    expect(kinds, file).toEqual(['ExpressionStatement']);
    expect(code.trimEnd(), file).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);$/);
  }
});

test('the sidebar’s shadow root is closed in the build users install', () => {
  const content = readFileSync(join(OUT, 'content-scripts/max.js'), 'utf8');
  expect(content.match(SHADOW_ROOT_OPTIONS('closed'))).toHaveLength(1);
  expect(content.match(SHADOW_ROOT_OPTIONS('open'))).toBeNull();
});

test('the e2e build is the same extension with the shadow root open, nothing else different', () => {
  // Both come from `npm run test:e2e` (or `npm run build` and `npm run build:e2e`) on the same tree: a source file
  // changed between the two builds shows here too (other chunk names, other bytes).
  const files = shippedFiles(OUT);
  expect(shippedFiles(E2E_OUT), 'the two builds ship other files: built from the same tree?').toEqual(files);
  expect(manifest(E2E_OUT)).toEqual(manifest(OUT));
  for (const file of files) {
    const production = readFileSync(join(OUT, file));
    const e2e = readFileSync(join(E2E_OUT, file));
    if (file !== join('content-scripts', 'max.js')) {
      expect(e2e.equals(production), `${file} differs between the builds`).toBe(true);
      continue;
    }
    const opened = production
      .toString('utf8')
      .replace(SHADOW_ROOT_OPTIONS('closed'), (options) => options.replace(/closed(.)$/, 'open$1'));
    expect(opened === e2e.toString('utf8'), 'max.js differs in more than the shadow root’s mode').toBe(true);
  }
});
