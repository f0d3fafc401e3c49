/**
 * The whole-table step's choice: for the first suppressed entry that the table still pins
 * down, the smallest shown figure whose hiding gives it a second possible value.
 *
 * In the network of `pinned-entries.ts` an entry is pinned when no cycle of the suppressed
 * entries' arcs passes through it. A shown non-zero figure is at least 6 (1–5 are hidden
 * first), so once hidden it may be one more or one less: it joins its two lines both ways.
 * It frees a pinned entry exactly when it closes a cycle through it: one of its lines is
 * reached from the line the entry enters, and the other reaches the line the entry leaves,
 * by arcs other than the entry's own (an entry of 2 or more may also run the other way
 * round). A search forward and one backward find every such figure at once, and the
 * smallest is hidden (ties: the first in the table's order).
 *
 * When no single figure frees it (a cycle through it would need two or more), the smallest
 * figure that lets the forward search reach a line it had not is hidden instead, and the
 * entry is taken again in the next round. Such a figure always exists: with every figure
 * hidden nothing would be pinned (the true counts are then a flow round cycles through
 * every entry), so a path back to the entry leaves what the search reaches by a figure.
 *
 * @module
 */
import { pinnedIn, stepsOf, type Network, type Steps } from './pinned-entries.js';

/** The nodes reached from `start` (1 in the array), forward along `out` or backward along `into`, by steps other than those of entry `skip`. */
function search(start: number, skip: number, forward: boolean, network: Network, steps: Steps, queue: Int32Array): Uint8Array {
  const { from, to, nodes } = network;
  const lists = forward ? steps.out : steps.into;
  const reached = new Uint8Array(nodes);
  reached[start] = 1;
  queue[0] = start;
  let end = 1;
  for (let k = 0; k < end; k++) {
    for (const step of lists[queue[k] as number] as number[]) {
      const entry = step >= 0 ? step : ~step;
      if (entry === skip) continue;
      // Forward, a step leads to where the entry grows to (or, shrinking, from); backward, where it comes from.
      const next = (step >= 0 === forward ? to[entry] : from[entry]) as number;
      if (reached[next] === 1) continue;
      reached[next] = 1;
      queue[end++] = next;
    }
  }
  return reached;
}

/**
 * Every entry in a line, listed at both its nodes: the figures a search may meet. It depends
 * on the lines alone, so a table that hides figure after figure builds it once.
 */
export function figuresAround({ from, to, nodes }: Network, size: number): number[][] {
  const around: number[][] = Array.from({ length: nodes }, () => []);
  for (let figure = 0; figure < size; figure++) {
    if (from[figure] === -1) continue;
    (around[from[figure] as number] as number[]).push(figure);
    (around[to[figure] as number] as number[]).push(figure);
  }
  return around;
}

/**
 * The figure to hide for the first suppressed entry that the whole table pins down, chosen as
 * the module notes say; -1 when nothing is pinned, or nothing is left to hide. `around` is
 * {@link figuresAround} of the table, built here when not given.
 */
export function closingFigure(network: Network, values: readonly number[], hidden: readonly boolean[], around: readonly (readonly number[])[] = figuresAround(network, values.length)): number {
  const steps = stepsOf(network, values, hidden);
  const entry = pinnedIn(network, values, hidden, steps)[0];
  if (entry === undefined) return -1;
  const { from, to, nodes } = network;
  // The ways a cycle can run through the entry: back from its head to its tail, and for an
  // entry that can shrink, back from its tail to its head. A pinned entry has neither.
  const ways = (values[entry] as number) >= 2 ? [[to[entry], from[entry]], [from[entry], to[entry]]] : [[to[entry], from[entry]]];
  const queue = new Int32Array(nodes);
  const ahead = ways.map(([start]) => search(start as number, entry, true, network, steps, queue));
  // A figure between a line that reaches the tail and one the head reaches closes a cycle.
  let pick = -1;
  ways.forEach(([, end], k) => {
    const reaching = search(end as number, entry, false, network, steps, queue);
    pick = smallestJoining(reaching, ahead[k] as Uint8Array, 1, pick, around, network, values, hidden);
  });
  if (pick >= 0) return pick;
  // None: the smallest figure from a line a forward search reached to one it did not.
  for (const reached of ahead) pick = smallestJoining(reached, reached, 0, pick, around, network, values, hidden);
  return pick;
}

/** Whether shown non-zero `figure` comes before `pick` (-1: none yet): smaller, or as small and first in the table. */
function isSmaller(figure: number, pick: number, values: readonly number[], hidden: readonly boolean[]): boolean {
  if (hidden[figure] === true || values[figure] === 0) return false;
  return pick < 0 || (values[figure] as number) < (values[pick] as number) || (values[figure] === values[pick] && figure < pick);
}

/**
 * The smallest shown non-zero figure, `pick` included (-1: none yet), with one node marked in
 * `at` and its other node's mark in `other` equal to `wanted`.
 */
function smallestJoining(at: Uint8Array, other: Uint8Array, wanted: 0 | 1, pick: number, around: readonly (readonly number[])[], network: Network, values: readonly number[], hidden: readonly boolean[]): number {
  const { from, to, nodes } = network;
  for (let node = 0; node < nodes; node++) {
    if (at[node] === 0) continue;
    for (const figure of around[node] as number[]) {
      const there = (from[figure] === node ? to[figure] : from[figure]) as number;
      if (other[there] === wanted && isSmaller(figure, pick, values, hidden)) pick = figure;
    }
  }
  return pick;
}
