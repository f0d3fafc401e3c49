import { describe, expect, expectTypeOf, it } from 'vitest';
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
  type CohenKappaOptions,
  type CohortOptions,
  type CohortRecordOptions,
  type CompareOptions,
  type CompareWithReferenceOptions,
  type DistanceOptions,
  type FleissKappaOptions,
  type InstrumentOptions,
  type JsonSchemaOptions,
  type ParseOptions,
  type PlaceOptions,
  type ScoreOptions,
  type SuppressTableOptions,
  type TrackOptions,
  createCohortSummariser,
  summariseCohort,
  suppressTable,
} from '../../src/index.js';
import { type ProfileChartOptions, renderProfileChart, renderStarChart, type StarChartOptions } from '../../src/svg/index.js';
import { catchError } from '../support/errors.js';
import { gcp2, star } from '../support/assessments.js';
import type { RefusingUndefined } from '../support/types.js';

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

// Each function with every option it takes but a required one, for the rule below.
const moreCases: [string, (extra: Record<string, unknown>) => unknown, string][] = [
  ['summariseCohort', (o) => summariseCohort([], { population: 10, ...o }), 'groupBy, suppression, levels, needTypes'],
  ['summariseCohort (suppression)', (o) => summariseCohort([], { population: 10, suppression: { method: 'dfe', ...o } }), 'roundTotals'],
  ['createCohortSummariser', (o) => createCohortSummariser({ population: 10, ...o }).finish(), 'groupBy, suppression, levels, needTypes'],
  ['suppressTable', (o) => suppressTable([[1, 20], [30, 40]], o), 'rowTotals, columnTotals, roundTotals'],
  ['renderStarChart', (o) => renderStarChart([star() as unknown as Assessment], o), 'instruments, title, idPrefix'],
  ['renderProfileChart', (o) => renderProfileChart(history, o), 'instruments, aggregation, bands, needs, title, idPrefix'],
];

/** Every options type of the public functions, by name. */
interface OptionTypes {
  InstrumentOptions: InstrumentOptions;
  ParseOptions: ParseOptions;
  JsonSchemaOptions: JsonSchemaOptions;
  ScoreOptions: ScoreOptions;
  CompareOptions: CompareOptions;
  TrackOptions: TrackOptions;
  DistanceOptions: DistanceOptions;
  PlaceOptions: PlaceOptions;
  CohortRecordOptions: CohortRecordOptions;
  CohortOptions: CohortOptions;
  CohortSuppression: Exclude<CohortOptions['suppression'], string | undefined>;
  SuppressTableOptions: SuppressTableOptions;
  CohenKappaOptions: CohenKappaOptions;
  FleissKappaOptions: FleissKappaOptions;
  CompareWithReferenceOptions: CompareWithReferenceOptions;
  StarChartOptions: StarChartOptions;
  ProfileChartOptions: ProfileChartOptions;
}

describe('an option given as undefined is absent, as in JSON', () => {
  for (const [name, call, names] of [...cases, ...moreCases]) {
    const optional = names.split(', ').filter((n) => !(name === 'cohenKappa' && n === 'weights') && !(name === 'cohortRecordOf' && n === 'asOf'));
    it(`${name}: each of ${optional.join(', ')} given as undefined gives what leaving it out gives`, () => {
      const without = call({});
      for (const option of optional) expect(call({ [option]: undefined }), option).toEqual(without);
    });
  }

  it('and the option types say so, so that strict TypeScript (exactOptionalPropertyTypes) can pass `{ asOf }` with asOf possibly undefined', () => {
    // Per options type, the optional keys that refuse undefined: none.
    expectTypeOf<{ [N in keyof OptionTypes]: RefusingUndefined<OptionTypes[N]> }>().toEqualTypeOf<{ [N in keyof OptionTypes]: never }>();
  });
});
