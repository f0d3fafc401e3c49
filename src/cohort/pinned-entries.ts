/**
 * Which suppressed entries of a published table a reader can still work out exactly, from
 * all of its equations at once and from every `c` being at least 1 (0 is always shown).
 *
 * The tables disclosure control publishes are networks: each entry is in at most two
 * lines (a cell in its row and its column, a row total in its row and in the line of row
 * totals, …), and the lines can be signed so that each entry leaves one and enters the
 * other. Take the lines as nodes, plus one free node for an entry in one line only, and
 * each suppressed entry as an arc that may always carry one more (no count has a greatest
 * value) and one less only when its value is 2 or more. Two tables that publish the same
 * figures differ by a circulation of these arcs, and any such difference splits into
 * cycles that each keep every entry within its bounds; so a suppressed entry can take
 * another value if and only if a cycle of the arcs passes through it. Strongly connected
 * components and bridges find that for every entry at once, in time linear in the table:
 * exact, where tables in general would need an integer program per entry.
 *
 * @module
 */
import type { SuppressionLine } from './suppression.js';

/**
 * A table's network: each entry's arc, `from` the node it leaves `to` the node it enters.
 * Nodes are the lines, then the free node (`nodes - 1`); -1 for an entry in no line, which
 * nothing constrains. Typed arrays, not an object per entry: a table of 100,000 groups has
 * half a million. It depends on the lines alone, so a table builds it once.
 */
export interface Network {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly nodes: number;
}

/**
 * Signs each line so that every entry of two lines leaves one and enters the other, and
 * returns the table's network of arcs. The tables of `tableLayout` can always be signed;
 * other lines throw.
 */
export function networkOf(size: number, lines: readonly SuppressionLine[]): Network {
  // For each entry, the (at most two) lines it is in, and its coefficient there (+1 a member, -1 the total).
  const firstLine = new Int32Array(size).fill(-1);
  const secondLine = new Int32Array(size).fill(-1);
  const firstCoefficient = new Int8Array(size);
  const secondCoefficient = new Int8Array(size);
  const place = (entry: number, line: number, coefficient: number): void => {
    if (firstLine[entry] === -1) {
      firstLine[entry] = line;
      firstCoefficient[entry] = coefficient;
    } else if (secondLine[entry] === -1) {
      secondLine[entry] = line;
      secondCoefficient[entry] = coefficient;
    } else throw new Error('pinnedEntries: an entry is in more than two lines');
  };
  lines.forEach((line, k) => {
    for (const m of line.members) place(m, k, 1);
    place(line.total, k, -1);
  });
  const sign = new Int8Array(lines.length);
  // Sign each connected group of lines from its first line, so that an entry's two coefficients, signed, are opposite.
  for (let start = 0; start < lines.length; start++) {
    if (sign[start] !== 0) continue;
    sign[start] = 1;
    const queue = [start];
    for (let here = queue.pop(); here !== undefined; here = queue.pop()) {
      const line = lines[here] as SuppressionLine;
      for (let k = 0; k <= line.members.length; k++) {
        const entry = k < line.members.length ? (line.members[k] as number) : line.total;
        if (secondLine[entry] === -1) continue;
        const there = (firstLine[entry] === here ? secondLine[entry] : firstLine[entry]) as number;
        const wanted = -(sign[here] as number) * (firstCoefficient[entry] as number) * (secondCoefficient[entry] as number);
        if (sign[there] === 0) {
          sign[there] = wanted;
          queue.push(there);
        } else if (sign[there] !== wanted) throw new Error('pinnedEntries: the lines cannot be signed as a network');
      }
    }
  }
  const free = lines.length;
  const from = new Int32Array(size).fill(-1);
  const to = new Int32Array(size).fill(-1);
  for (let entry = 0; entry < size; entry++) {
    const first = firstLine[entry] as number;
    if (first === -1) continue;
    const second = secondLine[entry] === -1 ? free : (secondLine[entry] as number);
    const leavesFirst = (sign[first] as number) * (firstCoefficient[entry] as number) > 0;
    from[entry] = leavesFirst ? first : second;
    to[entry] = leavesFirst ? second : first;
  }
  return { from, to, nodes: lines.length + 1 };
}

/**
 * Each node's strongly connected component (Tarjan's algorithm, iterative so that a table of
 * many lines cannot overflow the stack). `adjacency` holds each node's steps, and `target`
 * gives the node a step leads to.
 */
