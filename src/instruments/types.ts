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

/**
 * The aggregation rules, in the order the documentation lists them.
 *
 * @example
 * ```ts
 * AGGREGATION_RULES; // ['mode-worse', 'worst', 'median-worse']
 * ```
 */
export const AGGREGATION_RULES: readonly AggregationRule[] = Object.freeze(['mode-worse', 'worst', 'median-worse']);

/** A grade band of a GCP-family instrument. */
export type Band = 'met' | 'borderline' | 'concern';

/** An inclusive range of grades. */
export interface GradeRange {
  /** The lowest grade in the range. */
  readonly min: number;
  /** The highest grade in the range (≥ `min`). */
  readonly max: number;
}

/**
 * The grade ranges of the three bands; together they tile the scale.
 *
 * @example
 * ```ts
 * const reference: Bands = { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } };
 * ```
 */
export interface Bands {
  /** Grades that meet the child's needs (a strength); reference 1–2. */
  readonly met: GradeRange;
  /** Grades between met and concern; reference 3. */
  readonly borderline: GradeRange;
  /** Grades at which a need is a concern; reference 4–5. */
  readonly concern: GradeRange;
}

/** The kind of basic need a need type belongs to (Working Definition 2 speaks of both). */
export type NeedKind = 'physical' | 'psychological';

// ---------------------------------------------------------------- definitions (input)

/** An item under a sub-area, as written in a definition. */
export interface ItemDefinition {
  /** A slug (`a-z`, digits, `-`), or the full id `area.subArea.item`. */
  readonly id: string;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text. Licensed wording belongs only in users' own definitions. */
  readonly description?: string | undefined;
}

/** A sub-area, as written in a definition. */
export interface SubAreaDefinition {
  /** A slug, or the full id `area.subArea`. */
  readonly id: string;
  /** Optional; when given (as in a validated instrument passed back in) it must name the enclosing area. */
  readonly areaId?: string | undefined;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text (licensed wording only in your own definitions). */
  readonly description?: string | undefined;
  /** Items rated one by one; the sub-area's grade is then derived from them. */
  readonly items?: readonly ItemDefinition[] | undefined;
}

/** An area, as written in a definition. Star areas have no sub-areas: the area is rated. */
export interface AreaDefinition {
  /** A slug (`a-z`, digits, `-`), unique in the instrument: `physical`, `family-routine`. */
  readonly id: string;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text (licensed wording only in your own definitions). */
  readonly description?: string | undefined;
  /** GCP family: the area's sub-areas (at least one). Star family: none. */
  readonly subAreas?: readonly SubAreaDefinition[] | undefined;
}

/** A Star stage: a named band of readings. The stages must tile the scale. */
export interface StageDefinition {
  /** A slug, e.g. `accepting-help`. */
  readonly id: string;
  /** A short name for reports, e.g. `Accepting help`. */
  readonly title: string;
  /** The lowest reading in the stage. */
  readonly min: number;
  /** The highest reading in the stage. */
  readonly max: number;
}

/** A need type (design §4), in the order results list them. */
export interface NeedTypeDefinition {
  /** A slug, e.g. `nutritional`. */
  readonly id: string;
  /** A short name for reports. */
  readonly title: string;
  /** Whether it is a physical or a psychological need. */
  readonly kind: NeedKind;
}

/** The scale of an instrument: whole numbers from `min` to `max`, optionally with a label each. */
export interface ScaleDefinition {
  /** The lowest grade, a whole number. */
  readonly min: number;
  /** The highest grade, a whole number greater than `min`; for the GCP family at least `min + 2`, a grade for each of its three bands. */
  readonly max: number;
  /** One short label per grade from `min` to `max`, in order. */
  readonly labels?: readonly string[] | undefined;
}

/**
 * An instrument definition as plain, JSON-compatible data. Pass it to
 * {@link defineInstrument} to validate it.
 */
