import type { IssuePath } from '../../errors.js';

/** A key written twice in one object: the key, the path of the object it is in, and its line. */
export interface RepeatedKey {
  readonly key: string;
  /** The path of the object, from the top of the text (`[]` for the top object). */
  readonly path: IssuePath;
  readonly line: number;
}

/** One open bracket of the scan: an object's keys so far and its current key, or an array's index. */
interface Open {
  readonly keys: Set<string> | null;
  key: string;
  index: number;
}

/**
 * Every key written a second (or later) time in one object of a JSON text, in the order of
 * the text, each with the object's path and the key's line. `JSON.parse` keeps the last of
 * two equal keys without a word, so a grade or a policy field written twice would be read
 * wrongly in silence. The text must already be valid JSON (parse it first): this scan only
 * tracks strings, nesting and the commas of arrays.
 */
export function repeatedKeys(text: string): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  const open: Open[] = [];
  // Counted as the scan goes (a string holds no line end), not looked up per key: a large file may repeat many.
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{') open.push({ keys: new Set(), key: '', index: 0 });
    else if (c === '[') open.push({ keys: null, key: '', index: 0 });
    else if (c === '}' || c === ']') open.pop();
    else if (c === ',') {
      const top = open[open.length - 1];
      if (top !== undefined && top.keys === null) top.index++;
    } else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = open[open.length - 1];
      if (top === undefined || top.keys === null) continue;
      let next = i + 1;
      while (/\s/.test(text[next] ?? '')) next++;
      if (text[next] !== ':') continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      top.key = key;
      if (!top.keys.has(key)) top.keys.add(key);
      else found.push({ key, path: open.slice(0, -1).map((o) => (o.keys === null ? o.index : o.key)), line });
    }
  }
  return found;
}

/** The members of every object in a value as `JSON.parse` makes it. */
function memberCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) count += memberCount(item);
    return count;
  }
  for (const key in value) count += 1 + memberCount((value as Record<string, unknown>)[key]);
  return count;
}

/** The colons in `text`. */
function colonsIn(text: string): number {
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) colons++;
  return colons;
}

/** The colons inside the keys and strings of a value as `JSON.parse` makes it. */
function colonsInStrings(value: unknown): number {
  if (typeof value === 'string') return colonsIn(value);
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) count += colonsInStrings(item);
    return count;
  }
  for (const key in value) count += colonsIn(key) + colonsInStrings((value as Record<string, unknown>)[key]);
  return count;
}

/** Whether the counts alone show that `text` repeats no key (see {@link repeatedKeysOf}). */
function countsShowNoRepeat(text: string, value: unknown): boolean {
  const colons = colonsIn(text);
  const members = memberCount(value);
  if (colons === members) return true;
  const escaped = text.includes('\\u003a') || text.includes('\\u003A');
  return !escaped && colons === members + colonsInStrings(value);
}

/**
 * {@link repeatedKeys} of `text`, which `JSON.parse` read as `value`, mostly at the cost of a
 * count. Each member written in the text has one colon outside strings, and a repeated key
 * leaves one member fewer in `value` than the text has; every colon inside a string of
 * `value` is written in the text too, unless escaped (`\u003a`). So when the text holds as
 * many colons as `value` has members (the usual record), or as many as its members and the
 * colons in its strings together (a note of "seen at 10:30") with no escaped colon, no key
 * can be repeated. Only a text with a repeated key, an escaped colon, or nesting too deep to
 * count is scanned.
 */
export function repeatedKeysOf(text: string, value: unknown): readonly RepeatedKey[] {
  try {
    if (countsShowNoRepeat(text, value)) return NONE;
  } catch (error) {
    // JSON.parse reads nesting deeper than counting by recursion can go (a line of 20,000 `[`):
    // the scan, which keeps its own stack, answers instead. Caught, not guarded by a depth
    // count, so that the count of every other record costs no more.
    if (!(error instanceof RangeError)) throw error;
  }
  return repeatedKeys(text);
}

const NONE: readonly RepeatedKey[] = Object.freeze([]);
