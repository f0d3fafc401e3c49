import * as z from 'zod/mini';
import { characterCount } from './describe.js';

/**
 * Well-formed text: every UTF-16 surrogate is half of a pair. A lone surrogate (JSON can write
 * one, `"C-\ud800"`) is no character: UTF-8 cannot hold it, so a CSV cell, a terminal or an
 * SVG writes U+FFFD instead, and two different ids would come out alike.
 *
 * Written so that it means the same with or without the `u` flag (a pair is one code point
 * with it, two code units without), and unrolled so that a long run of plain text costs no
 * backtracking; it is the JSON Schema's pattern for the contract's text.
 */
export const WELL_FORMED_TEXT = /^[^\uD800-\uDFFF]*(?:[\uD800-\uDBFF][\uDC00-\uDFFF][^\uD800-\uDFFF]*)*$/;

/**
 * The control characters (Unicode's Cc: C0, DEL and C1), which no id holds: a line break
 * inside a spreadsheet cell (Alt+Enter), a tab or a NUL left by an export would make an id
 * that prints as two lines or not at all, and two ids that look alike.
 */
const CONTROL = '\\u0000-\\u001F\\u007F-\\u009F';
// A unit of an id: a character that is neither a surrogate nor a control, or a whole pair. The edge form is no white space either.
const UNIT = `(?:[^${CONTROL}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])`;
/**
 * ECMAScript's white space, what `\s` and `trim` take: tab to carriage return, the space
 * separators (Zs), the line and paragraph separators and U+FEFF. Listed, not `\s`: the JSON
 * Schema carries the pattern to other languages, whose `\s` is another set (Python's takes
 * U+001C–U+001F and U+0085 and not U+FEFF; Java's, Go's and, in a class, .NET's differ too).
 */
const WHITE_SPACE = '\\u0009-\\u000D\\u0020\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const EDGE_UNIT = `(?:[^${WHITE_SPACE}${CONTROL}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])`;

/**
 * An id (and a locality): well-formed text without control characters that neither starts
 * nor ends with white space. A padded spreadsheet cell, `"C-17 "`, and `"C-17"` would be two
 * children, each with half the history, and a locality `"North "` a group of its own. Like {@link WELL_FORMED_TEXT} it
 * means the same with or without the `u` flag; ids are at most 100 characters, so its one
 * backtracking step a character at a failing end costs nothing.
 */
export const ID_TEXT = new RegExp(`^(?:${EDGE_UNIT}(?:${UNIT}*${EDGE_UNIT})?)?$`);

/**
 * Whether `text` has no lone surrogate: `String.prototype.isWellFormed` where the runtime has
 * it (Node 20, browsers since 2023), else the pattern. Callers check a length limit first: on
 * a string of millions of pairs the pattern would exhaust the regex stack.
 */
export function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native !== undefined ? native.call(text) : WELL_FORMED_TEXT.test(text);
}

/**
 * Whether `text` is the contract's free text of at most `max` characters (code points, so an
 * emoji is one; `length` decides it unless it is over), and well-formed — in the schema's
 * order, so the pattern never meets a string over its limit.
 */
export function isTextWithin(text: string, max: number): boolean {
  return (text.length <= max || characterCount(text) <= max) && isWellFormed(text);
}

/**
 * The zod schema of free text: at most `max` characters (`min` at least), well-formed. The
 * length is checked first and stops the rest, so the pattern never runs over a huge string;
 * the JSON Schema gets the pattern from here.
 */
export function textSchema(max: number, min = 0, pattern: RegExp = WELL_FORMED_TEXT) {
  const least = min > 0 ? [z.minLength(min)] : [];
  return z.string().check(...least, z.maxLength(max, { abort: true }), z.regex(pattern));
}

/** Whether `text` has no white space at its ends (`trim`'s white space, which is {@link ID_TEXT}'s): the edge rule of an id. */
export function isUnpadded(text: string): boolean {
  return text.trim() === text;
}

const HAS_CONTROL = new RegExp(`[${CONTROL}]`);

/** Whether `text` holds a control character, which {@link ID_TEXT} refuses anywhere in an id. */
export function hasControl(text: string): boolean {
  return HAS_CONTROL.test(text);
}

/**
 * Whether `text` is an id of at most `max` characters: the length first (so the pattern never
 * meets a huge string), then {@link ID_TEXT}, the rule written once. The pattern measured
 * 18–33 ns an id against 24–42 ns for its parts as separate checks (well-formed, trimmed, no
 * control).
 */
export function isIdWithin(text: string, max: number): boolean {
  return (text.length <= max || characterCount(text) <= max) && ID_TEXT.test(text);
}
