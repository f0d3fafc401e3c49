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
