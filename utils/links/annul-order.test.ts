import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksToAnnul, sortForAdministrator } from './annul-order';
import { linkFindings } from './link-status';
import { ago, arbInput, chat, input, L, listed, ME, msg, NOW, watched } from './link-status.testing';

describe('sortForAdministrator and linksToAnnul', () => {
  const chats = [
    chat('-1', { title: 'Мой', owner: ME, link: L('MINE'), created: ago(100), ...listed([ME]) }),
    chat('-2', { title: 'Коллеги', owner: '5', admins: [ME], link: L('ADM'), ...listed(['5']) }),
    chat('-3', { title: 'Чужой', owner: '5', link: L('OTHER'), ...listed(['5']) }),
    chat('-4', { title: 'Чужой 2', owner: '5', link: L('POSTED'), ...listed(['5']) }),
    chat('-5', { title: 'Живой', owner: ME, link: L('USED'), ...listed([ME, '9']) }),
  ];
  // A month ago the lively chat had one member fewer.
  const history = watched(
    chats.map((c) => (c.id === '-5' ? { ...c, ...listed([ME]) } : c)),
    ago(30),
  );
  const seen = [
    msg(L('ADM'), '-9', ago(3), '5'),
    msg(L('OTHER'), '-9', ago(40), '5'),
    msg(L('POSTED'), '-9', ago(20), ME),
    msg(L('USED'), '-9', ago(20), ME),
    msg(L('GONE'), '-9', ago(50), ME),
  ];
  const findings = linkFindings(input({ chats, seen, history }), NOW);

  it('stale first, then unused, revoked, unknown, used; oldest first within', () => {
    expect(sortForAdministrator(findings).map((f) => [f.url, f.status])).toEqual([
      [L('MINE'), 'stale'],
      [L('OTHER'), 'stale'],
      [L('POSTED'), 'stale'],
      [L('ADM'), 'unused'],
      [L('GONE'), 'unknown'],
      [L('USED'), 'used'],
    ]);
  });

  it('links I posted or whose chat I own or administer, grouped by target chat', () => {
    const groups = linksToAnnul(findings, ME, chats);
    expect(groups.map((g) => [g.chatId, g.title, g.findings.map((f) => f.url)])).toEqual([
      ['-1', 'Мой', [L('MINE')]],
      ['-4', 'Чужой 2', [L('POSTED')]],
      ['-2', 'Коллеги', [L('ADM')]],
    ]);
    expect(linksToAnnul(findings, undefined, chats)).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws; the order keeps every finding, and the list holds only stale or unused links, each once', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const f = linkFindings(i, NOW);
        const sorted = sortForAdministrator(f);
        expect(sorted.map((x) => x.url).sort()).toEqual(f.map((x) => x.url).sort());
        const listedUrls = linksToAnnul(f, i.me?.id, i.chats).flatMap((g) => g.findings);
        for (const x of listedUrls) expect(['stale', 'unused']).toContain(x.status);
        expect(new Set(listedUrls.map((x) => x.url)).size).toBe(listedUrls.length);
      }),
    );
  });
});
