/**
 * graded-care: Graded Care Profile and Outcome Star scoring, progress tracking and
 * neglect-continuum placement under a local threshold policy. Pure and browser-safe.
 *
 * @module graded-care
 */

export {
  AssessmentError,
  formatPath,
  GradedCareError,
  InstrumentError,
  type Issue,
  type IssuePath,
  OperationError,
  type OperationErrorCode,
  OptionsError,
  PolicyError,
  ValidationError,
} from './errors.js';

export { defineInstrument } from './instruments/define.js';
export { builtinInstruments, getInstrument, type InstrumentOptions } from './instruments/registry.js';
export type * from './instruments/types.js';
export { AGGREGATION_RULES } from './instruments/types.js';

export { parseAssessment, safeParseAssessment, type ParseOptions } from './contract/parse.js';
export { assessmentJsonSchema, type JsonSchema, type JsonSchemaOptions } from './contract/json-schema.js';
export type * from './contract/types.js';
export { ASSESSMENT_KINDS } from './contract/types.js';

export { scoreAssessment, type ScoreOptions } from './score/score.js';
export { explainScore, type ExplainTarget, type Explanation, type ExplanationInput } from './score/explain.js';
export type { ScoringOptions } from './score/plan.js';
export type * from './score/types.js';

export { compareAssessments, type CompareOptions } from './progress/compare.js';
export { trackProgress, type TrackOptions } from './progress/track.js';
export { distanceTravelled, type DistanceOptions } from './progress/distance.js';
export type * from './progress/types.js';

export { placeOnContinuum, type PlaceOptions } from './continuum/place.js';
export { definePolicy } from './continuum/define-policy.js';
export { referencePolicy } from './continuum/reference-policy.js';
export type * from './continuum/types.js';

// ---------------------------------------------------------------- agreement (design §7)

export {
  cohenKappa,
  type CohenKappaFields,
  type CohenKappaOptions,
  type CohenKappaResult,
  type KappaInterval,
  KAPPA_WEIGHTS,
  type KappaWeights,
} from './agreement/cohen-kappa.js';
export { fleissKappa, type FleissCategoryKappa, type FleissKappaFields, type FleissKappaOptions, type FleissKappaResult } from './agreement/fleiss-kappa.js';
export type { CategoryOptions } from './agreement/categories.js';
export {
  compareWithReference,
  type CompareWithReferenceOptions,
  type FeedbackSummary,
  type GradingDirection,
  type ReferenceComparison,
  type SubAreaFeedback,
} from './agreement/compare-with-reference.js';

// ---------------------------------------------------------------- cohort (design §6)
export { ratePer10k } from './cohort/rate.js';
export { suppressTable, type SuppressedTable, type SuppressTableOptions } from './cohort/suppression.js';
export { createCohortSummariser, summariseCohort, type CohortSummariser } from './cohort/summarise.js';
export { cohortRecordOf, type CohortRecordOptions } from './cohort/record.js';
export type * from './cohort/types.js';
export { PROGRESS_DIRECTIONS } from './cohort/types.js';
