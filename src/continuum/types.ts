/**
 * Threshold policies and placements on the neglect continuum (design §4).
 *
 * @module
 */
import type { Band, Bands } from '../instruments/types.js';
import type { AssessmentRef, ConcernEvidence } from '../progress/types.js';

/** The rules a policy can order. Each names a fixed test; the policy sets its level and numbers. */
export type RuleId = 'immediate-safety' | 'definition-2' | 'definition-2-partial' | 'definition-1' | 'borderline' | 'needs-met';

/** A continuum level: its id, a title, and the days to its next review (`null`: none). */
export interface PolicyLevel {
  readonly id: string;
  readonly title: string;
  readonly reviewIntervalDays: number | null;
}

/** One rule of a policy, in firing order. */
export interface PolicyRule {
  readonly id: RuleId;
  /** The level a child is placed at when this rule is the first to fire. */
  readonly level: string;
  /** Whether the placement is urgent when this rule fires. */
  readonly urgent?: boolean;
  /** `immediate-safety` only: the need types it watches (reference: supervisory). */
  readonly needTypes?: readonly string[];
  /** `immediate-safety` only: the grade at or beyond which it fires (reference: 5). */
  readonly grade?: number;
}

/**
 * A threshold policy as plain data. Every number a local partnership might set is a field;
 * pass it to {@link definePolicy} to validate it.
 */
export interface ThresholdPolicyDefinition {
  readonly id: string;
  readonly version: string;
  readonly title?: string;
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
  /** A child younger than this many whole calendar months is pre-mobile (unless flagged `mobile`). */
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
export type ThresholdPolicy = ThresholdPolicyDefinition & { readonly title: string };

/** A need type at concern in the latest assessment, with the sub-areas at concern under it. */
export interface NeedAtConcern {
  readonly needType: string;
  readonly grade: number;
  readonly subAreas: readonly string[];
}

/** A persistent need type with the assessments that show it. */
export interface PersistentNeed {
  readonly needType: string;
  readonly since: string;
  readonly spanDays: number;
  /** Latest first. */
  readonly evidence: readonly ConcernEvidence[];
}

/** Why serious impairment is likely. */
export type SeriousImpairmentReason =
  | { readonly reason: 'grade'; readonly grade: number; readonly needTypes: readonly string[] }
  | { readonly reason: 'areas'; readonly minAreas: number; readonly areas: readonly string[] }
  | { readonly reason: 'high-risk'; readonly groups: readonly string[]; readonly needTypes: readonly string[] };

/** A high-risk group the child is in, and how that was established. */
export interface HighRiskGroup {
  readonly group: string;
  /** `flag`: the child record carries the flag; `age`: pre-mobile by date of birth. */
  readonly how: 'flag' | 'age';
  /** In words, e.g. `5 whole months old on 2025-08-11 (born 2025-02-20), under 9`. */
  readonly detail: string;
}

/** Working Definition 1 (Early Help), element by element. */
export interface EarlyHelpDefinition {
  readonly met: boolean;
  readonly needsAtConcern: readonly NeedAtConcern[];
}

/** Working Definition 2 (Safeguarding and Child Protection), element by element. */
export interface SafeguardingDefinition {
  readonly met: boolean;
  readonly persistent: readonly PersistentNeed[];
  readonly seriousImpairmentLikely: boolean;
  readonly seriousImpairmentReasons: readonly SeriousImpairmentReason[];
  readonly highRiskGroups: readonly HighRiskGroup[];
}

/** The result of {@link placeOnContinuum}. */
export interface Placement {
  readonly childId: string;
  /** A level id from the policy's list. */
  readonly level: string;
  readonly levelTitle: string;
  /** The id of the first rule that fired, from the policy's list. */
  readonly rule: RuleId;
  readonly urgent: boolean;
  readonly policy: { readonly id: string; readonly version: string };
  readonly asOf: string | null;
  /** The assessment the placement rests on. */
  readonly latest: AssessmentRef & { readonly instrument: { readonly id: string; readonly edition: string } };
  /** GCP-family assessments used, oldest first. */
  readonly assessments: readonly AssessmentRef[];
  /** Star readings in the history, not used: Stars measure family progress, not neglect. */
  readonly ignored: readonly AssessmentRef[];
  /** Each need type's grade and band in the latest assessment. */
  readonly needs: Readonly<Record<string, { readonly grade: number | null; readonly band: Band | null }>>;
  /** Need types with no scored sub-area in the latest assessment. */
  readonly notAssessed: readonly string[];
  readonly definitions: {
    readonly earlyHelp: EarlyHelpDefinition;
    readonly safeguarding: SafeguardingDefinition;
  };
  /** Every rule in policy order, and whether it fired. */
  readonly rules: readonly { readonly id: RuleId; readonly level: string; readonly fired: boolean }[];
  /** The latest assessment's date plus the level's review interval; `null` when the level has none. */
  readonly nextReviewDue: string | null;
  /** Whether `asOf` is after `nextReviewDue`; `false` when no review is due; `null` without `asOf`. */
  readonly overdue: boolean | null;
  /** Short lines, each citing its rule or definition and the assessment ids. */
  readonly explanation: readonly string[];
}
