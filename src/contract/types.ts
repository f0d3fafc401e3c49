/**
 * The assessment data contract (design §3), `schemaVersion: 1`.
 *
 * @module
 */

/**
 * A practitioner's rating: a whole grade, `"not-scored"`, or either with a note.
 *
 * @example
 * ```ts
 * const ratings: Record<string, Rating> = {
 *   'physical.nutrition': 4,
 *   'safety.in-absence': { grade: 3, note: 'left with a 12-year-old sibling' },
 *   'safety.online': 'not-scored',
 *   'emotional.responsiveness': { grade: 'not-scored', note: 'asleep during the visit' },
 * };
 * ```
 */
export type Rating = number | 'not-scored' | RatingWithNote;

/** A rating with a practitioner's note. */
export interface RatingWithNote {
  /** A whole grade on the instrument's scale, or `"not-scored"`. */
  readonly grade: number | 'not-scored';
  /** The practitioner's note (up to 2,000 characters); kept on the assessment, never copied into scores. */
  readonly note?: string | undefined;
}

/** Where an assessment sits in the plan's life. */
export type AssessmentKind = 'baseline' | 'review' | 'closure';

/**
 * The kinds, in plan order.
 *
 * @example
 * ```ts
 * ASSESSMENT_KINDS; // ['baseline', 'review', 'closure']
 * ```
 */
export const ASSESSMENT_KINDS: readonly AssessmentKind[] = Object.freeze(['baseline', 'review', 'closure']);

/**
 * The child an assessment is about. `flags` holds `disabled`, `runaway`, `pre-mobile`,
 * `mobile` and free-form others; `attributes` holds further fields to group cohorts by.
 */
export interface ChildRecord {
  /** The child's id in your case system (1–100 characters). */
  readonly id: string;
  /** `YYYY-MM-DD`; needed to tell whether a baby is pre-mobile. */
  readonly dateOfBirth?: string | undefined;
  /** `disabled`, `runaway`, `pre-mobile`, `mobile`, or your own (at most 20, each ≤ 50 characters). */
  readonly flags?: readonly string[] | undefined;
  /** Where the child lives, for cohort figures (1–100 characters). */
  readonly locality?: string | undefined;
  /** Further fields to group cohorts by, e.g. `{ "ward": "North" }`. */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
}

/**
 * One assessment of one child with one instrument, as a case system sends it.
 * `ratings` keys are sub-area ids (`physical.nutrition`), item ids
 * (`area.subArea.item`) for instruments with items, or Star area ids. Its text (ids, flags,
 * attribute values, notes) is well-formed: a lone surrogate (`'\ud800'`) is refused.
 *
 * @example
 * ```ts
 * const assessment: Assessment = {
 *   schemaVersion: 1,
 *   id: 'A-0001',
 *   instrument: 'gcp2',
 *   child: { id: 'C-17', dateOfBirth: '2025-01-15', flags: ['disabled'], locality: 'Central' },
 *   assessedOn: '2025-06-02',
 *   kind: 'baseline',
 *   assessor: 'HV-12',
 *   ratings: { 'physical.nutrition': 4, 'safety.in-absence': { grade: 3, note: 'see the case notes' }, 'safety.online': 'not-scored' },
 *   areaGrades: { physical: 4 },
 * };
 * ```
 */
export interface Assessment {
  /** Always `1`: the version of this contract. */
  readonly schemaVersion: 1;
  /** The assessment's id, unique within a child's history. */
  readonly id: string;
  /** The instrument id: `gcp`, `gcp2`, `family-star-plus`, or one of your own. */
  readonly instrument: string;
  /** The child assessed. */
  readonly child: ChildRecord;
  /** `YYYY-MM-DD`, a calendar date. */
  readonly assessedOn: string;
  /** Baseline, review or closure (informational; the baseline is always the earliest). */
  readonly kind?: AssessmentKind | undefined;
  /** Who assessed, as your case system names them. */
  readonly assessor?: string | undefined;
  /** Rating per sub-area, item or Star area id; unrated ones are simply absent. */
  readonly ratings: Readonly<Record<string, Rating>>;
  /** The practitioner's own area grades (GCP family), kept beside the derived ones. */
  readonly areaGrades?: Readonly<Record<string, number>> | undefined;
}

/** The result of {@link safeParseAssessment}. */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The validated, frozen copy. */
      readonly data: T;
    }
  | {
      /** The input is invalid. */
      readonly success: false;
      /** Every problem found, each with its path. */
      readonly issues: readonly import('../errors.js').Issue[];
    };
