import { describe, expect, it } from 'vitest';
import { titleHasGroup, titleHasGroup_ } from './title-group';

describe('titleHasGroup: its examples', () => {
  it.each(titleHasGroup_)('%s has %s → %s', (title, group, expected) => {
    expect(titleHasGroup(title, group)).toBe(expected);
  });
});
