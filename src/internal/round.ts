/**
 * `numerator / denominator` rounded to `places` decimal places, halves away from zero.
 * Scaling the numerator before dividing keeps exact halves exact (1 / 8 → 0.13, not 0.12).
 */
export function roundRatio(numerator: number, denominator: number, places: number): number {
  const scale = 10 ** places;
  const scaled = (numerator * scale) / denominator;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  // `|| 0` turns the -0 of a rounded-away small negative into a true zero.
  return rounded / scale || 0;
}
