/**
 * What the progress layer returns: plain, JSON-serialisable data.
 *
 * @module
 */
import type { InstrumentFamily } from '../instruments/types.js';

/** How a grade moved, in the instrument's own sense of better (GCP: lower; Stars: higher). */
export type ChangeDirection = 'improved' | 'unchanged' | 'deteriorated';

/**
 * One value before and after. `change` is `to - from` in the scale's own units, and
 * `direction` says whether that is better; both are `null` when either side has no grade.
 */
export interface GradeChange {
  /** The earlier grade, or `null`. */
  readonly from: number | null;
  /** The later grade, or `null`. */
  readonly to: number | null;
  /** `to − from`, or `null` unless both are graded. */
  readonly change: number | null;
  /** Better, the same or worse in the instrument's sense; `null` unless both are graded. */
  readonly direction: ChangeDirection | null;
}

/** A Star area's move: the reading's change and the Journey of Change stages either side. */
export interface StageChange extends GradeChange {
  /** The stage of the earlier reading, or `null`. */
  readonly fromStage: string | null;
  /** The stage of the later reading, or `null`. */
  readonly toStage: string | null;
  /** Stages moved: positive is forward along the journey, negative back. */
  readonly stageMove: number | null;
}

/** Counts of directions over the rated units (sub-areas, or Star areas). */
export interface ChangeSummary {
  /** Units graded better later. */
  readonly improved: number;
  /** Units graded the same. */
  readonly unchanged: number;
  /** Units graded worse later. */
  readonly deteriorated: number;
  /** Units without a grade on one side or both. */
  readonly notComparable: number;
}

/** Names one assessment of a pair or a timeline. */
export interface AssessmentRef {
  /** The assessment's `id`. */
  readonly assessmentId: string;
  /** Its date, `YYYY-MM-DD`. */
  readonly assessedOn: string;
}

/** The result of {@link compareAssessments}. */
export interface Comparison {
  /** The child both assessments are of. */
  readonly childId: string;
  /** The instrument both used. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** Its edition. */
    readonly edition: string;
  };
  /** `gcp` or `star`. */
  readonly family: InstrumentFamily;
  /** The earlier assessment. */
  readonly earlier: AssessmentRef;
  /** The later assessment. */
  readonly later: AssessmentRef;
  /** Calendar days from the earlier to the later date. */
  readonly daysBetween: number;
  /** GCP family: per sub-area. Empty for Stars. */
  readonly subAreas: Readonly<Record<string, GradeChange>>;
  /** GCP family: derived area grades. Stars: readings with stages. */
  readonly areas: Readonly<Record<string, GradeChange | StageChange>>;
  /** GCP family: need-type grades. Empty for Stars. */
  readonly needs: Readonly<Record<string, GradeChange>>;
  /** Directions counted over the sub-areas (GCP) or Star areas. */
  readonly summary: ChangeSummary;
}

/** One assessment on a timeline. */
export interface TimelineEntry extends AssessmentRef {
  /** The assessment's `kind` (baseline, review, closure), or `null` when not given. */
  readonly kind: string | null;
  /** Days since the previous assessment; `null` for the first. */
  readonly daysSincePrevious: number | null;
  /** Derived area grades (GCP) or readings (Stars). */
  readonly areas: Readonly<Record<string, number | null>>;
  /** Need-type grades (GCP family); empty for Stars. */
  readonly needs: Readonly<Record<string, number | null>>;
}

/** How an area moved over the whole timeline. */
export type Trend = 'improving' | 'deteriorating' | 'stable' | 'mixed' | 'insufficient';

/** One area's course: its grade at each assessment and the trend they make. */
export interface AreaTrend {
  /** Aligned with the timeline; `null` where the area had no grade. */
  readonly grades: readonly (number | null)[];
  /**
   * `insufficient` with fewer than two grades, or grades of one day only (no time passed);
   * `stable` when all are equal; `improving` when no step is worse and one is better;
   * `deteriorating` the reverse; otherwise `mixed`.
   */
  readonly trend: Trend;
  /** First graded → last graded (no change while the trend is `insufficient`). */
  readonly change: GradeChange;
}

/** One assessment that shows a need at concern. */
export interface ConcernEvidence extends AssessmentRef {
  /** The need type's grade in that assessment. */
  readonly grade: number;
}

/** Whether a need type is persistent (design §4), with the evidence. */
export interface NeedPersistence {
  /** Whether the need type is at concern in the latest assessment. */
  readonly atConcernInLatest: boolean;
  /** Whether the run of concern spans at least `persistenceDays`. */
  readonly persistent: boolean;
  /**
   * The assessments of the unbroken run of concern that ends at the latest assessment
   * (walking back, a `met` assessment breaks the run; borderline or unassessed ones do
   * not), latest first. Empty when the need is not at concern in the latest.
   */
  readonly evidence: readonly ConcernEvidence[];
  /** The earliest date of that run, or `null`. */
  readonly since: string | null;
  /** Days from `since` to the latest assessment, or `null`. */
  readonly spanDays: number | null;
}

