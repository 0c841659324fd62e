import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  it('runs once after the frame and the task after it, however often it was asked', () => {
    const frames: Array<() => void> = [];
    const tasks: Array<() => void> = [];
    const fn = vi.fn();
    const schedule = afterNextPaint(
      fn,
      (callback) => frames.push(callback),
      (callback) => tasks.push(callback),
    );
    schedule();
    schedule();
    schedule();
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(fn).not.toHaveBeenCalled(); // not before the paint
    tasks[0]?.();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('asks for a new frame once the previous run has happened', () => {
    const frames: Array<() => void> = [];
    const fn = vi.fn();
    const schedule = afterNextPaint(
      fn,
      (callback) => frames.push(callback),
      (callback) => callback(),
    );
    schedule();
    frames[0]?.();
    schedule();
    expect(frames).toHaveLength(2);
    frames[1]?.();
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
