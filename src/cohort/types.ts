/**
 * What cohort statistics take and return (design §6). Every result is plain,
 * JSON-serialisable data: counts, rates and shares, never `NaN` or `undefined`.
 *
 * @module
 */
import type { ChildRecord } from '../contract/types.js';

/** The direction of a child's change in one area between baseline and latest assessment. */
export type ProgressDirection = 'improved' | 'unchanged' | 'deteriorated';

/**
 * The three directions, in the order results list them.
 *
 * @example
 * ```ts
 * PROGRESS_DIRECTIONS; // ['improved', 'unchanged', 'deteriorated']
 * ```
 */
export const PROGRESS_DIRECTIONS: readonly ProgressDirection[] = Object.freeze(['improved', 'unchanged', 'deteriorated']);

/**
 * One child's contribution to a cohort: where the child sits on the continuum, the need types
 * at concern in the latest assessment, and (optionally) each area's direction of change
 * between the baseline and the latest assessment.
 */
export interface CohortRecord {
  readonly child: ChildRecord;
  /** The child's continuum level, e.g. `early-help`. */
  readonly level: string;
  /** Need types at concern in the latest assessment (each at most once). */
  readonly needsAtConcern: readonly string[];
  /** Per area, baseline → latest. */
  readonly progress?: Readonly<Record<string, ProgressDirection>>;
}

/** A child field to group by: `locality`, `attributes.<name>`, or a function of the child. */
export type CohortGroupBy = 'locality' | `attributes.${string}` | ((child: ChildRecord) => string);

/**
 * Disclosure control: `'none'` (the library's default), `'dfe'` (counts 1–5 shown as `c`
 * with secondary suppression, as DfE's Children in Need statistics), or the DfE rule with
 * totals rounded to the nearest 10.
 */
export type CohortSuppression = 'none' | 'dfe' | { readonly method: 'dfe'; readonly roundTotals?: boolean };

/** Options of {@link summariseCohort}. */
export interface CohortOptions {
  /**
   * The number of children the rates are per: a number for the whole area, or, with
   * `groupBy`, a record of group → number of children (every group needs one).
   */
  readonly population: number | Readonly<Record<string, number>>;
  readonly groupBy?: CohortGroupBy;
  readonly suppression?: CohortSuppression;
  /** The order of continuum levels in the output; every record's level must be listed. Default: order of first appearance. */
  readonly levels?: readonly string[];
  /** The order of need types in the output; every need type must be listed. Default: order of first appearance. */
  readonly needTypes?: readonly string[];
}

/** The suppression marker of DfE and the GSS guidance: a count from 1 to 5, or one that would reveal one. */
export type Suppressed = 'c';

/** A count as published: the number, or `'c'` when suppressed. `0` is always a true zero. */
export type CohortCount = number | Suppressed;

/** A count of children and its rate per 10,000 of the group's population (one decimal place). */
export interface CohortFigure {
  readonly count: CohortCount;
  readonly ratePer10k: number | Suppressed;
}

/** A count of children and its share (percent, one decimal place) of those measured in the area. */
export interface CohortShare {
  readonly count: CohortCount;
  /** `null` when no child of the group was measured in the area (a share of nobody). */
  readonly percent: number | Suppressed | null;
}

/** One area's progress in a group: how many children were measured, and how they moved. */
export interface CohortProgress {
  /** Children with a direction for this area. */
  readonly children: CohortCount;
  readonly improved: CohortShare;
  readonly unchanged: CohortShare;
  readonly deteriorated: CohortShare;
  /** Present, saying why, when no child was measured and the shares are `null`. */
  readonly note?: string;
}

/** The figures of one group (or of the whole area). Records are keyed in the summary's orders. */
export interface CohortGroupSummary {
  /** The group's value, or `'total'` for the whole area. */
  readonly group: string;
  readonly population: number;
  /** Children in the group. */
  readonly children: CohortCount;
  readonly levels: Readonly<Record<string, CohortFigure>>;
  readonly needsAtConcern: Readonly<Record<string, CohortFigure>>;
  readonly progress: Readonly<Record<string, CohortProgress>>;
}

/** The result of {@link summariseCohort}. */
export interface CohortSummary {
  /** `'locality'`, `'attributes.<name>'`, `'function'`, or `null` when not grouped. */
  readonly groupBy: string | null;
  readonly suppression: { readonly method: 'none' } | { readonly method: 'dfe'; readonly roundTotals: boolean };
  /** Row orders of the records below. */
  readonly levels: readonly string[];
  readonly needTypes: readonly string[];
  readonly areas: readonly string[];
  readonly total: CohortGroupSummary;
  /** One per group, in the order of the population record; empty when not grouped. */
  readonly groups: readonly CohortGroupSummary[];
}
