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
