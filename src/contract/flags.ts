/** The child flags the package itself reads (placement's high-risk groups and mobility). */
export const KNOWN_FLAGS: readonly string[] = Object.freeze(['disabled', 'runaway', 'pre-mobile', 'mobile']);

/**
 * The known flag a free-form flag was surely meant to be — `' disabled'`, `'Disabled'`,
 * `'pre mobile'` — or `undefined`. Such near misses are refused rather than kept as
 * free-form flags, because a missed `disabled` or `pre-mobile` would quietly place a child in
 * no high-risk group.
 */
export function nearMissFlag(flag: string): string | undefined {
  // Most flags are known ones, written right: nothing to normalise.
  if (KNOWN_FLAGS.includes(flag)) return undefined;
  const normal = flag.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return normal !== flag && KNOWN_FLAGS.includes(normal) ? normal : undefined;
}
