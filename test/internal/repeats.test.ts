import { describe, expect, it } from 'vitest';
import { forEachRepeat } from '../../src/internal/repeats.js';

/*
 * Up to 32 keys are compared pairwise, more through a map (how the time grows is measured in
 * bench/long-history.bench.ts, not here). Both ways must find the same repeats, in order, each
 * with the first position that holds its key.
 */

/** What both ways must give, worked out the plain way. */
function expected(keys: readonly string[]): { at: number; first: number }[] {
  return keys.flatMap((key, at) => (keys.indexOf(key) < at ? [{ at, first: keys.indexOf(key) }] : []));
}

/** Every repeat `forEachRepeat` reports, or the first `stopAfter`. */
function repeats(count: number, keyAt: (i: number) => string, stopAfter = Infinity): { at: number; first: number }[] {
  const found: { at: number; first: number }[] = [];
  forEachRepeat(count, keyAt, (at, first) => found.push({ at, first }) >= stopAfter);
  return found;
}

describe.each([2, 31, 32, 33, 100])('forEachRepeat over %i keys', (count) => {
  // Every fifth key repeats the one three before it, and the last repeats the first.
  const keys = Array.from({ length: count }, (_, i) => (i % 5 === 4 ? `k${i - 3}` : `k${i}`));
  keys[count - 1] = 'k0';

  it('gives each repeat in order, with the first position that has its key', () => {
    const found = repeats(count, (i) => keys[i] as string);
    expect(found).toEqual(expected(keys));
    expect(found.at(-1)).toEqual({ at: count - 1, first: 0 });
  });

  it('gives none when every key differs', () => {
    expect(repeats(count, (i) => `k${i}`)).toEqual([]);
  });

  it('stops when told to', () => {
    expect(repeats(count, (i) => keys[i] as string, 1)).toEqual(expected(keys).slice(0, 1));
  });
});
