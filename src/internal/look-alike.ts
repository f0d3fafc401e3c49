/**
 * Naming two ids that should have been one. Ids that print alike but are different text — a
 * letter precomposed (NFC) in one and decomposed (NFD) in the other, as forms on different
 * systems send them, or a zero-width space pasted into one — would otherwise read as the same
 * id twice in a message that says they differ.
 *
 * @module
 */

/** What a reader sees of a text: compatibility-normalised, without the characters that print as nothing. */
function printed(text: string): string {
  return text.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
}

/** A text quoted with every character outside printable ASCII written as `\uXXXX`. */
function escaped(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * `''` for two ids that differ visibly; for two that print alike, a clause giving both with
 * their characters escaped, to append after naming them.
 *
 * @example
 * ```ts
 * alikeNote('Zo\u00EB', 'Zoe\u0308'); // ', alike on screen but different text ("Zo\\u00EB" and "Zoe\\u0308")'
 * ```
 */
export function alikeNote(a: string, b: string): string {
  return a !== b && printed(a) === printed(b) ? `, alike on screen but different text (${escaped(a)} and ${escaped(b)})` : '';
}

/** Two ids quoted for a message, followed by {@link alikeNote}. */
export function quotedPair(a: string, b: string): string {
  return `${JSON.stringify(a)} and ${JSON.stringify(b)}${alikeNote(a, b)}`;
}
