/**
 * The standard normal distribution, for the p-values of agreement tests.
 *
 * @module
 */

/**
 * `P(|Z| ≥ |z|)` for a standard normal Z: `erfc(|z| / √2)`, by the Chebyshev fit of Press et
 * al., *Numerical Recipes* (2nd ed., §6.2, `erfcc`), whose relative error is under 1.2e-7
 * everywhere: far finer than a p-value is read.
 */
export function twoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.min(1, t * Math.exp(-x * x + poly));
}
