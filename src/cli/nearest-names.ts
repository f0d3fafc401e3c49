/**
 * Edits (insert, delete, change, swap two neighbours) between two names, ignoring case:
 * `asof` → `as-of` is 1, `reprot` → `report` 1.
 */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/** The names a slip or two away from `given` (one for a short name), the nearest only. */
export function nearestNames(given: string, names: readonly string[]): string[] {
  const slips = (name: string): number => (name.length >= 5 ? 2 : 1);
  const length = given.toLowerCase().length;
  // A name whose length differs by more than its slips is farther than them: not measured, so
  // a header cell of 500,000 characters costs nothing (measured, it took minutes).
  const near = names
    .filter((name) => Math.abs(name.toLowerCase().length - length) <= slips(name))
    .map((name) => ({ name, edits: distance(given, name) }))
    .filter(({ name, edits }) => edits <= slips(name));
  const fewest = Math.min(...near.map(({ edits }) => edits));
  return near.filter(({ edits }) => edits === fewest).map(({ name }) => name);
}
