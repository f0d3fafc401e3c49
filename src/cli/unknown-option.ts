import type { Command } from './command.js';

/**
 * Edits (insert, delete, change, swap two neighbours) between two option names, ignoring case:
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
  const near = names.map((name) => ({ name, edits: distance(given, name) })).filter(({ name, edits }) => edits <= (name.length >= 5 ? 2 : 1));
  const fewest = Math.min(...near.map(({ edits }) => edits));
  return near.filter(({ edits }) => edits === fewest).map(({ name }) => name);
}

/**
 * The options a mistyped one most likely meant: a name a slip or two away (`--asof`,
 * `--reprot`), one it begins or is the beginning of (`--output`, `--weight`), or, for a single
 * letter (`-o`), those that start with it.
 */
export function likelyOptions(given: string, names: readonly string[]): string[] {
  const bare = given.replace(/^-+/, '').toLowerCase();
  if (bare === '') return [];
  if (!given.startsWith('--') && bare.length === 1) return names.filter((name) => name.startsWith(bare));
  const near = nearestNames(bare, names);
  if (near.length > 0) return near;
  return bare.length < 3 ? [] : names.filter((name) => name.startsWith(bare) || bare.startsWith(name));
}

/** `a`, `a or b`, `a, b or c`. */
function either(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * The usage message for an option `command` does not take (parseArgs's own wording says
 * nothing of what was meant): the option it most likely meant, or the commands that take it.
 */
export function unknownOptionMessage(command: Command, given: string, globalNames: readonly string[], commands: readonly Command[]): string {
  const help = `see graded-care ${command.name} --help`;
  // Many tools take --version after a command too: here it is the whole command line.
  if (given === '--version') return `${command.name}: --version goes alone: graded-care --version`;
  const own = [...Object.keys(command.options), ...globalNames];
  const meant = likelyOptions(given, own);
  if (meant.length > 0) return `${command.name}: unknown option ${given}; did you mean ${either(meant.map((name) => `--${name}`))}? (${help})`;
  const bare = given.replace(/^--/, '');
  const takers = commands.filter((c) => c !== command && Object.hasOwn(c.options, bare)).map((c) => c.name);
  if (takers.length > 0) return `${command.name}: ${given} is an option of ${either(takers)}, not of ${command.name} (${help})`;
  return `${command.name}: unknown option ${given} (${help}; a file whose name starts with - goes after --)`;
}
