import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInviteLinks, normalizeInviteUrl } from './invite-url';

const T = 'AbC_12-xyz';
const N = `https://max.ru/join/${T}`;

describe('normalizeInviteUrl', () => {
  it.each([
    [N, N],
    [`http://max.ru/join/${T}`, N],
    [`max.ru/join/${T}`, N],
    [`//max.ru/join/${T}`, N],
    [`HTTPS://MAX.RU/join/${T}`, N],
    [`https://www.max.ru/join/${T}`, N],
    [`https://max.ru/join/${T}/`, N],
    [`https://max.ru/join/${T}?utm_source=vk#top`, N],
    [`https://max.ru/join/${T}#x`, N],
    [`  https://max.ru/join/${T}  `, N],
    [`https://max.ru/chat/join/${T}`, N],
    [`https://max.ru/a/b/join/${T}/`, N],
    [`https://web.max.ru/join/${T}`, N],
    [`web.max.ru/join/${T}/`, N],
    [`HTTPS://WEB.MAX.RU/join/${T}?utm_source=vk#top`, N],
  ])('%s → %s', (raw, want) => {
    expect(normalizeInviteUrl(raw)).toBe(want);
  });

  it.each([
    'https://max.ru/sferum_help',
    'https://max.ru/some_channel',
    'https://max.ru/join',
    'https://max.ru/join/',
    'https://max.ru/join/abc/extra',
    'https://max.ru/join/ab%20c',
    'https://max.ru/?next=join/abc',
    'https://max.ru#join/abc',
    'https://web.max.ru/-70000000101/join/abc',
    'https://web.max.ru/chat/join/abc',
    'https://web.max.ru/join/abc/extra',
    'https://web.max.ru/-70000000101',
    'https://evil.web.max.ru/join/abc',
    'https://web.max.ru.evil.example/join/abc',
    'https://evilmax.ru/join/abc',
    'https://max.ru.evil.example/join/abc',
    'https://max.ru@evil.example/join/abc',
    'https://evil.example/max.ru/join/abc',
    'ftp://max.ru/join/abc',
    'javascript:max.ru/join/abc',
    'https://t.me/joinchat/abc',
    'https://prof-sferum.ru',
    '',
    'join/abc',
  ])('%s → null', (raw) => {
    expect(normalizeInviteUrl(raw)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeInviteUrl(s);
        return once === null || normalizeInviteUrl(once) === once;
      }),
    );
    fc.assert(
      fc.property(fc.webUrl(), (s) => {
        const once = normalizeInviteUrl(s);
        return once === null || normalizeInviteUrl(once) === once;
      }),
    );
  });

  it('accepts every generated invite spelling, keeping the token', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    const spelling = fc.record({
      scheme: fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
      host: fc.constantFrom('max.ru', 'MAX.ru', 'www.max.ru', 'WWW.MAX.RU'),
      prefix: fc.constantFrom('', 'chat/', 'a/b/'),
      tail: fc.constantFrom('', '/', '?x=1', '/#h', '?a=b&c=d#e'),
    });
    fc.assert(
      fc.property(token, spelling, (t, s) => {
        return normalizeInviteUrl(`${s.scheme}${s.host}/${s.prefix}join/${t}${s.tail}`) === `https://max.ru/join/${t}`;
      }),
    );
  });

  it('accepts MAX web’s own invite route, keeping the token', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    const spelling = fc.record({
      scheme: fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
      host: fc.constantFrom('web.max.ru', 'WEB.MAX.RU'),
      tail: fc.constantFrom('', '/', '?x=1', '/#h', '?a=b&c=d#e'),
    });
    fc.assert(
      fc.property(token, spelling, (t, s) => {
        return normalizeInviteUrl(`${s.scheme}${s.host}/join/${t}${s.tail}`) === `https://max.ru/join/${t}`;
      }),
    );
  });

  it('never throws and never accepts a host other than max.ru (and its www. and web. hosts)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const out = normalizeInviteUrl(s);
        return out === null || out.startsWith('https://max.ru/join/');
      }),
    );
    fc.assert(
      fc.property(fc.domain(), fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), (host, t) => {
        fc.pre(host !== 'max.ru' && host !== 'www.max.ru' && host !== 'web.max.ru');
        return normalizeInviteUrl(`https://${host}/join/${t}`) === null;
      }),
    );
  });
});

describe('findInviteLinks', () => {
  it('finds, normalizes and dedupes invite links in text', () => {
    const text = `Родители ИСП-21, вступайте: https://max.ru/join/${T}?utm=1 (или www.max.ru/join/${T}/).
      Ещё: max.ru/join/Other_1. Поддержка: https://max.ru/sferum_help, канал https://max.ru/college`;
    expect(findInviteLinks(text)).toEqual([N, 'https://max.ru/join/Other_1']);
  });

  it('ignores look-alike hosts and non-invites', () => {
    expect(
      findInviteLinks(
        'https://evilmax.ru/join/abc evil.web.max.ru/join/abc https://web.max.ru/-70000000101/join/abc https://max.ru/sferum_help',
      ),
    ).toEqual([]);
    expect(findInviteLinks('')).toEqual([]);
    expect(findInviteLinks('no links here, just join/ words')).toEqual([]);
  });

  it('finds MAX web’s invite route and keys it as the max.ru link', () => {
    const text = `Вступайте: https://web.max.ru/join/${T}, или web.max.ru/join/Other_1/. Тот же: https://max.ru/join/${T}`;
    expect(findInviteLinks(text)).toEqual([N, 'https://max.ru/join/Other_1']);
  });

  it('finds links in Russian punctuation', () => {
    expect(findInviteLinks(`«https://max.ru/join/${T}»`)).toEqual([N]);
  });

  it('never throws; everything it returns is normalized', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => findInviteLinks(s).every((u) => normalizeInviteUrl(u) === u)),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.constant(N))), (parts) => {
        const found = findInviteLinks(parts.join(' '));
        return new Set(found).size === found.length && found.every((u) => normalizeInviteUrl(u) === u);
      }),
    );
  });
});
