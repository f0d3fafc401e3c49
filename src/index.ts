/**
 * graded-care: Graded Care Profile and Outcome Star scoring, progress tracking and
 * neglect-continuum placement under a local threshold policy. Pure and browser-safe.
 *
 * @packageDocumentation
 */

export {
  AssessmentError,
  formatPath,
  GradedCareError,
  InstrumentError,
  type Issue,
  type IssuePath,
  OperationError,
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

// ---------------------------------------------------------------- cohort (design §6)
export { ratePer10k } from './cohort/rate.js';
export { suppressTable, type SuppressedTable, type SuppressTableOptions } from './cohort/suppression.js';
export { createCohortSummariser, summariseCohort, type CohortSummariser } from './cohort/summarise.js';
export type * from './cohort/types.js';
export { PROGRESS_DIRECTIONS } from './cohort/types.js';
