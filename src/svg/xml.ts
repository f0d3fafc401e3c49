/**
 * Writing SVG text: escaping, fixed number formatting and the document frame. Pure string
 * work, so the pictures are the same in Node and every browser.
 *
 * @module
 */
import { makeIssue, OperationError, OptionsError } from '../errors.js';
import { characterCount, describeValue } from '../internal/describe.js';
import { hasVisibleCharacter } from '../internal/visible-text.js';
import { hasControl, isWellFormed } from '../internal/well-formed.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and attribute values (`&`, `<`, `>`, `"`, `'`), and
 * replaces characters XML 1.0 cannot hold (control characters, lone surrogates) by U+FFFD.
 *
 * @throws {@link graded-care!OperationError} `not-text` for anything but a string.
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

/*
 * Advances of the printable ASCII characters (U+0020–U+007E, in order), regular and bold, in
 * thousandths of an em, rounded up: DejaVu Sans 2.37 as headless Chromium lays it out, the
 * widest of each character alone and in a run of ten between x, o or H (its kerning widens
 * a few, such as A). DejaVu Sans is what Linux browsers fall back to, and it is wider than
 * Arial, Segoe UI, Roboto and San Francisco, so text that fits by these fits in any of them.
 * A browser test measures every Latin character against this estimate.
 */
const ASCII_REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 365, 318, 338,
  637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 338, 338, 838, 838, 838, 531,
  1000, 710, 687, 699, 771, 632, 576, 775, 753, 295, 295, 656, 558, 863, 749, 788,
  604, 788, 695, 635, 611, 733, 685, 989, 686, 611, 686, 391, 338, 391, 838, 500,
  500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
  635, 635, 412, 522, 393, 634, 592, 818, 592, 592, 525, 637, 338, 637, 838,
];
const ASCII_BOLD = [
  349, 457, 522, 838, 696, 1003, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366,
  696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581,
  1000, 775, 763, 734, 831, 684, 684, 821, 838, 373, 373, 775, 638, 996, 838, 851,
  733, 851, 771, 721, 703, 813, 775, 1104, 772, 725, 726, 458, 366, 458, 838, 500,
  500, 675, 716, 593, 716, 679, 436, 716, 713, 343, 343, 666, 343, 1043, 713, 688,
  716, 716, 494, 596, 479, 713, 652, 924, 646, 652, 583, 713, 366, 713, 838,
];

// Beyond ASCII, bounds by class (again DejaVu Sans's widest of each class, regular then bold).
const NARROW = new Set('‘’·');
const WIDE = new Set('ÆŒæœ©®¼½¾ĦŉŴŵƕƜƢƣƠǇǈǊǋǌǢǣǼǽȸȹ');
/** Latin digraph letters, wider than any other Latin character. */
const DIGRAPH = new Set('ǄǅǆǱǲǳǶ');
const ADVANCE = {
  narrow: [0.38, 0.38],
  latin: [0.86, 0.9],
  wide: [1.1, 1.21],
  digraph: [1.43, 1.56],
  other: [1.25, 1.25],
} as const;

/** The bidi formatting characters and marks (ALM, LRM, RLM, embeddings, overrides, isolates). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * An upper estimate of a character's advance, in ems, for the sans-serif fonts the pictures
 * name. The pictures carry no font metrics, so the estimate errs wide: exact DejaVu Sans
 * widths for ASCII, and for the rest of Latin (U+00A0–U+024F) the widest of a class; other
 * scripts get 1.25 em, which covers CJK and most letters; the bidi controls and marks, drawn
 * as nothing, 0 (an isolate around a name costs it no room). A few characters draw wider in a
 * browser's fonts (bold Cyrillic Щ about 1.33 em, ‰ 1.34 em, ⟶ 1.43 em, an emoji up to
 * 1.6 em, in Chromium): a text made mostly of them can run past its room.
 */
function advance(char: string, bold: boolean): number {
  const code = char.codePointAt(0) as number;
  if (code >= 0x20 && code <= 0x7e) return ((bold ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20] as number) / 1000;
  if (BIDI_CONTROL.test(char)) return 0;
  const weight = bold ? 1 : 0;
  if (NARROW.has(char)) return ADVANCE.narrow[weight];
  if (WIDE.has(char)) return ADVANCE.wide[weight];
  if (DIGRAPH.has(char)) return ADVANCE.digraph[weight];
  if (code >= 0xa0 && code <= 0x24f) return ADVANCE.latin[weight];
  return ADVANCE.other[weight];
}

/** The estimated width of `text` in pixels at `fontSize`, bold or not: never less than it takes in Latin script (see `advance` for the rest). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return Array.from(text).reduce((width, char) => width + advance(char, bold), 0) * fontSize;
}

/**
 * Shortens `text` to fit `width` pixels at `fontSize` (by {@link textWidth}), cutting between
 * characters (code points, so never inside an emoji) and ending it with `…` when cut. The
 * caller isolates user text after (see {@link isolate}): a cut right-to-left name then has its
 * `…` inside the isolate, where it takes the name's direction; outside one, the picture's
 * left-to-right put it at the right, where an Arabic or Hebrew name begins.
 */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  let room = width - advance('…', bold) * fontSize;
  let kept = '';
  for (const char of text) {
    room -= advance(char, bold) * fontSize;
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
   * Replaces the picture's heading and `<title>`: up to 200 characters that show something
   * (not only spaces or invisible characters such as U+200B), without control characters.
   * The `<title>` holds it whole; the heading is shortened with `…` when it would not fit the
   * picture.
   */
  readonly title?: string | undefined;
  /**
   * Prefix of the ids inside the SVG (`<prefix>-title`, `<prefix>-desc`). A letter or `_`,
   * then letters, digits, `_`, `-` or `.`. Without it the prefix is the picture's kind and a
   * digest of its content (`gc-star-1x2y3z`): two different pictures on one page get
   * different ids (but for a 32-bit digest's chance, about one pair in four billion), and the
   * same input always gives the same text. Give one to know the ids, or to be sure of them.
   */
  readonly idPrefix?: string | undefined;
}

const ID = /^[A-Za-z_][\w.-]{0,63}$/;

/** The caller's id prefix, checked (`undefined` when none is given: {@link svgDocument} then makes one). */
export function idPrefixOf(options: PictureOptions | undefined): string | undefined {
  const prefix: unknown = options?.idPrefix;
  // `null` is taken as no prefix, as it always was.
  if (prefix === undefined || prefix === null) return undefined;
  if (typeof prefix !== 'string' || !ID.test(prefix)) {
    throw new OptionsError([makeIssue(['idPrefix'], 'an XML id: a letter or _, then up to 63 letters, digits, _, - or .', describeValue(prefix))]);
  }
  return prefix;
}

/**
 * A short digest of `text` (32-bit FNV-1a over UTF-16 code units, base 36: the same in every
 * engine): the default id prefix's ending, so that two different pictures on one page do not
 * share ids (a fixed default named and described the second picture by the first's title and
 * desc), while the same picture keeps its text.
 */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The longest `title` a picture takes, in characters: a heading, not a paragraph (the `<desc>` says the rest). */
export const MAX_TITLE_LENGTH = 200;

/**
 * The caller's title, checked (`undefined` when none is given): a screen reader announces it,
 * so it must show something (not only spaces, nor only invisible characters such as U+200B or
 * U+202E), and it is written as given, so it holds no control character or lone surrogate
 * (which XML cannot hold: they came out as U+FFFD).
 */
export function titleOf(options: PictureOptions | undefined): string | undefined {
  const title: unknown = options?.title;
  if (title === undefined) return undefined;
  if (typeof title !== 'string' || characterCount(title) > MAX_TITLE_LENGTH || !hasVisibleCharacter(title) || hasControl(title) || !isWellFormed(title)) {
    throw new OptionsError([
      makeIssue(['title'], `text of 1 to ${MAX_TITLE_LENGTH} characters that shows something (not only spaces or invisible characters), without control characters or lone surrogates`, describeValue(title)),
    ]);
  }
  return title;
}

/** The bidi controls and marks, and right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const BIDI = new RegExp(`${BIDI_CONTROL.source}|[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF]|\\uD802[\\uDC00-\\uDFFF]|\\uD803[\\uDC00-\\uDE7F]|\\uD83A[\\uDC00-\\uDFFF]|\\uD83B[\\uDC00-\\uDEFF]`);

/**
 * A piece of user text (an id, a title of a defined instrument, the caller's title) as a
 * picture sets it, in `<title>`, `<desc>` and every `<text>`: in a bidirectional isolate
 * (FSI … PDI) when it holds right-to-left letters or bidi controls, so that an override such
 * as U+202E in an id reverses only that id, never the words after it (`First: 2025-01-06
 * (\u202ES-1)` showed `)1-S`, and a child id in `<desc>` turned the rest of the description
 * round), and right-to-left text keeps its neighbours in place. Other text is returned as it
 * is. Text cut by {@link fitText} is cut first, then isolated, so its `…` takes its direction.
 */
export function isolate(text: string): string {
  if (!BIDI.test(text)) return text;
  // Balanced first: a PDI of the text's own with nothing to close would close this isolate
  // early and let an override after it run on (`C-\u2069\u202E1`), and an isolate the text
  // leaves open would keep this one open; the stray PDI goes, the open ones are closed.
  let open = 0;
  const balanced = text.replace(/[\u2066-\u2069]/g, (c) => (c !== '\u2069' ? (open++, c) : open > 0 ? (open--, c) : ''));
  return `\u2068${balanced}${'\u2069'.repeat(open + 1)}`;
}

/** A text element; `content` is escaped here. */
export function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attributes}>${escapeXml(content)}</text>`;
}

/**
 * The whole SVG document: fixed size, `role="img"`, named by its `<title>`
 * (`aria-labelledby`) and described by its `<desc>` (`aria-describedby`; naming it by both
 * made a screen reader read the description twice, once in the name), a white background,
 * and the body. Text in `title` and `desc` is escaped here. Without a `prefix`, the ids begin
 * with `defaultPrefix` and a digest of the content. `direction="ltr"` keeps the layout the
 * pictures compute: on a right-to-left page an inherited `rtl` turned every `start` anchor
 * round, and the profile's labels ran off its left edge.
 */
export function svgDocument(frame: {
  width: number;
  height: number;
  prefix: string | undefined;
  defaultPrefix: string;
  kind: string;
  title: string;
  desc: string;
  body: string[];
}): string {
  const { width, height, kind, title, desc, body } = frame;
  const prefix = frame.prefix ?? `${frame.defaultPrefix}-${digest(`${width}×${height}\n${title}\n${desc}\n${body.join('\n')}`)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" class="graded-care ${kind}" direction="ltr" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12" fill="#1b1b1b">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
