/**
 * Instrument types: what a definition looks like going in, and the validated,
 * frozen {@link Instrument} that every other layer works with.
 *
 * @module
 */

/** Which end of the scale is better: GCP grades 1 best (`lower-is-better`), Star readings 10 best. */
export type Direction = 'lower-is-better' | 'higher-is-better';

/**
 * `gcp`: areas with rated sub-areas (optionally items), bands and need types.
 * `star`: areas rated directly, with Journey of Change stages.
 */
export type InstrumentFamily = 'gcp' | 'star';

/**
 * How a grade is derived from several grades (items → sub-area, sub-areas → area).
 * - `mode-worse`: the most frequent grade; a tie goes to the worse grade.
 * - `worst`: the worst grade.
 * - `median-worse`: the median; with an even count, the worse of the two middle grades.
 */
export type AggregationRule = 'mode-worse' | 'worst' | 'median-worse';

/** The aggregation rules, in the order the documentation lists them. */
export const AGGREGATION_RULES: readonly AggregationRule[] = Object.freeze(['mode-worse', 'worst', 'median-worse']);

/** A grade band of a GCP-family instrument. */
export type Band = 'met' | 'borderline' | 'concern';

/** An inclusive range of grades. */
export interface GradeRange {
  readonly min: number;
  readonly max: number;
}

/** The grade ranges of the three bands; together they tile the scale. */
export interface Bands {
  readonly met: GradeRange;
  readonly borderline: GradeRange;
  readonly concern: GradeRange;
}

/** The kind of basic need a need type belongs to (Working Definition 2 speaks of both). */
export type NeedKind = 'physical' | 'psychological';

// ---------------------------------------------------------------- definitions (input)

/** An item under a sub-area, as written in a definition. */
export interface ItemDefinition {
  /** A slug (`a-z`, digits, `-`), or the full id `area.subArea.item`. */
  readonly id: string;
  readonly title: string;
  /** Descriptor text. Licensed wording belongs only in users' own definitions. */
  readonly description?: string;
}

/** A sub-area, as written in a definition. */
export interface SubAreaDefinition {
  /** A slug, or the full id `area.subArea`. */
  readonly id: string;
  /** Optional; when given (as in a validated instrument passed back in) it must name the enclosing area. */
  readonly areaId?: string;
  readonly title: string;
  readonly description?: string;
  /** Items rated one by one; the sub-area's grade is then derived from them. */
  readonly items?: readonly ItemDefinition[];
}

/** An area, as written in a definition. Star areas have no sub-areas: the area is rated. */
export interface AreaDefinition {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly subAreas?: readonly SubAreaDefinition[];
}

/** A Star stage: a named band of readings. The stages must tile the scale. */
export interface StageDefinition {
  readonly id: string;
  readonly title: string;
  readonly min: number;
  readonly max: number;
}

/** A need type (design §4), in the order results list them. */
export interface NeedTypeDefinition {
  readonly id: string;
  readonly title: string;
  readonly kind: NeedKind;
}

/** The scale of an instrument: whole numbers from `min` to `max`, optionally with a label each. */
export interface ScaleDefinition {
  readonly min: number;
  readonly max: number;
  /** One short label per grade from `min` to `max`, in order. */
  readonly labels?: readonly string[];
}

/**
 * An instrument definition as plain, JSON-compatible data. Pass it to
 * {@link defineInstrument} to validate it.
 */
export interface InstrumentDefinition {
  readonly id: string;
  readonly edition: string;
  readonly title: string;
  readonly family: InstrumentFamily;
  readonly direction: Direction;
  readonly scale: ScaleDefinition;
  readonly areas: readonly AreaDefinition[];
  /** Star family only: the Journey of Change stages. */
  readonly stages?: readonly StageDefinition[];
  /** GCP family only: the grade bands (default: the best 2/5 met, the middle borderline, the worst 2/5 concern). */
  readonly bands?: Bands | null;
  /** GCP family only: the need types, in reporting order. */
  readonly needTypes?: readonly NeedTypeDefinition[];
  /**
   * GCP family only: sub-area id → need type id. A key `area.*` maps every sub-area of the
   * area; an explicit sub-area key wins over a wildcard.
   */
  readonly needs?: Readonly<Record<string, string>>;
  /** The default aggregation rule (`mode-worse` when omitted). */
  readonly aggregation?: AggregationRule;
  /** Where the structure comes from (citation), shown in documentation. */
  readonly source?: string;
}

// ---------------------------------------------------------------- validated (output)

/** A validated item; `id` is the full `area.subArea.item`. */
export interface Item {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

/** A validated sub-area; `id` is the full `area.subArea`. */
export interface SubArea {
  readonly id: string;
  readonly areaId: string;
  readonly title: string;
  readonly description?: string;
  readonly items: readonly Item[];
}

/** A validated area. `subAreas` is empty for Star instruments. */
export interface Area {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly subAreas: readonly SubArea[];
}

/** A validated Star stage. */
export type Stage = StageDefinition;

/** A validated need type. */
export type NeedType = NeedTypeDefinition;

/**
 * A validated, frozen instrument. It is still plain data: `JSON.stringify` it, send it,
 * and {@link defineInstrument} accepts it back unchanged.
 */
export interface Instrument {
  readonly id: string;
  readonly edition: string;
  readonly title: string;
  readonly family: InstrumentFamily;
  readonly direction: Direction;
  readonly scale: { readonly min: number; readonly max: number; readonly labels: readonly string[] };
  readonly areas: readonly Area[];
  /** Empty for GCP-family instruments. */
  readonly stages: readonly Stage[];
  /** `null` for Star instruments. */
  readonly bands: Bands | null;
  /** Empty for Star instruments. */
  readonly needTypes: readonly NeedType[];
  /** Explicit sub-area id → need type id (wildcards expanded). Empty for Star instruments. */
  readonly needs: Readonly<Record<string, string>>;
  readonly aggregation: AggregationRule;
  readonly source?: string;
}
