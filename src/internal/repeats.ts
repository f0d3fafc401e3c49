/**
 * Up to this many keys, comparing pairs is quicker than building a map; beyond it, the pairs
 * grow with the square of the keys (60,000 records of one child took seconds).
 */
const PAIRWISE_MAX = 32;

/**
 * Each position from 0 to `count` − 1 whose key an earlier position has, in order, with the
 * first position that has it. Lazy: a caller that wants the first repeat reads no further.
 */
export function* repeatPositions(count: number, keyAt: (i: number) => string): Generator<{ readonly at: number; readonly first: number }> {
  if (count > PAIRWISE_MAX) {
    const firstWith = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const key = keyAt(i);
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else yield { at: i, first };
    }
    return;
  }
  for (let i = 1; i < count; i++) {
    const key = keyAt(i);
    for (let j = 0; j < i; j++) {
      if (keyAt(j) === key) {
        yield { at: i, first: j };
        break;
      }
    }
  }
}