/** "No improvement since baseline after N reviews". */
export interface Drift {
  /**
   * Whether the child is drifting: no improvement after `driftReviews` reviews, with
   * something to improve (not met, or not at the top of a Star, at baseline or in the latest)
   * and something compared (a need type, or Star area, assessed at baseline and in the latest).
   */
  readonly drifting: boolean;
  /** Days after the baseline's day with an assessment: several assessments of one day are one review. */
  readonly reviews: number;
  /** The threshold: reviews after which no improvement counts as drift. */
  readonly driftReviews: number;
  /** Need types (GCP) or Star areas better in the latest than at baseline (none while the latest is of the baseline's day). */
  readonly improvedSinceBaseline: readonly string[];
  /** Why, in one phrase (e.g. `improved since baseline: nutritional`). */
  readonly reason: string;
}

/** The result of {@link trackProgress}. */
export interface ProgressReport {
  /** The child tracked. */
  readonly childId: string;
  /** The instrument of the history. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** Its edition. */
    readonly edition: string;
  };
  /** `gcp` or `star`. */
  readonly family: InstrumentFamily;
  /** The `asOf` date given, or `null`. */
  readonly asOf: string | null;
  /** Every assessment, oldest first. */
  readonly timeline: readonly TimelineEntry[];
  /** The earliest assessment, whatever its `kind`. */
  readonly baseline: AssessmentRef;
  /** The latest assessment. */
  readonly latest: AssessmentRef;
  /**
   * Baseline → latest; `null` for a history of one assessment, or when the baseline and the
   * latest are of one day (no time passed, and which is the baseline would rest on their ids).
   */
  readonly change: Comparison | null;
  /** Per area (GCP) or Star area: its course over the timeline. */
  readonly trends: Readonly<Record<string, AreaTrend>>;
  /** GCP family: per need type; empty for Stars. */
  readonly persistence: Readonly<Record<string, NeedPersistence>>;
  /** "No improvement since baseline after N reviews". */
  readonly drift: Drift;
  /** The latest assessment's date plus the review interval. */
  readonly nextReviewDue: string;
  /** Whether `asOf` is after `nextReviewDue`; `null` without `asOf`. */
  readonly overdue: boolean | null;
  /** Days `asOf` is past `nextReviewDue` (0 when not overdue); `null` without `asOf`. */
  readonly daysOverdue: number | null;
}

/** Movement counts with their share of the families measured. */
export interface Movement {
  /** How many families. */
  readonly count: number;
  /** Percentage to one decimal place; `null` when no family was measured. */
  readonly percent: number | null;
}

/** One Star area across many families (Star Online's distance-travelled report). */
export interface AreaDistance {
  /** Families with a baseline and a reading of a later day in this area. */
  readonly measured: number;
  /** Means of readings, to two decimal places; `null` when nothing was measured. */
  readonly averageBaseline: number | null;
  /** Mean latest reading, to two decimal places; `null` when nothing was measured. */
  readonly averageLatest: number | null;
  /** Mean of latest − baseline, to two decimal places; `null` when nothing was measured. */
  readonly averageChange: number | null;
  /**
   * Mean rise of the reading among families whose reading rose (on a Star where higher is
   * better, those that moved forward); `null` if none did. Rise and fall are of the number,
   * as in Star Online's report; `forward` and `back` follow the Star's direction.
   */
  readonly averageIncrease: number | null;
  /** Mean fall of the reading (a negative number) among families whose reading fell; `null` if none did. */
  readonly averageDecrease: number | null;
  /** Families whose latest reading is better than their baseline. */
  readonly forward: Movement;
  /** Families whose latest reading equals their baseline. */
  readonly same: Movement;
  /** Families whose latest reading is worse than their baseline. */
  readonly back: Movement;
  /** Families per stage at the baseline and at the latest reading (those measured). */
  readonly stagesAtBaseline: Readonly<Record<string, number>>;
  /** Families per stage at the latest reading (those measured). */
  readonly stagesAtLatest: Readonly<Record<string, number>>;
}

/** The result of {@link distanceTravelled}. */
export interface DistanceReport {
  /** The Star edition of every history. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** Its edition. */
    readonly edition: string;
  };
  /** The baseline rule used. */
  readonly baseline: 'first' | 'lower-of-first-two';
  /** Histories given. */
  readonly families: number;
  /** Families with readings of at least two days (readings of one day measure no distance). */
  readonly withChange: number;
  /** Per Star area, by id. */
  readonly areas: Readonly<Record<string, AreaDistance>>;
}
