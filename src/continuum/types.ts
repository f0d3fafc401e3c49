/**
 * Threshold policies and placements on the neglect continuum (design §4).
 *
 * @module
 */
import type { Band, Bands } from '../instruments/types.js';
import type { AssessmentRef, ConcernEvidence } from '../progress/types.js';

/** The rules a policy can order. Each names a fixed test; the policy sets its level and numbers. */
export type RuleId = 'immediate-safety' | 'definition-2' | 'definition-2-partial' | 'definition-1' | 'borderline' | 'needs-met';

/**
 * A continuum level: its id, a title, and the days to its next review (`null`: none).
 *
 * @example
 * ```ts
 * const level: PolicyLevel = { id: 'additional-support', title: 'Additional support', reviewIntervalDays: 180 };
 * ```
 */
export interface PolicyLevel {
  /** A slug, e.g. `early-help`; placements report it as `level`. */
  readonly id: string;
  /** A name for people, e.g. `Early help`; placements report it as `levelTitle`. */
  readonly title: string;
  /** Days from the latest assessment to the next review at this level; `null` for no review. */
  readonly reviewIntervalDays: number | null;
}

/**
 * One rule of a policy, in firing order.
 *
 * @example
 * ```ts
 * const rule: PolicyRule = { id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['supervisory'], grade: 5 };
 * ```
 */
export interface PolicyRule {
  /** Which fixed test this rule is. */
  readonly id: RuleId;
  /** The level a child is placed at when this rule is the first to fire. */
  readonly level: string;
  /** Whether the placement is urgent when this rule fires. */
  readonly urgent?: boolean | undefined;
  /** `immediate-safety` only: the need types it watches (reference: supervisory). */
  readonly needTypes?: readonly string[] | undefined;
  /** `immediate-safety` only: the grade at or beyond which it fires (reference: 5). */
  readonly grade?: number | undefined;
}

/**
 * A threshold policy as plain data. Every number a local partnership might set is a field;
 * pass it to {@link definePolicy} to validate it.
 */
export interface ThresholdPolicyDefinition {
  /** The policy's id, cited by every placement, e.g. `reference-2016`. */
  readonly id: string;
  /** The policy's version, cited by every placement, e.g. `1.0.0`. */
  readonly version: string;
  /** A name for people (default: the `id`). */
  readonly title?: string | undefined;
  /** The levels, most intensive first. */
  readonly levels: readonly PolicyLevel[];
  /** GCP grade bands: what counts as met, borderline and concern. */
  readonly bands: Bands;
  /** Days a need must be at concern to be persistent. */
  readonly persistenceDays: number;
  /** Serious impairment is likely when concerns span at least this many areas. */
  readonly seriousImpairmentMinAreas: number;
  /** … or when any need type is at (or beyond) this grade. */
  readonly seriousImpairmentGrade: number;
  /**
   * A child younger than this many whole calendar months is pre-mobile (unless flagged
   * `mobile`). A month later is the same day of the month, or the month's last day when it
   * has no such day (born 2024-05-31: 9 months old on 2025-02-28).
   */
  readonly preMobileMonths: number;
  /**
   * High-risk groups, each established by a child flag of the same name; `pre-mobile` is
   * also established by age. Reference: disabled, runaway, pre-mobile.
   */
  readonly highRiskGroups: readonly string[];
  /** Per instrument id: sub-area id (or `area.*`) → need type. */
  readonly needs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The rules, in the order they are tried; the first that fires wins. The last must be `needs-met`. */
  readonly rules: readonly PolicyRule[];
}

/** A validated, frozen policy. */
export type ThresholdPolicy = ThresholdPolicyDefinition & {
  /** A name for people: the definition's `title`, or its `id` when it had none. */
  readonly title: string;
};

/** A need type at concern in the latest assessment, with the sub-areas at concern under it. */
export interface NeedAtConcern {
  /** The need type, e.g. `nutritional`. */
  readonly needType: string;
  /** Its grade in the latest assessment. */
  readonly grade: number;
  /** Its sub-areas at concern, e.g. `['physical.nutrition']`. */
  readonly subAreas: readonly string[];
}

/** A persistent need type with the assessments that show it. */
export interface PersistentNeed {
  /** The need type, e.g. `supervisory`. */
  readonly needType: string;
  /** The date of the earliest assessment of the unbroken run of concern. */
  readonly since: string;
  /** Days from `since` to the latest assessment (at least the policy's `persistenceDays`). */
  readonly spanDays: number;
  /** Latest first. */
  readonly evidence: readonly ConcernEvidence[];
}

