import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as svg from '../../src/svg/index.js';
import { fc } from '../support/fc.js';
import { all, gcp2At, starAt } from '../support/history.js';

/*
 * Every public entry point, fed arbitrary JSON (and near-valid inputs, to reach past the first
 * check), either returns a clean result or throws the library's own error — never a
 * TypeError — and never changes its input. Fixed seed, bounded runs.
 */

const FUZZ = { seed: 7_150_2016, numRuns: 200 };

/** Arbitrary JSON plus values shaped like the library's inputs, and damaged copies of them. */
const valid = [gcp2At('A', '2025-01-06', all(3)), gcp2At('B', '2025-04-07', all(4, { 'safety.home': 5 })), starAt('S', '2025-02-01', { 'family-routine': 4 }, { id: 'C-1' })];
const nearValid = fc.oneof(
  fc.constantFrom(...valid),
  fc.tuple(fc.constantFrom(...valid), fc.string(), fc.jsonValue()).map(([base, key, value]) => ({ ...base, [key]: value })),
  fc.tuple(fc.constantFrom(...valid), fc.jsonValue()).map(([base, value]) => ({ ...base, ratings: { ...(base['ratings'] as object), 'physical.nutrition': value } })),
  fc.tuple(fc.constantFrom(...valid), fc.jsonValue()).map(([base, value]) => ({ ...base, child: value })),
);
const input = fc.oneof({ weight: 3, arbitrary: fc.jsonValue() }, { weight: 2, arbitrary: nearValid }, { weight: 2, arbitrary: fc.array(nearValid, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(fc.array(nearValid, { maxLength: 3 }), { maxLength: 3 }) });
const grades = fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 12 });
const kappaOptions = fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.record({ weights: fc.constantFrom('none', 'linear', 'quadratic', 'cubic'), categories: fc.option(fc.array(fc.integer({ min: 0, max: 6 })), { nil: undefined }) }, { requiredKeys: ['weights'] }));
const range = fc.record({ min: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.jsonValue()), max: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.jsonValue()) });
const bands = fc.oneof(fc.jsonValue(), fc.constant({ met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } }), fc.record({ met: range, borderline: range, concern: range }));
const policy = fc.oneof(
  fc.jsonValue(),
  fc.constant(api.referencePolicy),
  fc.tuple(fc.constantFrom('seriousImpairmentGrade', 'persistenceDays', 'bands', 'needs', 'levels', 'highRiskGroups'), fc.jsonValue()).map(([key, value]) => ({ ...api.referencePolicy, id: 'fuzzed', [key]: value })),
  fc.jsonValue().map((value) => ({ ...api.referencePolicy, id: 'fuzzed', needs: {}, rules: [{ id: 'immediate-safety', level: 'child-protection', needTypes: [value], grade: 5 }, { id: 'needs-met', level: 'universal' }] })),
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue(),
  fc.record(
    {
      asOf: fc.oneof(fc.string(), fc.constant('2026-01-01')),
      aggregation: fc.oneof(fc.string(), fc.constant('worst')),
      bands,
      needs: fc.oneof(fc.jsonValue(), fc.jsonValue().map((value) => ({ 'physical.health': value }))),
      policy,
      reviewIntervalDays: fc.oneof(fc.integer({ min: -1, max: 4000 }), fc.jsonValue()),
      persistenceDays: fc.oneof(fc.integer({ min: -1, max: 4000 }), fc.jsonValue()),
      driftReviews: fc.oneof(fc.integer({ min: -1, max: 200 }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
);
const cohortRecord = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue() },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        child: fc.oneof(fc.jsonValue(), fc.record({ id: fc.constantFrom('C-1', 'C-2', 'C-3', ''), locality: fc.constantFrom('North', 'South', 'Elsewhere') }, { requiredKeys: ['id'] })),
        level: fc.oneof(fc.jsonValue(), fc.constantFrom('early-help', 'universal')),
        needsAtConcern: fc.oneof(fc.jsonValue(), fc.array(fc.constantFrom('nutritional', 'medical', ''), { maxLength: 3 })),
        progress: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('physical', 'safety'), fc.constantFrom('improved', 'unchanged', 'deteriorated', 'better'))),
      },
      { requiredKeys: [] },
    ),
  },
);
const cohortRecords = fc.oneof({ weight: 1, arbitrary: fc.jsonValue() }, { weight: 4, arbitrary: fc.array(cohortRecord, { maxLength: 8 }) });
const cohortOptions = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      population: fc.oneof(fc.jsonValue(), fc.integer({ min: 1, max: 100_000 }), fc.constant({ North: 9800, South: 12_000 })),
      groupBy: fc.oneof(fc.jsonValue(), fc.constantFrom('locality', 'attributes.ward')),
      suppression: fc.oneof(fc.jsonValue(), fc.constantFrom('none', 'dfe', { method: 'dfe', roundTotals: true })),
      levels: fc.oneof(fc.jsonValue(), fc.constant(['early-help', 'universal'])),
      needTypes: fc.oneof(fc.jsonValue(), fc.constant(['nutritional', 'medical'])),
    },
    { requiredKeys: [] },
  ),
);
// Often a real history and a real date, so that the fuzz reaches past the first check.
const recordHistory = fc.oneof(
  { weight: 1, arbitrary: input },
  { weight: 3, arbitrary: fc.shuffledSubarray(valid, { minLength: 1 }) },
  { weight: 1, arbitrary: fc.tuple(fc.shuffledSubarray(valid, { minLength: 1 }), nearValid).map(([h, extra]) => [...h, extra]) },
);
const recordOptions = fc.oneof(
  { weight: 1, arbitrary: options },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        asOf: fc.oneof({ weight: 1, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: fc.constant('2025-01-01') }, { weight: 4, arbitrary: fc.constant('2026-01-01') }),
        policy: fc.oneof(
          { weight: 1, arbitrary: fc.jsonValue() },
          { weight: 3, arbitrary: fc.constant(api.referencePolicy) },
          { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ ...api.referencePolicy, persistenceDays: v })) },
        ),
        instruments: fc.oneof({ weight: 1, arbitrary: fc.jsonValue() }, { weight: 3, arbitrary: fc.constantFrom([], [api.getInstrument('gcp2')]) }),
      },
      { requiredKeys: ['asOf'] },
    ),
  },
);
const counts = fc.oneof(fc.jsonValue(), fc.array(fc.array(fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 30 }) }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 4 }), { maxLength: 4 }));

