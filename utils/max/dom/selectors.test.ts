// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as selectors from './selectors';

// Vitest runs from the project root.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');

const exported = Object.entries(selectors).filter(([name, value]) => typeof value === 'string' && !name.endsWith('_'));

describe('MAX web selectors match the saved pages', () => {
  it('every selector has examples', () => {
    for (const [name] of exported) {
      expect(selectors, `${name} needs a twin ${name}_ with example pages`).toHaveProperty(`${name}_`);
    }
    expect(exported.length).toBeGreaterThan(0);
  });

  for (const [name, selector] of exported) {
    const examples = (selectors as Record<string, unknown>)[`${name}_`] as selectors.SelectorExamples | undefined;
    for (const [count, page] of examples ?? []) {
      it(`${name} matches ${count} in ${page}`, () => {
        document.body.innerHTML = fixture(page);
        expect(document.querySelectorAll(selector as string)).toHaveLength(count);
      });
    }
  }

  it('never relies on a generated svelte hash', () => {
    for (const [name, selector] of exported) expect(selector, name).not.toMatch(/svelte-/);
  });
});
