/**
 * A character something is drawn for: not white space, not a control character (Cc), not a
 * default-ignorable one (Unicode's list of characters drawn as nothing: bidi controls,
 * zero-width spaces and joiners, the soft hyphen, variation selectors, the Hangul fillers, …).
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Whether `text` shows anything: a title of only U+200B, U+202E or U+0001 reads as nothing in
 * a heading, as one of spaces does, so text that is shown is refused for either alike.
 */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}
