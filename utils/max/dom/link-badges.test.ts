// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLinkBadges, LINK_STATUS_ATTRIBUTE } from './link-badges';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');

describe('invite link badges in message bubbles', () => {
  it('badges invite links with status, label and tooltip, and nothing else', () => {
    document.body.innerHTML = fixture('open-chat.html');
    const asked: string[] = [];
    const badged = applyLinkBadges(document, (url) => {
      asked.push(url);
      return { status: 'stale', label: 'устарела · 37 дней', tooltip: 'Сверка: аннулируйте её' };
    });
    expect(badged).toBe(1);
    expect(asked).toEqual(['https://max.ru/join/OldLink37days']);
    const links = [...document.querySelectorAll('.message a')];
    expect(links.map((a) => a.getAttribute(LINK_STATUS_ATTRIBUTE))).toEqual(['stale', null, null]);
    expect(links[0]?.getAttribute('title')).toContain('аннулируйте');
  });

  it('takes the badge off when the link is no longer known', () => {
    document.body.innerHTML = fixture('open-chat.html');
    applyLinkBadges(document, () => ({ status: 'used', label: 'использована', tooltip: 't' }));
    applyLinkBadges(document, () => null);
    expect(document.querySelectorAll(`[${LINK_STATUS_ATTRIBUTE}]`)).toHaveLength(0);
  });
});

describe('a pass over links already badged', () => {
  it('leaves a link alone while its address and badge are the ones it has, and rewrites it when either changes', async () => {
    document.body.innerHTML = fixture('open-chat.html');
    const stale = { status: 'stale', label: 'устарела · 37 дней', tooltip: 'Сверка: аннулируйте её' };
    applyLinkBadges(document, () => stale);
    const link = document.querySelector(`[${LINK_STATUS_ATTRIBUTE}]`) as HTMLAnchorElement;
    let writes = 0;
    new MutationObserver((records) => {
      writes += records.length;
    }).observe(document.body, { attributes: true, subtree: true });
    const countWrites = async () => {
      await Promise.resolve();
      const n = writes;
      writes = 0;
      return n;
    };

    expect(applyLinkBadges(document, () => stale)).toBe(1);
    expect(await countWrites()).toBe(0); // the same badge: not one attribute written

    const used = { status: 'used', label: 'использована', tooltip: 'Сверка: по ней вступили' };
    applyLinkBadges(document, () => used);
    expect(link.getAttribute(LINK_STATUS_ATTRIBUTE)).toBe('used');
    expect(await countWrites()).toBeGreaterThan(0);

    link.removeAttribute('data-sverka-link-label'); // MAX re-rendered the node's attributes
    applyLinkBadges(document, () => used);
    expect(link.getAttribute('data-sverka-link-label')).toBe('использована');

    link.setAttribute('href', 'https://max.ru/join/AnotherOne'); // MAX reused the node for another message
    const asked: string[] = [];
    applyLinkBadges(document, (url) => {
      asked.push(url);
      return used;
    });
    expect(asked).toContain('https://max.ru/join/AnotherOne');
  });
});
