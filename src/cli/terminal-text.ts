/** Controls (C0, DEL, C1), the line and paragraph separators, and a surrogate without its pair. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for a terminal: control characters (C0, DEL, C1), the Unicode line and paragraph
 * separators, and lone surrogates written as `\uXXXX`. Ids and file names are free text, so
 * without this an id could end a message's line early or send escape sequences to the
 * analyst's terminal; and a lone surrogate, which UTF-8 cannot hold, would print as U+FFFD,
 * so that two different ids looked alike.
 */
export function terminalText(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
