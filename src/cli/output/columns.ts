import { builtinInstruments } from '../../index.js';

/**
 * Column names the CSV outputs derive from the built-in instruments (the only ones the CLI
 * reads), so that they cannot drift from the instruments' definitions.
 */

/** Each id once, first appearance first. */
export function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

const gcpFamily = builtinInstruments.filter((i) => i.family === 'gcp');

/** The need types of the GCP-family instruments: medical, nutritional, physical, supervisory, emotional. */
export const BUILTIN_NEED_TYPES: readonly string[] = unique(gcpFamily.flatMap((i) => i.needTypes.map((n) => n.id)));

/** The areas of every built-in instrument (GCP areas, then Star areas), in instrument order. */
export const BUILTIN_AREAS: readonly string[] = unique(builtinInstruments.flatMap((i) => i.areas.map((a) => a.id)));

/** The areas of the GCP-family instruments (GCP, then GCP2's own). */
export const BUILTIN_GCP_AREAS: readonly string[] = unique(gcpFamily.flatMap((i) => i.areas.map((a) => a.id)));

/** The areas of the Star instruments. */
export const BUILTIN_STAR_AREAS: readonly string[] = unique(builtinInstruments.filter((i) => i.family === 'star').flatMap((i) => i.areas.map((a) => a.id)));

/** The sub-areas of the GCP-family instruments. */
export const BUILTIN_SUB_AREAS: readonly string[] = unique(gcpFamily.flatMap((i) => i.areas.flatMap((a) => a.subAreas.map((s) => s.id))));

/** `prefix.id` for each id: `need.medical`, `trend.physical`. */
export function prefixed(prefix: string, ids: readonly string[]): string[] {
  return ids.map((id) => `${prefix}.${id}`);
}
