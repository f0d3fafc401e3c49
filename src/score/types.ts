/**
 * What scoring returns. Every value is plain, JSON-serialisable data; a value that cannot
 * be derived (nothing scored) is `null`, never `NaN` or missing.
 *
 * @module
 */
import type { AggregationRule, Band, Bands, Direction } from '../instruments/types.js';

/** Whether a unit (sub-area, Star area) has a grade, was marked not scored, or was not rated. */
export type RatingStatus = 'scored' | 'not-scored' | 'unrated';

/** One sub-area's result. */
export interface SubAreaScore {
  /** The grade, or `null` when not scored or not rated. */
  readonly grade: number | null;
  /** The grade's band, or `null` without a grade. */
  readonly band: Band | null;
  /** Scored, marked not scored, or not rated. */
  readonly status: RatingStatus;
  /** `items` when the grade was derived from item ratings. */
  readonly source: 'rating' | 'items';
  /** For a grade derived from items: each rated item's grade. */
  readonly items?: Readonly<Record<string, number | 'not-scored'>>;
}

/** One area's result: the grade derived from its sub-areas beside the practitioner's own. */
export interface AreaScore {
  /** Derived from the scored sub-areas by the aggregation rule; `null` if none was scored. */
  readonly grade: number | null;
  /** The derived grade's band, or `null` without one. */
  readonly band: Band | null;
  /** The practitioner's `areaGrades` entry, kept as given; `null` if none was given. */
  readonly practitionerGrade: number | null;
  /** The area's sub-area ids: the inputs of the derived grade. */
  readonly subAreas: readonly string[];
}

/** One need type's result: the worst grade among the scored sub-areas that evidence it. */
export interface NeedScore {
  /** The worst grade among its scored sub-areas; `null` when none is scored. */
  readonly grade: number | null;
  /** The grade's band, or `null` without a grade. */
  readonly band: Band | null;
  /** The sub-areas mapped to this need type. */
  readonly subAreas: readonly string[];
}

/** How much of the instrument was rated. `ratio` is `scored / total`. */
export interface Completeness {
  /** Sub-areas (Star areas, for a Star) in the instrument. */
  readonly total: number;
  /** How many have a grade. */
  readonly scored: number;
  /** How many were marked `"not-scored"`. */
  readonly notScored: number;
  /** How many were not rated at all. */
  readonly unrated: number;
  /** `scored / total`, from 0 to 1 (not rounded). */
  readonly ratio: number;
}

/** Identifies the assessment a score belongs to. */
export interface ScoreHeader {
  /** The assessment's `id`. */
  readonly assessmentId: string;
  /** The child's `id`. */
  readonly childId: string;
  /** The instrument the assessment was scored with. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** Its edition. */
    readonly edition: string;
  };
  /** The assessment's date, `YYYY-MM-DD`. */
  readonly assessedOn: string;
}

/** The score of a GCP-family assessment. Records are keyed by id in instrument order. */
export interface GcpScore extends ScoreHeader {
  /** Always `gcp`: tells a GCP-family score from a Star's. */
  readonly family: 'gcp';
  /** The instrument's direction, which decides what "worse" means in aggregation. */
  readonly direction: Direction;
  /** The aggregation rule used for items → sub-area and sub-areas → area. */
  readonly aggregation: AggregationRule;
  /** The bands used (the instrument's, or those passed in the options). */
  readonly bands: Bands;
  /** Every sub-area, by id. */
  readonly subAreas: Readonly<Record<string, SubAreaScore>>;
  /** Every area, by id. */
  readonly areas: Readonly<Record<string, AreaScore>>;
  /** Every need type, by id, in the instrument's order. */
  readonly needs: Readonly<Record<string, NeedScore>>;
  /** Sub-areas in the `met` band. */
  readonly strengths: readonly string[];
  /** Sub-areas in the `borderline` band. */
  readonly borderline: readonly string[];
  /** Sub-areas in the `concern` band. */
  readonly concerns: readonly string[];
  /** Sub-areas marked `"not-scored"`. */
  readonly notScored: readonly string[];
  /** Sub-areas not rated at all. */
  readonly unrated: readonly string[];
  /** How much of the instrument was rated. */
  readonly completeness: Completeness;
}

/** One Star area's result: its reading and the Journey of Change stage it falls in. */
export interface StarAreaScore {
  /** The reading, or `null` when not scored or not rated. */
  readonly reading: number | null;
  /** The id of the stage the reading falls in, or `null` without a reading. */
  readonly stage: string | null;
  /** Scored, marked not scored, or not rated. */
  readonly status: RatingStatus;
}

/** The score of a Star reading. */
export interface StarScore extends ScoreHeader {
  /** Always `star`. */
  readonly family: 'star';
  /** Every Star area, by id. */
  readonly areas: Readonly<Record<string, StarAreaScore>>;
  /** Areas marked `"not-scored"`. */
  readonly notScored: readonly string[];
  /** Areas not rated at all. */
  readonly unrated: readonly string[];
  /** How much of the Star was rated. */
  readonly completeness: Completeness;
}

/** The score of an assessment; `family` tells which. */
export type AssessmentScore = GcpScore | StarScore;
