import { describe, expect, it } from 'vitest';
import {
  assessmentJsonSchema,
  cohenKappa,
  cohortRecordOf,
  compareAssessments,
  compareWithReference,
  definePolicy,
  distanceTravelled,
  explainScore,
  fleissKappa,
  getInstrument,
  OptionsError,
  parseAssessment,
  placeOnContinuum,
  referencePolicy,
  safeParseAssessment,
  scoreAssessment,
  trackProgress,
  type Assessment,
} from '../../src/index.js';
import { catchError } from '../support/errors.js';
import { gcp2, star } from '../support/assessments.js';

const a = gcp2() as unknown as Assessment;
const history = [a];
const score = () => scoreAssessment(a);

// Each function with the names it takes, called with a misspelt one beside them. A misspelt
// name used to be ignored, leaving its default in place without a word.
const cases: [string, (extra: Record<string, unknown>) => unknown, string][] = [
  ['getInstrument', (o) => getInstrument('gcp2', o), 'instruments'],
  ['parseAssessment', (o) => parseAssessment(a, o), 'instruments'],
  ['safeParseAssessment', (o) => safeParseAssessment(a, o), 'instruments'],
  ['assessmentJsonSchema', (o) => assessmentJsonSchema(o), 'instrument, instruments'],
  ['scoreAssessment', (o) => scoreAssessment(a, o), 'instruments, aggregation, bands, needs'],
  ['explainScore', (o) => explainScore(score(), { area: 'physical' }, o), 'instruments'],
  ['compareAssessments', (o) => compareAssessments(a, a, o), 'instruments, aggregation, bands, needs'],
  ['trackProgress', (o) => trackProgress(history, o), 'instruments, aggregation, bands, needs, asOf, driftReviews, reviewIntervalDays, persistenceDays'],
  ['distanceTravelled', (o) => distanceTravelled([[star() as unknown as Assessment]], o), 'baseline, instruments'],
  ['placeOnContinuum', (o) => placeOnContinuum(history, o), 'instruments, policy, asOf'],
  ['definePolicy', (o) => definePolicy(referencePolicy, o), 'instruments'],
  ['cohortRecordOf', (o) => cohortRecordOf(history, { asOf: '2025-07-01', ...o }), 'asOf, policy, instruments'],
  ['cohenKappa', (o) => cohenKappa([1, 2], [1, 2], { weights: 'none', ...o }), 'weights, categories, scale'],
  ['fleissKappa', (o) => fleissKappa([[1, 2], [2, 2]], o), 'categories, scale'],
  ['compareWithReference', (o) => compareWithReference(a, a, o), 'instruments, aggregation, bands, needs, weights'],
];

describe('every function refuses an option it does not take', () => {
  for (const [name, call, names] of cases) {
    it(name, () => {
      const error = catchError(() => call({ categoreis: [1, 2] })) as OptionsError;
      expect(error).toBeInstanceOf(OptionsError);
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['categoreis'], expected: `one of the options this function takes (${names})`, received: 'the unknown option "categoreis"' }),
      ]);
      // A name whose value is undefined is absent, as in JSON; the call then goes through.
      expect(() => call({ categoreis: undefined })).not.toThrow();
    });
  }

  it('names every unknown option at once', () => {
    const error = catchError(() => placeOnContinuum(history, { asof: '2025-07-01', persistenceDays: 60 } as never)) as OptionsError;
    expect(error.issues.map((i) => i.path)).toEqual([['asof'], ['persistenceDays']]);
  });
});