export interface InstrumentDefinition {
  /** The id assessments name in their `instrument` field, e.g. `gcp2`. */
  readonly id: string;
  /** The edition, cited in every score (`1`, `2024-local`). */
  readonly edition: string;
  /** A human-readable name, used in pictures and reports. */
  readonly title: string;
  /** `gcp` (rated by sub-area, with bands and need types) or `star` (rated by area, with stages). */
  readonly family: InstrumentFamily;
  /** Which end of the scale is better. */
  readonly direction: Direction;
  /** The grades a rating may take. */
  readonly scale: ScaleDefinition;
  /** The areas, in reporting order. */
  readonly areas: readonly AreaDefinition[];
  /** Star family only: the Journey of Change stages. */
  readonly stages?: readonly StageDefinition[] | undefined;
  /** GCP family only: the grade bands (default: the best 2/5 met, the middle borderline, the worst 2/5 concern). */
  readonly bands?: Bands | null | undefined;
  /** GCP family only: the need types, in reporting order. */
  readonly needTypes?: readonly NeedTypeDefinition[] | undefined;
  /**
   * GCP family only: sub-area id → need type id. A key `area.*` maps every sub-area of the
   * area; an explicit sub-area key wins over a wildcard.
   */
  readonly needs?: Readonly<Record<string, string>> | undefined;
  /** The default aggregation rule (`mode-worse` when omitted). */
  readonly aggregation?: AggregationRule | undefined;
  /** Where the structure comes from (citation), shown in documentation. */
  readonly source?: string | undefined;
}

// ---------------------------------------------------------------- validated (output)

/** A validated item; `id` is the full `area.subArea.item`. */
export interface Item {
  /** The full id, `area.subArea.item`. */
  readonly id: string;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text, when the definition gave one. */
  readonly description?: string;
}

/** A validated sub-area; `id` is the full `area.subArea`. */
export interface SubArea {
  /** The full id, `area.subArea`, e.g. `physical.nutrition`. */
  readonly id: string;
  /** The id of the area it belongs to. */
  readonly areaId: string;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text, when the definition gave one. */
  readonly description?: string;
  /** Its items; empty when the sub-area is rated as a whole. */
  readonly items: readonly Item[];
}

/** A validated area. `subAreas` is empty for Star instruments. */
export interface Area {
  /** A slug: `physical`, or a Star area such as `family-routine`. */
  readonly id: string;
  /** A short name for reports. */
  readonly title: string;
  /** Descriptor text, when the definition gave one. */
  readonly description?: string;
  /** Its sub-areas, in order (empty for Star instruments). */
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
  /** The id assessments name in their `instrument` field. */
  readonly id: string;
  /** The edition, cited in every score. */
  readonly edition: string;
  /** A human-readable name. */
  readonly title: string;
  /** `gcp` or `star`. */
  readonly family: InstrumentFamily;
  /** Which end of the scale is better. */
  readonly direction: Direction;
  /** The grades a rating may take, with a label per grade (empty when none were given). */
  readonly scale: {
    /** The lowest grade. */
    readonly min: number;
    /** The highest grade. */
    readonly max: number;
    /** One label per grade from `min` to `max`, or none. */
    readonly labels: readonly string[];
  };
  /** The areas, in reporting order. */
  readonly areas: readonly Area[];
  /** Empty for GCP-family instruments. */
  readonly stages: readonly Stage[];
  /** `null` for Star instruments. */
  readonly bands: Bands | null;
  /** Empty for Star instruments. */
  readonly needTypes: readonly NeedType[];
  /** Explicit sub-area id → need type id (wildcards expanded). Empty for Star instruments. */
  readonly needs: Readonly<Record<string, string>>;
  /** The default aggregation rule for items → sub-area and sub-areas → area. */
  readonly aggregation: AggregationRule;
  /** Where the structure comes from (citation), when the definition gave it. */
  readonly source?: string;
}
