import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SUMMARY_MAX_AGE_DAYS } from './organization-model';
import { loadSummaryMaxAgeDays, parseMaxAgeDays, saveSummaryMaxAgeDays } from './summary-max-age';

describe('the «устарела» threshold of the organization page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the default until set; what is saved comes back on the next visit', async () => {
    expect(await loadSummaryMaxAgeDays()).toBe(DEFAULT_SUMMARY_MAX_AGE_DAYS);
    await saveSummaryMaxAgeDays(30);
    expect(await loadSummaryMaxAgeDays()).toBe(30);
    expect(await fakeBrowser.storage.local.get('orgSummaryMaxAgeDays')).toEqual({ orgSummaryMaxAgeDays: 30 });
  });

  it('a stored value that is not a whole number of days from 1 to 365 reads as the default', async () => {
    for (const bad of [0, 366, 2.5, '30', null, { days: 30 }, -1]) {
      await fakeBrowser.storage.local.set({ orgSummaryMaxAgeDays: bad });
      expect(await loadSummaryMaxAgeDays()).toBe(DEFAULT_SUMMARY_MAX_AGE_DAYS);
    }
  });

  it('refuses to save a number outside 1–365, keeping what was saved', async () => {
    await saveSummaryMaxAgeDays(21);
    await expect(saveSummaryMaxAgeDays(0)).rejects.toThrow();
    expect(await loadSummaryMaxAgeDays()).toBe(21);
  });

  it('reads the input field: whole days from 1 to 365, nothing else', () => {
    expect(parseMaxAgeDays('30')).toBe(30);
    expect(parseMaxAgeDays(7)).toBe(7);
    for (const bad of ['', ' ', '0', '366', '2.5', 'abc', '1e3']) expect(parseMaxAgeDays(bad)).toBeNull();
  });
});