function components(adjacency: readonly (readonly number[])[], target: (step: number) => number): number[] {
  const n = adjacency.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const component = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let found = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const steps = adjacency[frame.node] as readonly number[];
      if (frame.next < steps.length) {
        const to = target(steps[frame.next++] as number);
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = true;
          frames.push({ node: to, next: 0 });
        } else if (onStack[to]) low[frame.node] = Math.min(low[frame.node] as number, order[to] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number);
      if (low[frame.node] === order[frame.node]) {
        for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
          onStack[top] = false;
          component[top] = found;
          if (top === frame.node) break;
        }
        found++;
      }
    }
  }
  return component;
}

/**
 * The `edges` (entries, each its own edge, so two entries between the same lines are no
 * bridge) that are bridges of the undirected multigraph they make between `n` nodes.
 */
function bridges(n: number, edges: readonly number[], { from, to }: Network): Set<number> {
  const around: number[][] = Array.from({ length: n }, () => []);
  for (const edge of edges) {
    (around[from[edge] as number] as number[]).push(edge);
    (around[to[edge] as number] as number[]).push(edge);
  }
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const found = new Set<number>();
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    const frames: { node: number; via: number; next: number }[] = [{ node: root, via: -1, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; via: number; next: number };
      const edgesHere = around[frame.node] as number[];
      if (frame.next < edgesHere.length) {
        const edge = edgesHere[frame.next++] as number;
        if (edge === frame.via) continue;
        const other = (from[edge] === frame.node ? to[edge] : from[edge]) as number;
        if (order[other] === -1) {
          order[other] = low[other] = counter++;
          frames.push({ node: other, via: edge, next: 0 });
        } else low[frame.node] = Math.min(low[frame.node] as number, order[other] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent === undefined) continue;
      low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number);
      if ((low[frame.node] as number) > (order[parent.node] as number)) found.add(frame.via);
    }
  }
  return found;
}

/**
 * The suppressed entries (indexes into `values`, in order) whose value a reader can work
 * out from the published entries, the `lines` they must satisfy and every suppressed entry
 * being at least 1. Trusted input: whole counts ≥ 0 that satisfy their lines, and no
 * suppressed 0.
 *
 * An entry that can only grow (it is 1) is on a cycle when the lines it joins are in one
 * strongly connected component of the residual graph. One that can also shrink joins its
 * lines both ways, so they always are; it is on a cycle of other arcs unless it is a bridge
 * of that component taken as an undirected graph: if no path of other arcs leads from
 * either of its lines to the other, what each line reaches without it are two parts that
 * no arc joins.
 */
export function pinnedEntries(values: readonly number[], lines: readonly SuppressionLine[], hidden: readonly boolean[]): number[] {
  return pinnedIn(networkOf(values.length, lines), values, hidden);
}

/**
 * The residual network of the suppressed entries, as steps between nodes: an entry growing
 * (`entry`, from → to) or shrinking (`~entry`, to → from, only for values of 2 or more),
 * listed at the node each leaves (`out`) and the node each enters (`into`).
 */
export interface Steps {
  readonly out: number[][];
  readonly into: number[][];
}

/** The steps of the suppressed entries that some line holds. */
export function stepsOf(network: Network, values: readonly number[], hidden: readonly boolean[]): Steps {
  const { from, to, nodes } = network;
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const into: number[][] = Array.from({ length: nodes }, () => []);
  for (let entry = 0; entry < values.length; entry++) {
    if (hidden[entry] !== true || from[entry] === -1) continue;
    const tail = from[entry] as number;
    const head = to[entry] as number;
    (out[tail] as number[]).push(entry);
    (into[head] as number[]).push(entry);
    if ((values[entry] as number) >= 2) {
      (out[head] as number[]).push(~entry);
      (into[tail] as number[]).push(~entry);
    }
  }
  return { out, into };
}

/** {@link pinnedEntries} of a table whose network (and, if the caller has them, steps) are built already. */
export function pinnedIn(network: Network, values: readonly number[], hidden: readonly boolean[], steps: Steps = stepsOf(network, values, hidden)): number[] {
  const { from, to, nodes } = network;
  const suppressed: number[] = [];
  for (let entry = 0; entry < values.length; entry++) if (hidden[entry] === true && from[entry] !== -1) suppressed.push(entry);
  // A suppressed entry can always grow by one (from → to), and shrink by one (to → from) when it is 2 or more.
  const component = components(steps.out, (step) => (step >= 0 ? to[step] : from[~step]) as number);
  const joined = (entry: number): boolean => component[from[entry] as number] === component[to[entry] as number];
  const cut = bridges(nodes, suppressed.filter(joined), network);
  return suppressed.filter((entry) => !joined(entry) || ((values[entry] as number) >= 2 && cut.has(entry)));
}
