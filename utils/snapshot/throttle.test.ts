import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from './throttle';

describe('throttleLatest (snapshot persistence at most once every few seconds)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first at once, folds a burst into one trailing run with the latest value', () => {
    const runs: number[] = [];
    const throttled = throttleLatest((n: number) => runs.push(n), 5000, globalThis, Date.now);
    for (let i = 1; i <= 500; i++) throttled.push(i);
    expect(runs).toEqual([1]);
    vi.advanceTimersByTime(4999);
    expect(runs).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([1, 500]);
    vi.advanceTimersByTime(60_000);
    expect(runs).toEqual([1, 500]);
  });

  it('cancel drops what is pending', () => {
    const runs: number[] = [];
    const throttled = throttleLatest((n: number) => runs.push(n), 1000, globalThis, Date.now);
    throttled.push(1);
    throttled.push(2);
    throttled.cancel();
    vi.advanceTimersByTime(5000);
    expect(runs).toEqual([1]);
  });
});
