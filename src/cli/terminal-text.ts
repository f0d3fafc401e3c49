/**
 * Text for a terminal: control characters (C0, DEL, C1) and the Unicode line and paragraph
 * separators written as `\uXXXX`. Ids and file names are free text, so without this an id
 * could end a message's line early or send escape sequences to the analyst's terminal.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