/** Throws if a result holds NaN, an infinite number or an undefined property. */
function expectClean(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (typeof value === 'string') expect(value, path).not.toMatch(/\bNaN\b|\bundefined\b/);
  else if (Array.isArray(value)) value.forEach((item, i) => expectClean(item, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      expect(item, `${path}.${key}`).not.toBeUndefined();
      expectClean(item, `${path}.${key}`);
    }
  }
}

/**
 * A deep copy that keeps each object's prototype (structuredClone gives a null-prototype
 * object `Object.prototype`), so that the strict comparison below can see a changed prototype.
 */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    Object.defineProperty(copy, key, { ...Object.getOwnPropertyDescriptor(value, key), value: copyOf((value as Record<PropertyKey, unknown>)[key]) });
  }
  return copy;
}

function call(fn: (...args: unknown[]) => unknown, args: unknown[]): void {
  const before = copyOf(args);
  try {
    expectClean(fn(...args));
  } catch (error) {
    if (error instanceof Error && error.name === 'AssertionError') throw error;
    expect(error, `threw ${String(error)}`).toBeInstanceOf(api.GradedCareError);
  }
  expect(args).toStrictEqual(before);
}

type Fn = (...args: unknown[]) => unknown;
const entryPoints: Record<string, { fn: Fn; args: fc.Arbitrary<unknown[]> }> = {
  getInstrument: { fn: api.getInstrument as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.constantFrom('gcp', 'gcp2'), fc.anything({ withBigInt: true })), options) },
  defineInstrument: { fn: api.defineInstrument as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.constant(api.getInstrument('gcp2')), fc.jsonValue().map((v) => ({ ...api.getInstrument('gcp'), areas: v })))) },
  parseAssessment: { fn: api.parseAssessment as Fn, args: fc.tuple(input, options) },
  safeParseAssessment: { fn: api.safeParseAssessment as Fn, args: fc.tuple(input, options) },
  assessmentJsonSchema: { fn: api.assessmentJsonSchema as Fn, args: fc.tuple(options) },
  scoreAssessment: { fn: api.scoreAssessment as Fn, args: fc.tuple(input, options) },
  explainScore: {
    fn: api.explainScore as Fn,
    args: fc.tuple(
      fc.oneof(
        fc.jsonValue(),
        fc.constant(api.scoreAssessment(valid[0] as never)),
        fc.tuple(fc.constantFrom('subAreas', 'areas', 'needs', 'bands', 'family', 'direction', 'aggregation'), fc.jsonValue()).map(([key, value]) => ({ ...api.scoreAssessment(valid[0] as never), [key]: value })),
        fc.tuple(fc.jsonValue()).map(([value]) => ({ ...api.scoreAssessment(valid[2] as never), areas: { 'family-routine': value } })),
      ),
      fc.oneof(fc.jsonValue(), fc.constantFrom({ area: 'physical' }, { need: 'supervisory' }, { subArea: 'physical.nutrition' }, { area: 'family-routine' })),
      options,
    ),
  },
  compareAssessments: { fn: api.compareAssessments as Fn, args: fc.tuple(input, input, options) },
  trackProgress: { fn: api.trackProgress as Fn, args: fc.tuple(input, options) },
  distanceTravelled: { fn: api.distanceTravelled as Fn, args: fc.tuple(input, options) },
  placeOnContinuum: { fn: api.placeOnContinuum as Fn, args: fc.tuple(input, options) },
  definePolicy: { fn: api.definePolicy as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.constant(api.referencePolicy), fc.jsonValue().map((v) => ({ ...api.referencePolicy, rules: v }))), options) },
  formatPath: { fn: api.formatPath as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.string(), fc.nat(), fc.anything())))) },
  cohenKappa: { fn: api.cohenKappa as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), grades), fc.oneof(fc.jsonValue(), grades), kappaOptions) },
  fleissKappa: { fn: api.fleissKappa as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.array(grades, { maxLength: 6 })), fc.oneof(fc.jsonValue(), fc.constant(undefined))) },
  compareWithReference: { fn: api.compareWithReference as Fn, args: fc.tuple(input, input, options) },
  ratePer10k: { fn: api.ratePer10k as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.nat()), fc.oneof(fc.jsonValue(), fc.integer({ min: 1, max: 100_000 }))) },
  suppressTable: { fn: api.suppressTable as Fn, args: fc.tuple(counts, fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.record({ rowTotals: fc.boolean(), columnTotals: fc.boolean(), roundTotals: fc.boolean() }, { requiredKeys: [] }))) },
  summariseCohort: { fn: api.summariseCohort as Fn, args: fc.tuple(cohortRecords, cohortOptions) },
  cohortRecordOf: { fn: api.cohortRecordOf as Fn, args: fc.tuple(recordHistory, recordOptions) },
  // The summariser is fed each record, then asked for its summary.
  createCohortSummariser: {
    fn: ((options: unknown, records: unknown) => {
      const summariser = api.createCohortSummariser(options as never);
      for (const record of Array.isArray(records) ? records : [records]) summariser.add(record as never);
      return summariser.finish();
    }) as Fn,
    args: fc.tuple(cohortOptions, cohortRecords),
  },
};

const svgEntryPoints: Record<string, { fn: Fn; args: fc.Arbitrary<unknown[]> }> = {
  renderStarChart: { fn: svg.renderStarChart as Fn, args: fc.tuple(input, options) },
  renderProfileChart: { fn: svg.renderProfileChart as Fn, args: fc.tuple(input, options) },
  escapeXml: { fn: svg.escapeXml as Fn, args: fc.tuple(fc.oneof(fc.jsonValue(), fc.string())) },
};

const functionsOf = (module: object) => Object.entries(module).filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name)).map(([name]) => name).sort();

describe('fuzz: every public function', () => {
  it('covers every exported function of graded-care and graded-care/svg', () => {
    expect(Object.keys(entryPoints).sort()).toEqual(functionsOf(api));
    expect(Object.keys(svgEntryPoints).sort()).toEqual(functionsOf(svg));
  });

  for (const [name, { fn, args }] of [...Object.entries(entryPoints), ...Object.entries(svgEntryPoints)]) {
    it(`${name} returns a clean result or throws the library's own error, and leaves its input alone`, () => {
      fc.assert(fc.property(args, (values) => call(fn, values)), FUZZ);
    });
  }
});
