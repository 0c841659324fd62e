import { describe, expect, it } from 'vitest';
import { shouldShowSafeModeCard } from './sidebar-preference';

describe('the safe-mode card', () => {
  const day = 24 * 60 * 60 * 1000;
  it('shows until answered; «later» brings it back after a week; «done» never', () => {
    expect(shouldShowSafeModeCard(null, 0)).toBe(true);
    expect(shouldShowSafeModeCard({ answer: 'later', at: 0 }, 6 * day)).toBe(false);
    expect(shouldShowSafeModeCard({ answer: 'later', at: 0 }, 7 * day)).toBe(true);
    expect(shouldShowSafeModeCard({ answer: 'done', at: 0 }, 365 * day)).toBe(false);
  });
});
