import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n/translator';
import type { AnnulGroup } from '@/utils/links/annul-order';
import type { LinkFinding } from '@/utils/links/link-status';
import { linkExplanation, linkTooltip, splitAnnul } from './link-view';

const ru = createTranslator('ru');
const en = createTranslator('en');
const L = (token: string) => `https://max.ru/join/${token}`;
const finding = (token: string, partial: Partial<LinkFinding> = {}): LinkFinding => ({
  url: L(token),
  status: 'unused',
  places: [],
  evidence: [],
  ...partial,
});

describe('linkExplanation: what Сверка knows, then what to do', () => {
  it('the evidence as one sentence, then the advice of the status', () => {
    const f = finding('A', {
      status: 'unused',
      evidence: [
        { code: 'baseline-new', params: {} },
        { code: 'members-unknown', params: {} },
      ],
    });
    expect(linkExplanation(f, ru)).toBe(
      'Сверка впервые видит эту ссылку и запомнила число участников: рост покажет, пользовались ли ею; MAX не прислал число участников чата — прибавился ли кто-то, не проверить. Если ссылка больше не нужна, её стоит сбросить в настройках чата.',
    );
    expect(linkExplanation(f, en)).toMatch(
      /^Sverka sees this link for the first time .*cannot be checked\. If the link is no longer needed, reset it in the chat settings\.$/,
    );
  });

  it('a used link needs no advice; the own-link hint is not part of it', () => {
    const f = finding('A', {
      status: 'used',
      evidence: [
        { code: 'target-unknown', params: {} },
        { code: 'own-link-quiet', params: { chatId: '-1', ageDays: 40, quietDays: 40, posted: false } },
      ],
    });
    expect(linkExplanation(f, ru)).toBe('Чат по ссылке вам не виден — Сверка не может проверить, пользовались ли ею.');
  });

  it('without evidence, the advice alone', () => {
    expect(linkExplanation(finding('A', { status: 'revoked' }), ru)).toBe(
      'Ссылка больше не действует: делать ничего не нужно, но не рассылайте её.',
    );
  });
});

describe('linkTooltip', () => {
  it('names Сверка, the label and the explanation', () => {
    expect(linkTooltip(finding('A', { status: 'revoked', ageDays: 5 }), ru)).toBe(
      'Сверка: недействительна · 5 дней. Ссылка больше не действует: делать ничего не нужно, но не рассылайте её.',
    );
    expect(linkTooltip(finding('A', { status: 'revoked' }), en)).toMatch(/^Sverka: revoked\. The link no longer works/);
  });
});

describe('splitAnnul: the links still to annul, and those the user has decided about', () => {
  const annul: AnnulGroup[] = [
    { chatId: '-1', title: 'Мой', findings: [finding('A', { status: 'stale' }), finding('B', { status: 'stale' })] },
    { chatId: '-2', findings: [finding('C')] },
    { chatId: '-3', title: 'Коллеги', findings: [finding('D')] },
  ];

  it('no decision yet: the list as it is', () => {
    const { pending, decided } = splitAnnul(annul, new Map());
    expect(pending).toEqual(annul);
    expect(decided).toEqual([]);
  });

  it('a decided link leaves its group; a group with nothing left goes; the decided keep the list’s order', () => {
    const decisions = new Map([
      [L('B'), 'annulled' as const],
      [L('C'), 'keep' as const],
      [L('D'), undefined],
    ]);
    const { pending, decided } = splitAnnul(annul, decisions);
    expect(pending.map((g) => [g.chatId, g.findings.map((f) => f.url)])).toEqual([
      ['-1', [L('A')]],
      ['-3', [L('D')]],
    ]);
    expect(pending[0]?.title).toBe('Мой');
    expect(decided.map((m) => [m.finding.url, m.decision, m.chatId, m.title])).toEqual([
      [L('B'), 'annulled', '-1', 'Мой'],
      [L('C'), 'keep', '-2', undefined],
    ]);
    expect('title' in (decided[1] as object)).toBe(false);
    // The list given is not changed.
    expect(annul[0]?.findings).toHaveLength(2);
  });
});
