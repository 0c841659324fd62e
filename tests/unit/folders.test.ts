/**
 * The folders' contract (docs/architecture.md): utils/ never reaches into components/ or entrypoints/, no two folders
 * import each other (directly or round a loop), and one import style: relative inside a folder, `@/` across folders.
 * Read from the sources themselves, so a new file that breaks the layering fails here with the import that does it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.(test|testing|bench)\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      out.push(path);
  }
  return out;
}

interface Import {
  file: string;
  specifier: string;
  /** The imported module's path from the project's root, without extension. */
  target: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)[^;]*?\sfrom\s+'([^']+)'/gms)) {
    // `./style.css?inline`: the query is the bundler's, not part of the path.
    const specifier = (match[1] as string).replace(/\?.*$/, '');
    let target: string;
    if (specifier.startsWith('@/')) target = normalize(specifier.slice(2));
    else if (specifier.startsWith('.')) target = normalize(join(dirname(file), specifier));
    else continue;
    found.push({ file, specifier, target: target.replace(/\.(tsx?|css)$/, '') });
  }
  return found;
}

/** utils/<name>, components/<page>, entrypoints/<name>: the unit of layering. */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

const files = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);
const imports = files.flatMap(importsOf);

describe('folders', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.length).toBeGreaterThan(300);
  });

  it('utils/ imports nothing from components/ or entrypoints/, components/ nothing from entrypoints/', () => {
    const wrong = imports.filter(
      (i) =>
        (i.file.startsWith('utils/') && /^(components|entrypoints)\//.test(i.target)) ||
        (i.file.startsWith('components/') && i.target.startsWith('entrypoints/')),
    );
    expect(wrong.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it('no folder imports one that imports it back, directly or round a loop', () => {
    const edges = new Map<string, Map<string, string>>();
    for (const i of imports) {
      const from = folderOf(i.file);
      const to = folderOf(i.target);
      if (from === to) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${i.file} → ${i.specifier}`);
      edges.set(from, out);
    }
    // Depth-first search for a path back to where it started; each loop reported once, with one import per step.
    const loops = new Set<string>();
    const walk = (start: string, at: string, path: string[]) => {
      for (const [next, example] of edges.get(at) ?? []) {
        const steps = [...path, example];
        if (next === start) {
          const folders = steps.map((s) => folderOf(s.split(' → ')[0] as string));
          const first = folders.indexOf([...folders].sort()[0] as string);
          loops.add([...steps.slice(first), ...steps.slice(0, first)].join('\n  '));
        } else if (!path.some((s) => s.startsWith(`${next}/`)) && next > start) walk(start, next, steps);
      }
    };
    for (const folder of edges.keys()) walk(folder, folder, []);
    expect([...loops]).toEqual([]);
  });

  it('imports are relative inside a folder and `@/` across folders', () => {
    const wrong = imports.filter((i) => {
      const same = folderOf(i.target) === folderOf(i.file);
      return i.specifier.startsWith('@/') ? same && !i.file.startsWith('entrypoints/') : !same;
    });
    expect(wrong.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it('every import names a file that exists (the check above reads real paths)', () => {
    const exists = (target: string) =>
      ['.ts', '.tsx', '/index.ts', '/index.tsx', '.css', ''].some((ext) => {
        try {
          return statSync(join(ROOT, target + ext)).isFile();
        } catch {
          return false;
        }
      });
    expect(imports.filter((i) => !exists(i.target)).map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it("the README's layout table names every folder of utils/ and components/", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| folder'), readme.indexOf('Unit tests sit beside'));
    const folders = ['utils', 'components'].flatMap((top) =>
      readdirSync(join(ROOT, top)).filter((name) => statSync(join(ROOT, top, name)).isDirectory()),
    );
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((name) => !table.includes(`${name}/`))).toEqual([]);
  });
});
