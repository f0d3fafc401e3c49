import type { Command } from './command.js';
import { nearestNames } from './nearest-names.js';

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
