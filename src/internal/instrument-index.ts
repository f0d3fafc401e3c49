import type { Instrument } from '../instruments/types.js';
import { oncePerObject } from './memo.js';

/** Where a rating key points: a rated unit, and one of its items or (`-1`) the unit itself. */
export interface RatingTarget {
  readonly unit: number;
  readonly item: number;
}

/**
 * Lookup tables for one instrument, built once and cached: the rated units (sub-areas of a
 * GCP-family instrument, areas of a Star) in instrument order, and every accepted rating key.
 */
export interface InstrumentIndex {
  readonly instrument: Instrument;
  readonly isStar: boolean;
  readonly lowerIsBetter: boolean;
  readonly min: number;
  readonly max: number;
  /** Rated unit ids in instrument order. */
  readonly unitIds: readonly string[];
  /** Per unit: its area's index. */
  readonly unitArea: readonly number[];
  /** Per unit: its item ids (empty when rated directly). */
  readonly unitItems: readonly (readonly string[])[];
  readonly areaIds: readonly string[];
  /** Per area: the indexes of its units. */
  readonly areaUnits: readonly (readonly number[])[];
  /** Per area: its unit ids, shared by every score as the area's evidence list. */
  readonly areaUnitIds: readonly (readonly string[])[];
  readonly areaIndex: ReadonlyMap<string, number>;
  /** Whether any unit is rated through items. */
  readonly hasItems: boolean;
  /** Every accepted rating key → its target; a prototype-free record, so `keys['__proto__']` is `undefined`. */
  readonly keys: Readonly<Record<string, RatingTarget | undefined>>;
}

function build(instrument: Instrument): InstrumentIndex {
  const isStar = instrument.family === 'star';
  const unitIds: string[] = [];
  const unitArea: number[] = [];
  const unitItems: string[][] = [];
  const areaUnits: number[][] = [];
  const keys = Object.create(null) as Record<string, RatingTarget>;
  instrument.areas.forEach((area, a) => {
    const units: number[] = [];
    const subAreas = isStar ? [{ id: area.id, items: [] as readonly { id: string }[] }] : area.subAreas;
    for (const sub of subAreas) {
      const unit = unitIds.length;
      units.push(unit);
      unitIds.push(sub.id);
      unitArea.push(a);
      unitItems.push(sub.items.map((item) => item.id));
      keys[sub.id] = { unit, item: -1 };
      sub.items.forEach((item, i) => {
        keys[item.id] = { unit, item: i };
      });
    }
    areaUnits.push(units);
  });
  return {
    instrument,
    isStar,
    lowerIsBetter: instrument.direction === 'lower-is-better',
    min: instrument.scale.min,
    max: instrument.scale.max,
    unitIds,
    unitArea,
    unitItems,
    areaIds: instrument.areas.map((area) => area.id),
    areaUnits,
    areaUnitIds: areaUnits.map((units) => Object.freeze(units.map((u) => unitIds[u] as string))),
    areaIndex: new Map(instrument.areas.map((area, a) => [area.id, a])),
    keys,
    hasItems: unitItems.some((items) => items.length > 0),
  };
}

/** The cached lookup tables of an instrument. */
export const indexOf: (instrument: Instrument) => InstrumentIndex = oncePerObject(build);
