/**
 * Writing SVG text: escaping, fixed number formatting and the document frame. Pure string
 * work, so the pictures are the same in Node and every browser.
 *
 * @module
 */
import { makeIssue, OperationError, OptionsError } from '../errors.js';
import { describeValue } from '../internal/describe.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and attribute values (`&`, `<`, `>`, `"`, `'`), and
 * replaces characters XML 1.0 cannot hold (control characters, lone surrogates) by U+FFFD.
 *
 * @example
 * ```ts
 * escapeXml('C-17 <"A&B">'); // 'C-17 &lt;&quot;A&amp;B&quot;&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  if (typeof text !== 'string') throw new OperationError('not-text', `escapeXml: expected a string, received ${describeValue(text)}`);
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A number with at most two decimals, no trailing zeros and no `-0`: the same text everywhere. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * Shortens a label to `max` characters (code points, so an emoji or other character outside
 * the Basic Multilingual Plane is never cut in half), ending it with `…` when cut.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const NARROW = new Set(" !'(),-./:;I[]fijlrt|‘’");
const WIDE = new Set('%@MWmwÆŒæœ');

/**
 * An upper estimate of a character's advance, in ems, for the sans-serif fonts the pictures
 * name, bold included. The pictures carry no font metrics, so the estimate errs wide: text
 * that fits by it fits on screen (W is about 0.94 em in Arial, CJK and emoji about 1–1.25).
 */
function advance(char: string): number {
  if (NARROW.has(char)) return 0.4;
  if (WIDE.has(char)) return 1;
  if (/^[a-z0-9]$/.test(char)) return 0.62;
  if (/^[\u0020-\u007E\u00A0-\u024F]$/.test(char)) return 0.8;
  return 1.25;
}

/** The estimated width of `text` in pixels at `fontSize`, never less than it will take. */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).reduce((width, char) => width + advance(char), 0) * fontSize;
}

/**
 * Shortens `text` to fit `width` pixels at `fontSize` (by {@link textWidth}), cutting between
 * characters (code points, so never inside an emoji) and ending it with `…` when cut.
 */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let room = width - advance('…') * fontSize;
  let kept = '';
  for (const char of text) {
    room -= advance(char) * fontSize;
    if (room < 0) break;
    kept += char;
  }
  return `${kept}…`;
}

/**
 * Options both pictures take.
 *
 * @example
 * ```ts
 * const options: PictureOptions = { title: 'Profile of child C-17', idPrefix: 'c17-profile' };
 * ```
 */
export interface PictureOptions {
  /**
   * Replaces the picture's heading and `<title>`: text with something besides spaces, up to
   * 200 characters. The `<title>` holds it whole; the heading is
   * shortened with `…` when it would not fit the picture.
   */
  readonly title?: string;
  /**
   * Prefix of the ids inside the SVG (`<prefix>-title`, `<prefix>-desc`); give each picture
   * on one page its own. A letter or `_`, then letters, digits, `_`, `-` or `.`.
   */
  readonly idPrefix?: string;
}

const ID = /^[A-Za-z_][\w.-]{0,63}$/;

/** The id prefix to use, checked. */
export function idPrefixOf(options: PictureOptions | undefined, fallback: string): string {
  const prefix = options?.idPrefix ?? fallback;
  if (typeof prefix !== 'string' || !ID.test(prefix)) {
    throw new OptionsError([makeIssue(['idPrefix'], 'an XML id: a letter or _, then up to 63 letters, digits, _, - or .', describeValue(prefix))]);
  }
  return prefix;
}

/** The longest `title` a picture takes, in characters: a heading, not a paragraph (the `<desc>` says the rest). */
export const MAX_TITLE_LENGTH = 200;

/** The caller's title, checked (`undefined` when none is given): a screen reader announces it, so it must say something. */
export function titleOf(options: PictureOptions | undefined): string | undefined {
  const title: unknown = options?.title;
  if (title === undefined) return undefined;
  if (typeof title !== 'string' || title.trim() === '' || Array.from(title).length > MAX_TITLE_LENGTH) {
    throw new OptionsError([makeIssue(['title'], `text of 1 to ${MAX_TITLE_LENGTH} characters, not only spaces`, describeValue(title))]);
  }
  return title;
}

/** A text element; `content` is escaped here. */
export function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attributes}>${escapeXml(content)}</text>`;
}

/**
 * The whole SVG document: fixed size, `role="img"`, `<title>` and `<desc>` referenced by
 * `aria-labelledby`, a white background, and the body. Text in `title` and `desc` is escaped here.
 */
export function svgDocument(frame: { width: number; height: number; prefix: string; kind: string; title: string; desc: string; body: string[] }): string {
  const { width, height, prefix, kind, title, desc, body } = frame;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" class="graded-care ${kind}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12" fill="#1b1b1b">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
