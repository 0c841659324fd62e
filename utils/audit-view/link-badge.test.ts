import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n/translator';
import type { LinkFinding } from '@/utils/links/link-status';
import { createLinkBadger } from './link-badge';

const URL_A = 'https://max.ru/join/AAA';
const finding = (status: LinkFinding['status'], ageDays: number): LinkFinding => ({
  url: URL_A,
  status,
  places: [],
  ageDays,
  evidence: [{ code: 'posted', params: { postedAt: 1_700_000_000_000, ageDays, staleDays: 14, source: 'message' } }],
});
const byUrl = (f: LinkFinding) => new Map([[f.url, f]]);

describe('createLinkBadger', () => {
  const t = createTranslator('ru');

  it('gives the badge its status, label and tooltip in the user’s language', () => {
    const badge = createLinkBadger(t)(byUrl(finding('stale', 37)), URL_A);
    expect(badge?.status).toBe('stale');
    expect(badge?.label).toContain('37');
    expect(badge?.tooltip).toMatch(/^Сверка: /);
    expect(createLinkBadger(t)(byUrl(finding('stale', 37)), 'https://max.ru/join/other')).toBeNull();
  });

  it('keeps the same badge while the finding says the same, after a merge made new findings', () => {
    const badger = createLinkBadger(t);
    const first = badger(byUrl(finding('stale', 37)), URL_A);
    expect(badger(byUrl(finding('stale', 37)), URL_A)).toBe(first);
    const older = badger(byUrl(finding('stale', 38)), URL_A);
    expect(older).not.toBe(first);
    expect(older?.label).toContain('38');
    expect(badger(byUrl(finding('used', 38)), URL_A)?.status).toBe('used');
  });
});
