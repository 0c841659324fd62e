// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLinkInMessages, revealLinkInMessages } from './reveal-link';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');

describe('revealing an invite link in the open chat', () => {
  it('finds the bubble’s link by its normalized URL', () => {
    document.body.innerHTML = fixture('open-chat.html');
    expect(findLinkInMessages(document, 'https://max.ru/join/OldLink37days')?.textContent).toContain('OldLink37days');
    expect(findLinkInMessages(document, 'https://max.ru/join/other')).toBeNull();
  });

  it('waits for MAX to render the history, and gives up quietly', async () => {
    document.body.innerHTML = '';
    setTimeout(() => {
      document.body.innerHTML = fixture('open-chat.html');
    }, 30);
    expect(await revealLinkInMessages(document, 'https://max.ru/join/OldLink37days', { stepMs: 10 })).toBe(true);
    expect(await revealLinkInMessages(document, 'https://max.ru/join/none', { timeoutMs: 50, stepMs: 10 })).toBe(false);
  });
});
