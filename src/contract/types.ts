/**
 * The assessment data contract (design §3), `schemaVersion: 1`.
 *
 * @module
 */

/** A practitioner's rating: a whole grade, `"not-scored"`, or either with a note. */
export type Rating = number | 'not-scored' | RatingWithNote;

/** A rating with a practitioner's note. */
export interface RatingWithNote {
  readonly grade: number | 'not-scored';
  readonly note?: string;
}

/** Where an assessment sits in the plan's life. */
export type AssessmentKind = 'baseline' | 'review' | 'closure';

/** The kinds, in plan order. */
export const ASSESSMENT_KINDS: readonly AssessmentKind[] = Object.freeze(['baseline', 'review', 'closure']);

/**
 * The child an assessment is about. `flags` holds `disabled`, `runaway`, `pre-mobile`,
 * `mobile` and free-form others; `attributes` holds further fields to group cohorts by.
 */
export interface ChildRecord {
  readonly id: string;
  /** `YYYY-MM-DD`; needed to tell whether a baby is pre-mobile. */
  readonly dateOfBirth?: string;
  readonly flags?: readonly string[];
  readonly locality?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/**
 * One assessment of one child with one instrument, as a case system sends it.
 * `ratings` keys are sub-area ids (`physical.nutrition`), item ids
 * (`area.subArea.item`) for instruments with items, or Star area ids.
 */
export interface Assessment {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly instrument: string;
  readonly child: ChildRecord;
  /** `YYYY-MM-DD`, a calendar date. */
  readonly assessedOn: string;
  readonly kind?: AssessmentKind;
  readonly assessor?: string;
  readonly ratings: Readonly<Record<string, Rating>>;
  /** The practitioner's own area grades (GCP family), kept beside the derived ones. */
  readonly areaGrades?: Readonly<Record<string, number>>;
}

/** The result of {@link safeParseAssessment}. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly import('../errors.js').Issue[] };
