/**
 * docs/test-hooks.md lists every `data-testid` the pages and the sidebar carry: a hook added to a component without
 * its line there fails here, so the contract tests rely on stays written down.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function componentFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return componentFiles(path);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

describe('docs/test-hooks.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/test-hooks.md'), 'utf8');
  const hooks = new Set(
    componentFiles('components').flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/data-testid="([a-z0-9-]+)"/g)].map((m) => m[1] as string),
    ),
  );

  it('finds the hooks it checks', () => expect(hooks.size).toBeGreaterThan(50));

  it('names every data-testid of the components', () => {
    expect([...hooks].filter((hook) => !doc.includes(`\`${hook}\``)).sort()).toEqual([]);
  });
});
