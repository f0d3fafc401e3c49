import { defineInstrument, type Instrument } from '../../src/index.js';
/** Builders of valid assessments for tests: change one thing, keep the rest valid. */

export function gcp2(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'A-0001',
    instrument: 'gcp2',
    child: { id: 'C-17', dateOfBirth: '2025-01-15', flags: ['disabled'], locality: 'Central' },
    assessedOn: '2025-06-02',
    kind: 'baseline',
    assessor: 'HV-12',
    ratings: { 'physical.nutrition': 4, 'safety.in-absence': { grade: 3, note: 'left with older sibling' }, 'safety.online': 'not-scored' },
    areaGrades: { physical: 4 },
    ...overrides,
  };
}

export function star(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'S-0001',
    instrument: 'family-star-plus',
    child: { id: 'C-17' },
    assessedOn: '2025-06-02',
    ratings: { 'physical-health': 6, 'family-routine': 2 },
    ...overrides,
  };
}

/** A copy of `base` with the value at `path` replaced (or removed, for `undefined`). */
export function withValue(base: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let target: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** A made-up instrument graded 0–4, whose range takes `-0` (`-0 >= 0`); made per call, so that each test defines its own. */
export function zeroBased(): Instrument {
  return defineInstrument({
    id: 'zero-based', edition: '1', title: 'From nought', family: 'gcp', direction: 'lower-is-better', scale: { min: 0, max: 4 },
    bands: { met: { min: 0, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 4 } },
    areas: [{ id: 'home', title: 'Home', subAreas: [{ id: 'warmth', title: 'Warmth' }, { id: 'food', title: 'Food', items: [{ id: 'breakfast', title: 'Breakfast' }, { id: 'tea', title: 'Tea' }] }] }],
  });
}

/** An assessment of {@link zeroBased} with `-0` in every place a grade goes. */
export const ZERO_INPUT = {
  schemaVersion: 1, id: 'A-1', instrument: 'zero-based', child: { id: 'C-1' }, assessedOn: '2025-06-02',
  ratings: { 'home.warmth': -0, 'home.food.breakfast': -0, 'home.food.tea': { grade: -0 } }, areaGrades: { home: -0 },
} as const;

/** The paths (`.a.b`) at which a value holds `-0`. */
export function negativeZeros(value: unknown, path = ''): string[] {
  if (Object.is(value, -0)) return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => negativeZeros(inner, `${path}.${key}`));
}
