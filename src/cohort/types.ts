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
  /** The child as the assessment records it; its `id` is counted once, its fields (`locality`, `attributes`) group it. */
  readonly child: ChildRecord;
  /** The child's continuum level, e.g. `early-help`. */
  readonly level: string;
  /** Need types at concern in the latest assessment (each at most once). */
  readonly needsAtConcern: readonly string[];
  /** Per area, baseline → latest. */
  readonly progress?: Readonly<Record<string, ProgressDirection>> | undefined;
}

/** A child field to group by: `locality`, `attributes.<name>`, or a function of the child. */
export type CohortGroupBy = 'locality' | `attributes.${string}` | ((child: ChildRecord) => string);

/**
 * Disclosure control: `'none'` (the library's default), `'dfe'` (counts 1–5 shown as `c`
 * with secondary suppression, as DfE's Children in Need statistics), or the DfE rule with
 * totals rounded to the nearest 10.
 */
export type CohortSuppression =
  | 'none'
  | 'dfe'
  | {
      /** The DfE rule, as `'dfe'`. */
      readonly method: 'dfe';
      /** Also round totals to the nearest 10, halves up (default `false`); a rounded count's rate and share are then of the rounded figures. */
      readonly roundTotals?: boolean | undefined;
    };

/** Options of {@link summariseCohort}. */
export interface CohortOptions {
  /**
   * The number of children the rates are per: a whole number (≥ 1) for the whole area, or,
   * with `groupBy`, a record of group → whole number of children (every group needs one).
   */
  readonly population: number | Readonly<Record<string, number>>;
  /** The child field that splits the cohort into groups, each with its own population; none by default. */
  readonly groupBy?: CohortGroupBy | undefined;
  /** Disclosure control; `'none'` by default in the library (the CLI suppresses by default). */
  readonly suppression?: CohortSuppression | undefined;
  /** The order of continuum levels in the output; every record's level must be listed. Default: order of first appearance. */
  readonly levels?: readonly string[] | undefined;
  /** The order of need types in the output; every need type must be listed. Default: order of first appearance. */
  readonly needTypes?: readonly string[] | undefined;
}

/** The suppression marker of DfE and the GSS guidance: a count from 1 to 5, or one that would reveal one. */
export type Suppressed = 'c';

/** A count as published: the number, or `'c'` when suppressed. `0` is always a true zero. */
export type CohortCount = number | Suppressed;

/** A count of children and its rate per 10,000 of the group's population (one decimal place). */
export interface CohortFigure {
  /** The number of children, or `'c'` when suppressed. */
  readonly count: CohortCount;
  /** The count as published per 10,000 of the group's population, one decimal place (of the rounded count when it is rounded); `'c'` when the count is suppressed. */
  readonly ratePer10k: number | Suppressed;
}

/** A count of children and its share (percent, one decimal place) of those measured in the area. */
export interface CohortShare {
  /** The number of children who moved this way, or `'c'` when suppressed. */
  readonly count: CohortCount;
  /** `null` when no child of the group was measured in the area (a share of nobody). */
  readonly percent: number | Suppressed | null;
}

/** One area's progress in a group: how many children were measured, and how they moved. */
export interface CohortProgress {
  /** Children with a direction for this area. */
  readonly children: CohortCount;
  /** Children whose area grade (or Star reading) got better between baseline and latest. */
  readonly improved: CohortShare;
  /** Children whose area grade (or Star reading) stayed the same. */
  readonly unchanged: CohortShare;
  /** Children whose area grade (or Star reading) got worse. */
  readonly deteriorated: CohortShare;
  /** Present, saying why, when no child was measured and the shares are `null`. */
  readonly note?: string;
}

/** The figures of one group (or of the whole area). Records are keyed in the summary's orders. */
export interface CohortGroupSummary {
  /** The group's value, or `'total'` for the whole area. */
  readonly group: string;
  /** The number of children the group's rates are per (for the whole area, the sum of the groups'). */
  readonly population: number;
  /** Children in the group. */
  readonly children: CohortCount;
  /** Per continuum level (in the summary's `levels` order), the children placed there. */
  readonly levels: Readonly<Record<string, CohortFigure>>;
  /** Per need type (in the summary's `needTypes` order), the children with that need at concern in their latest assessment. */
  readonly needsAtConcern: Readonly<Record<string, CohortFigure>>;
  /** Per area (in the summary's `areas` order), how the children measured there moved from baseline to latest. */
  readonly progress: Readonly<Record<string, CohortProgress>>;
}

/** The result of {@link summariseCohort}. */
export interface CohortSummary {
  /** `'locality'`, `'attributes.<name>'`, `'function'`, or `null` when not grouped. */
  readonly groupBy: string | null;
  /** The disclosure control applied to every figure. */
  readonly suppression:
    | {
        /** No disclosure control: every count is exact. */
        readonly method: 'none';
      }
    | {
        /** DfE's rule: counts 1–5 and those that would reveal them are `'c'`. */
        readonly method: 'dfe';
        /** Whether totals were rounded to the nearest 10. */
        readonly roundTotals: boolean;
      };
  /** The order of the continuum levels in every group's `levels`. */
  readonly levels: readonly string[];
  /** The order of the need types in every group's `needsAtConcern`. */
  readonly needTypes: readonly string[];
  /** The order of the areas in every group's `progress`, as they first appeared in the records. */
  readonly areas: readonly string[];
  /** The figures of the whole area. */
  readonly total: CohortGroupSummary;
  /** One per group, in the order of the population record's keys as JavaScript lists them (names that are whole numbers, such as `'10'`, first, in numeric order); empty when not grouped. */
  readonly groups: readonly CohortGroupSummary[];
}
