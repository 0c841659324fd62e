import { describe, expect, it } from 'vitest';
import { nextShownCount } from './shown-count';

describe('nextShownCount', () => {
  it('grows by the step and stops at the total', () => {
    expect(nextShownCount(12, 60, 16)).toBe(28);
    expect(nextShownCount(44, 60, 16)).toBe(60);
    expect(nextShownCount(60, 60, 16)).toBe(60);
  });

  it('never shrinks what is already shown', () => {
    expect(nextShownCount(60, 10, 16)).toBe(60);
  });

  it('always makes progress, even with a step of zero', () => {
    expect(nextShownCount(3, 5, 0)).toBe(4);
  });
});
