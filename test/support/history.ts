import { getInstrument } from '../../src/index.js';

export const GCP2_SUB_AREAS = getInstrument('gcp2').areas.flatMap((a) => a.subAreas.map((s) => s.id));
export const STAR_AREAS = getInstrument('family-star-plus').areas.map((a) => a.id);

/** Every GCP2 sub-area at `grade`, with `overrides` on top. */
export function all(grade: number, overrides: Record<string, number | 'not-scored'> = {}): Record<string, number | 'not-scored'> {
  return { ...Object.fromEntries(GCP2_SUB_AREAS.map((id) => [id, grade])), ...overrides };
}

/** A raw GCP2 assessment of child `C-1` (or `child`). */
export function gcp2At(id: string, assessedOn: string, ratings: Record<string, unknown>, child: Record<string, unknown> = { id: 'C-1' }): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'gcp2', child, assessedOn, ratings };
}

/** A raw Family Star Plus reading. */
export function starAt(id: string, assessedOn: string, ratings: Record<string, unknown>, child: Record<string, unknown> = { id: 'F-1' }): Record<string, unknown> {
  return { schemaVersion: 1, id, instrument: 'family-star-plus', child, assessedOn, ratings };
}
