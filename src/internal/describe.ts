/** What JSON.stringify writes raw though no reader sees it or it ends a line: DEL, the C1 controls, U+2028 and U+2029. */
const HIDDEN = /[\u007F-\u009F\u2028\u2029]/g;

/**
 * Text as a message quotes it: `JSON.stringify`, which escapes the C0 controls and lone
 * surrogates, with the characters it leaves raw escaped too (in its lower-case hex). An id refused for a NEL
 * (U+0085) would otherwise read `"C-17"` in the message, and a U+2028 would break its line.
 */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters as the contract's limits count them (as zod does): code points, so an emoji (two UTF-16 units) is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * A key as an issue's `received` names it: whole up to 40 characters, else by its length (the
 * issue's path holds it whole), so a message does not echo a key of 100,000 characters twice.
 */
export function describeKey(key: string, kind: 'key' | 'unknown key' | 'unknown field' = 'key'): string {
  return key.length > 40 ? `${kind === 'key' ? 'a' : 'an'} ${kind} of ${characterCount(key)} characters` : `the ${kind} ${quoted(key)}`;
}

/** Describes a received value in words for an issue message, without echoing large input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      // `${-0}` is "0": name what the input holds, so a reader searching for it finds it.
      return Object.is(value, -0) ? 'the number -0' : `the number ${value}`;
    case 'string':
      return value.length > 40
        ? `a string of ${characterCount(value)} characters`
        : `the string ${quoted(value)}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'bigint':
      return 'a bigint';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
      return 'an object';
  }
}

/**
 * Describes item `i` of an array. A hole of a sparse array (`[1, , 3]`) is named as one: it
 * reads as undefined, but no field is missing there.
 */
export function describeItem(list: readonly unknown[], i: number): string {
  return i in list ? describeValue(list[i]) : 'nothing (a hole in the array)';
}

/** True for a plain object (from JSON or an object literal), false for arrays, class instances and null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
