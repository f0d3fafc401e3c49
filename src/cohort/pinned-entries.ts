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

/** An entry as an arc: `from` the line it leaves to the line it enters (-1: the free node). */
interface Arc {
  readonly from: number;
  readonly to: number;
}

/**
 * Signs each line so that every entry of two lines leaves one and enters the other, and
 * returns each entry's arc (`null` for an entry in no line, which nothing constrains).
 * The tables of `tableLayout` can always be signed; other lines throw.
 */
function arcsOf(size: number, lines: readonly SuppressionLine[]): (Arc | null)[] {
  // For each entry, the lines it is in and its coefficient there (+1 a member, -1 the total).
  const placements: { line: number; coefficient: number }[][] = Array.from({ length: size }, () => []);
  lines.forEach((line, k) => {
    for (const m of line.members) placements[m]?.push({ line: k, coefficient: 1 });
    placements[line.total]?.push({ line: k, coefficient: -1 });
  });
  if (placements.some((p) => p.length > 2)) throw new Error('pinnedEntries: an entry is in more than two lines');
  const sign = new Array<number>(lines.length).fill(0);
  // Sign each connected group of lines from its first line, so that an entry's two coefficients, signed, are opposite.
  for (let start = 0; start < lines.length; start++) {
    if (sign[start] !== 0) continue;
    sign[start] = 1;
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const line = lines[next] as SuppressionLine;
      for (const entry of [...line.members, line.total]) {
        const [a, b] = placements[entry] as { line: number; coefficient: number }[];
        if (b === undefined || a === undefined) continue;
        const [here, there] = a.line === next ? [a, b] : [b, a];
        const wanted = -(sign[next] as number) * here.coefficient * there.coefficient;
        if (sign[there.line] === 0) {
          sign[there.line] = wanted;
          queue.push(there.line);
        } else if (sign[there.line] !== wanted) throw new Error('pinnedEntries: the lines cannot be signed as a network');
      }
    }
  }
  return placements.map((p) => {
    if (p.length === 0) return null;
    const signed = p.map(({ line, coefficient }) => ({ line, out: (sign[line] as number) * coefficient > 0 }));
    const leaves = signed.find((s) => s.out)?.line ?? -1;
    const enters = signed.find((s) => !s.out)?.line ?? -1;
    return { from: leaves, to: enters };
  });
}

/** An arc of the residual graph: the entry it moves and the node it leads to (lines, then the free node last). */
interface Step {
  readonly entry: number;
  readonly node: number;
}

/** Each node's strongly connected component (Tarjan's algorithm, iterative so that a table of many lines cannot overflow the stack). */
function components(adjacency: readonly (readonly Step[])[]): number[] {
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
      const steps = adjacency[frame.node] as readonly Step[];
      if (frame.next < steps.length) {
        const to = (steps[frame.next++] as Step).node;
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

/** The entries that are bridges of an undirected multigraph given as `edges` between `n` nodes (each edge its own, so two entries between the same lines are no bridge). */
function bridges(n: number, edges: readonly { entry: number; a: number; b: number }[]): Set<number> {
  const around: { edge: number; node: number }[][] = Array.from({ length: n }, () => []);
  edges.forEach(({ a, b }, edge) => {
    (around[a] as { edge: number; node: number }[]).push({ edge, node: b });
    (around[b] as { edge: number; node: number }[]).push({ edge, node: a });
  });
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
      const steps = around[frame.node] as { edge: number; node: number }[];
      if (frame.next < steps.length) {
        const step = steps[frame.next++] as { edge: number; node: number };
        if (step.edge === frame.via) continue;
        if (order[step.node] === -1) {
          order[step.node] = low[step.node] = counter++;
          frames.push({ node: step.node, via: step.edge, next: 0 });
        } else low[frame.node] = Math.min(low[frame.node] as number, order[step.node] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent === undefined) continue;
      low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number);
      if ((low[frame.node] as number) > (order[parent.node] as number)) found.add((edges[frame.via] as { entry: number }).entry);
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
  const arcs = arcsOf(values.length, lines);
  const free = lines.length;
  const node = (line: number): number => (line < 0 ? free : line);
  // A suppressed entry can always grow by one (from → to), and shrink by one (to → from) when it is 2 or more.
  const adjacency: Step[][] = Array.from({ length: lines.length + 1 }, () => []);
  arcs.forEach((arc, entry) => {
    if (arc === null || !hidden[entry]) return;
    (adjacency[node(arc.from)] as Step[]).push({ entry, node: node(arc.to) });
    if ((values[entry] as number) >= 2) (adjacency[node(arc.to)] as Step[]).push({ entry, node: node(arc.from) });
  });
  const component = components(adjacency);
  const inside: { entry: number; a: number; b: number }[] = [];
  arcs.forEach((arc, entry) => {
    if (arc === null || !hidden[entry]) return;
    const a = node(arc.from);
    const b = node(arc.to);
    if (component[a] === component[b]) inside.push({ entry, a, b });
  });
  const cut = bridges(lines.length + 1, inside);
  const pinned: number[] = [];
  arcs.forEach((arc, entry) => {
    if (arc === null || !hidden[entry]) return;
    const joined = component[node(arc.from)] === component[node(arc.to)];
    const twoWay = (values[entry] as number) >= 2;
    if (!joined || (twoWay && cut.has(entry))) pinned.push(entry);
  });
  return pinned;
}
