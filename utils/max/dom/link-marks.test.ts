// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLinkMarks, LINK_STATUS_ATTRIBUTE } from './link-marks';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');

describe('invite link badges in message bubbles', () => {
  it('marks invite links with status, label and tooltip, and nothing else', () => {
    document.body.innerHTML = fixture('open-chat.html');
    const asked: string[] = [];
    const marked = applyLinkMarks(document, (url) => {
      asked.push(url);
      return { status: 'stale', label: 'устарела · 37 дней', tooltip: 'Сверка: аннулируйте её' };
    });
    expect(marked).toBe(1);
    expect(asked).toEqual(['https://max.ru/join/OldLink37days']);
    const links = [...document.querySelectorAll('.message a')];
    expect(links.map((a) => a.getAttribute(LINK_STATUS_ATTRIBUTE))).toEqual(['stale', null, null]);
    expect(links[0]?.getAttribute('title')).toContain('аннулируйте');
  });

  it('takes the badge off when the link is no longer known', () => {
    document.body.innerHTML = fixture('open-chat.html');
    applyLinkMarks(document, () => ({ status: 'used', label: 'использована', tooltip: 't' }));
    applyLinkMarks(document, () => null);
    expect(document.querySelectorAll(`[${LINK_STATUS_ATTRIBUTE}]`)).toHaveLength(0);
  });
});