/** Why serious impairment is likely. */
export type SeriousImpairmentReason =
  | {
      /** A need type at (or beyond) the policy's `seriousImpairmentGrade`. */
      readonly reason: 'grade';
      /** The policy's `seriousImpairmentGrade`. */
      readonly grade: number;
      /** The need types at or beyond it. */
      readonly needTypes: readonly string[];
    }
  | {
      /** Concerns span at least the policy's `seriousImpairmentMinAreas` areas. */
      readonly reason: 'areas';
      /** The policy's `seriousImpairmentMinAreas`. */
      readonly minAreas: number;
      /** The areas with a sub-area at concern. */
      readonly areas: readonly string[];
    }
  | {
      /** The child is in a high-risk group and some need type is at concern. */
      readonly reason: 'high-risk';
      /** The high-risk groups the child is in. */
      readonly groups: readonly string[];
      /** The need types at concern. */
      readonly needTypes: readonly string[];
    };

/** A high-risk group the child is in, and how that was established. */
export interface HighRiskGroup {
  /** The group, e.g. `pre-mobile`. */
  readonly group: string;
  /** `flag`: the child record carries the flag; `age`: pre-mobile by date of birth. */
  readonly how: 'flag' | 'age';
  /** In words, e.g. `5 whole months old on 2025-08-11 (born 2025-02-20), under 9`. */
  readonly detail: string;
}

/** Working Definition 1 (Early Help), element by element. */
export interface EarlyHelpDefinition {
  /** Whether any need type is at concern in the latest assessment. */
  readonly met: boolean;
  /** The need types at concern, with their sub-areas at concern. */
  readonly needsAtConcern: readonly NeedAtConcern[];
}

/** Working Definition 2 (Safeguarding and Child Protection), element by element. */
export interface SafeguardingDefinition {
  /** Whether some need type is persistent and serious impairment is likely. */
  readonly met: boolean;
  /** The persistent need types, with their evidence. */
  readonly persistent: readonly PersistentNeed[];
  /** Whether serious impairment is likely (any reason below). */
  readonly seriousImpairmentLikely: boolean;
  /** Why serious impairment is likely; empty when it is not. */
  readonly seriousImpairmentReasons: readonly SeriousImpairmentReason[];
  /** The high-risk groups the child is in, and how each was established. */
  readonly highRiskGroups: readonly HighRiskGroup[];
}

/** The result of {@link placeOnContinuum}. */
export interface Placement {
  /** The child placed. */
  readonly childId: string;
  /** A level id from the policy's list. */
  readonly level: string;
  /** The level's title, e.g. `Child in need`. */
  readonly levelTitle: string;
  /** The id of the first rule that fired, from the policy's list. */
  readonly rule: RuleId;
  /** Whether the rule that fired is marked urgent (reference: `immediate-safety`). */
  readonly urgent: boolean;
  /** The policy the placement was made under. */
  readonly policy: {
    /** The policy's id. */
    readonly id: string;
    /** The policy's version. */
    readonly version: string;
  };
  /** The `asOf` date given, or `null`. */
  readonly asOf: string | null;
  /** The assessment the placement rests on. */
  readonly latest: AssessmentRef & {
    /** The instrument of the latest assessment. */
    readonly instrument: {
      /** The instrument's id. */
      readonly id: string;
      /** Its edition. */
      readonly edition: string;
    };
  };
  /** GCP-family assessments used, oldest first. */
  readonly assessments: readonly AssessmentRef[];
  /** Star readings in the history, not used: Stars measure family progress, not neglect. */
  readonly ignored: readonly AssessmentRef[];
  /** Each need type's grade and band in the latest assessment. */
  readonly needs: Readonly<
    Record<
      string,
      {
        /** The need type's grade (the worst of its scored sub-areas), or `null`. */
        readonly grade: number | null;
        /** The grade's band under the policy, or `null`. */
        readonly band: Band | null;
      }
    >
  >;
  /** Need types with no scored sub-area in the latest assessment. */
  readonly notAssessed: readonly string[];
  /** Both working definitions, element by element. */
  readonly definitions: {
    /** Working Definition 1 (Early Help). */
    readonly earlyHelp: EarlyHelpDefinition;
    /** Working Definition 2 (Safeguarding and Child Protection). */
    readonly safeguarding: SafeguardingDefinition;
  };
  /** Every rule in policy order, and whether it fired. */
  readonly rules: readonly {
    /** The rule. */
    readonly id: RuleId;
    /** The level it places at. */
    readonly level: string;
    /** Whether its test holds for this history (rules after the first that fired are still tested). */
    readonly fired: boolean;
  }[];
  /** The latest assessment's date plus the level's review interval; `null` when the level has none. */
  readonly nextReviewDue: string | null;
  /** Whether `asOf` is after `nextReviewDue`; `false` when no review is due; `null` without `asOf`. */
  readonly overdue: boolean | null;
  /** Short lines, each citing its rule or definition and the assessment ids. */
  readonly explanation: readonly string[];
}
