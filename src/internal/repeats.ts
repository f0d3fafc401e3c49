/**
 * Up to this many keys, comparing pairs is quicker than building a map; beyond it, the pairs
 * grow with the square of the keys (60,000 records of one child took seconds).
 */
const PAIRWISE_MAX = 32;

/**
 * Calls `found(at, first)` for each position from 0 to `count` − 1 whose key an earlier
 * position has, in order, with the first position that has it, until `found` returns true.
 * A callback, not a generator: histories are checked once a child, and a generator object a
 * child cost the progress benchmark a few per cent.
 */
export function forEachRepeat(count: number, keyAt: (i: number) => string, found: (at: number, first: number) => boolean | void): void {
  if (count > PAIRWISE_MAX) {
    const firstWith = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const key = keyAt(i);
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else if (found(i, first) === true) return;
    }
    return;
  }
  for (let i = 1; i < count; i++) {
    const key = keyAt(i);
    for (let j = 0; j < i; j++) {
      if (keyAt(j) !== key) continue;
      if (found(i, j) === true) return;
      break;
    }
  }
}
