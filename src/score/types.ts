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
  readonly grade: number | null;
  readonly band: Band | null;
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
  readonly band: Band | null;
  /** The practitioner's `areaGrades` entry, kept as given; `null` if none was given. */
  readonly practitionerGrade: number | null;
  /** The area's sub-area ids: the inputs of the derived grade. */
  readonly subAreas: readonly string[];
}

/** One need type's result: the worst grade among the scored sub-areas that evidence it. */
export interface NeedScore {
  readonly grade: number | null;
  readonly band: Band | null;
  /** The sub-areas mapped to this need type. */
  readonly subAreas: readonly string[];
}

/** How much of the instrument was rated. `ratio` is `scored / total`. */
export interface Completeness {
  readonly total: number;
  readonly scored: number;
  readonly notScored: number;
  readonly unrated: number;
  readonly ratio: number;
}

/** Identifies the assessment a score belongs to. */
export interface ScoreHeader {
  readonly assessmentId: string;
  readonly childId: string;
  readonly instrument: { readonly id: string; readonly edition: string };
  readonly assessedOn: string;
}

/** The score of a GCP-family assessment. Records are keyed by id in instrument order. */
export interface GcpScore extends ScoreHeader {
  readonly family: 'gcp';
  /** The instrument's direction, which decides what "worse" means in aggregation. */
  readonly direction: Direction;
  readonly aggregation: AggregationRule;
  readonly bands: Bands;
  readonly subAreas: Readonly<Record<string, SubAreaScore>>;
  readonly areas: Readonly<Record<string, AreaScore>>;
  readonly needs: Readonly<Record<string, NeedScore>>;
  /** Sub-areas in the `met` band. */
  readonly strengths: readonly string[];
  readonly borderline: readonly string[];
  /** Sub-areas in the `concern` band. */
  readonly concerns: readonly string[];
  readonly notScored: readonly string[];
  readonly unrated: readonly string[];
  readonly completeness: Completeness;
}

/** One Star area's result: its reading and the Journey of Change stage it falls in. */
export interface StarAreaScore {
  readonly reading: number | null;
  readonly stage: string | null;
  readonly status: RatingStatus;
}

/** The score of a Star reading. */
export interface StarScore extends ScoreHeader {
  readonly family: 'star';
  readonly areas: Readonly<Record<string, StarAreaScore>>;
  readonly notScored: readonly string[];
  readonly unrated: readonly string[];
  readonly completeness: Completeness;
}

/** The score of an assessment; `family` tells which. */
export type AssessmentScore = GcpScore | StarScore;
