/** The child flags the package itself reads (placement's high-risk groups and mobility). */
export const KNOWN_FLAGS: readonly string[] = Object.freeze(['disabled', 'runaway', 'pre-mobile', 'mobile']);

/** Each known flag by its letters and digits alone, lower-case: `premobile` → `pre-mobile`. */
const BY_LETTERS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(KNOWN_FLAGS.map((flag) => [flagLetters(flag), flag]));

/** A flag's letters and digits alone, lower-case: what a flag and its near misses share (`Young_Carer` → `youngcarer`). */
export function flagLetters(flag: string): string {
  return flag.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * The known flag a free-form flag was surely meant to be — the same letters and digits in
 * another case or with other spaces, hyphens or punctuation: `' disabled'`, `'Disabled'`, `'pre mobile'`,
 * `'PreMobile'`, `'run-away'` — or `undefined`. Such near misses are refused rather than kept
 * as free-form flags, because a missed `disabled` or `pre-mobile` would quietly place a child
 * in no high-risk group.
 */
export function nearMissFlag(flag: string): string | undefined {
  // Most flags are known ones, written right: nothing to normalise.
  if (KNOWN_FLAGS.includes(flag)) return undefined;
  return BY_LETTERS.get(flagLetters(flag));
}

/** What joins the items of a list written as one text. */
const LIST_SEPARATOR = /[,;|/+&]/;

/**
 * The flags of `byLetters` (the known ones by default; near misses count) that a flag joins
 * with others by a list separator — `disabled, pre-mobile` or `disabled|runaway`, as a
 * spreadsheet cell or an export writes a list — or `[]`. Kept as one free-form flag, it
 * would quietly place the child in none of them.
 */
export function flagsJoinedIn(flag: string, byLetters: ReadonlyMap<string, string> = BY_LETTERS): string[] {
  return LIST_SEPARATOR.test(flag) ? flag.split(LIST_SEPARATOR).flatMap((part) => byLetters.get(flagLetters(part)) ?? []) : [];
}

/** What a flag joining others is refused with (the CLI words it for a CSV cell). */
export const ONE_FLAG_AN_ENTRY = 'one flag an entry, not several joined into one';

/** The expectation for a flag joining `joined` with others: {@link ONE_FLAG_AN_ENTRY}, and how to write them. */
export function oneFlagAnEntry(joined: readonly string[]): string {
  return `${ONE_FLAG_AN_ENTRY} (write ${joined.map((flag) => `"${flag}"`).join(' and ')} as ${joined.length > 1 ? 'separate flags' : 'a separate flag'})`;
}
