import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMentionInvite, mentionsInvite } from './binary-frame';
import { compressLz4Block } from './lz4.testing';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('looking for an invite route in a message', () => {
  it('finds join/ in the bytes, and nothing in text without it', () => {
    expect(mentionsInvite(utf8('см. https://max.ru/join/AbC'))).toBe(true);
    expect(mentionsInvite(utf8('https://web.max.ru/join/x'))).toBe(true);
    expect(mentionsInvite(utf8('join'))).toBe(false);
    expect(mentionsInvite(utf8('https://max.ru/sferum_help и jo in/'))).toBe(false);
    expect(mentionsInvite(utf8('Добрый день! Консультация завтра в 10:00'))).toBe(false);
  });

  it('never skips a compressed message that holds join/ (the pre-check on the block is sound)', () => {
    const words = fc.constantFrom(
      'join/',
      'https://max.ru/',
      'Добрый день',
      'jo',
      'in/',
      '/',
      'j',
      ' ',
      'text',
      'ИСП-21',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 60 }), (parts) => {
        const raw = utf8(parts.join(''));
        const block = compressLz4Block(raw);
        if (block === null) return;
        if (mentionsInvite(raw)) expect(mayMentionInvite(block)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('rules out most messages without inflating them: Cyrillic text has neither j nor /', () => {
    const message = utf8(`${'Спасибо, получили задание. '.repeat(6)}Вопросы — в личные сообщения.`);
    const block = compressLz4Block(message);
    expect(block).not.toBeNull();
    expect(mayMentionInvite(block as Uint8Array)).toBe(false);
  });
});
