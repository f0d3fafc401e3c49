import { describe, expect, it } from 'vitest';
import {
  AssessmentError,
  compareWithReference,
  defineInstrument,
  getInstrument,
  OperationError,
  OptionsError,
  parseAssessment,
} from '../../src/index.js';
import { catchError } from '../support/errors.js';

const base = { schemaVersion: 1, instrument: 'gcp2', child: { id: 'case-1' }, assessedOn: '2025-06-02' } as const;

describe('compareWithReference: GCP2 (lower is better)', () => {
  const trainee = parseAssessment({
    ...base, id: 'trainee',
    ratings: { 'physical.nutrition': 4, 'physical.housing': 2, 'physical.hygiene': 3, 'physical.health': 5, 'safety.online': 'not-scored', 'safety.home': 2 },
  });
  const reference = { ...base, id: 'reference', ratings: { 'physical.nutrition': 3, 'physical.housing': 2, 'physical.hygiene': 5, 'physical.health': 3, 'safety.online': 3 } };
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const result = () => compareWithReference(trainee, reference);

  it('gives each sub-area both grades, the difference trainee − reference and its direction', () => {
    expect(result().subAreas['physical.nutrition']).toEqual({ trainee: 4, reference: 3, difference: 1, direction: 'harsher' });
    expect(result().subAreas['physical.housing']).toEqual({ trainee: 2, reference: 2, difference: 0, direction: 'same' });
    expect(result().subAreas['physical.hygiene']).toEqual({ trainee: 3, reference: 5, difference: -2, direction: 'more-lenient' });
    expect(result().subAreas['safety.online']).toEqual({ trainee: null, reference: 3, difference: null, direction: 'not-compared' });
    expect(result().subAreas['safety.home']).toEqual({ trainee: 2, reference: null, difference: null, direction: 'not-compared' });
  });

  it('lists every sub-area of the instrument in instrument order', () => {
    expect(Object.keys(result().subAreas)).toHaveLength(16);
    expect(Object.keys(result().subAreas).slice(0, 3)).toEqual(['physical.nutrition', 'physical.housing', 'physical.clothing']);
  });

  it('summarises over the sub-areas both graded', () => {
    // Compared: nutrition 4/3, housing 2/2, hygiene 3/5, health 5/3 → same 1, harsher 2, more lenient 1.
    const { summary } = result();
    expect(summary).toMatchObject({ compared: 4, same: 1, harsher: 2, moreLenient: 1, exactAgreement: 0.25, withinOneAgreement: 0.5 });
    expect(summary.notCompared).toHaveLength(12);
    expect(summary.notCompared).toContain('safety.online');
    expect(summary.kappa).toMatchObject({ weights: 'linear', n: 4, categories: [1, 2, 3, 4, 5] });
  });

  it('names the sub-areas furthest apart', () => {
    expect(result().furthestApart).toEqual({ difference: 2, subAreas: ['physical.hygiene', 'physical.health'] });
  });

  it('identifies the instrument and both assessments', () => {
    expect(result()).toMatchObject({ instrument: { id: 'gcp2', edition: '2' }, direction: 'lower-is-better', traineeAssessment: 'trainee', referenceAssessment: 'reference' });
  });

  it('uses the weighting asked for', () => {
    expect(compareWithReference(trainee, reference, { weights: 'quadratic' }).summary.kappa.weights).toBe('quadratic');
    expect(catchError(() => compareWithReference(trainee, reference, { weights: 'cubic' as never }))).toBeInstanceOf(OptionsError);
  });

  it('no furthest sub-areas when the gradings agree', () => {
    const same = compareWithReference({ ...reference, id: 'copy' }, reference);
    expect(same.furthestApart).toEqual({ difference: 0, subAreas: [] });
    expect(same.summary.kappa.kappa).toBe(1);
  });
});

describe('compareWithReference: Stars (higher is better)', () => {
  const star = { schemaVersion: 1, instrument: 'family-star-plus', child: { id: 'F-1' }, assessedOn: '2025-06-02' } as const;

  it('a lower reading than the reference is harsher', () => {
    const result = compareWithReference(
      { ...star, id: 't', ratings: { 'physical-health': 4, 'family-routine': 8 } },
      { ...star, id: 'r', ratings: { 'physical-health': 6, 'family-routine': 7 } },
    );
    expect(result.subAreas['physical-health']).toEqual({ trainee: 4, reference: 6, difference: -2, direction: 'harsher' });
    expect(result.subAreas['family-routine']).toEqual({ trainee: 8, reference: 7, difference: 1, direction: 'more-lenient' });
    expect(result.summary.kappa.categories).toHaveLength(10);
  });
});

describe('compareWithReference: items', () => {
  it('compares the sub-area grades derived from items', () => {
    const mine = defineInstrument({
      id: 'local-gcp', edition: '1', title: 'Local', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
      areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'meals', title: 'Meals' }, { id: 'drink', title: 'Drink' }] }] }],
    });
    const options = { instruments: [mine] };
    const make = (id: string, meals: number, drink: number) =>
      ({ schemaVersion: 1, id, instrument: 'local-gcp', child: { id: 'X' }, assessedOn: '2025-01-01', ratings: { 'care.food.meals': meals, 'care.food.drink': drink } }) as const;
    // mode-worse: 4 and 2 tie → 4; 3 and 3 → 3.
    const result = compareWithReference(make('t', 4, 2), make('r', 3, 3), options);
    expect(result.subAreas['care.food']).toEqual({ trainee: 4, reference: 3, difference: 1, direction: 'harsher' });
  });
});

describe('compareWithReference refuses', () => {
  const gcp2 = { ...base, id: 'a', ratings: { 'physical.nutrition': 3 } };

  it('different instruments, with OperationError mixed-instruments', () => {
    const gcp = { ...gcp2, id: 'b', instrument: 'gcp' };
    const error = catchError(() => compareWithReference(gcp2, gcp)) as OperationError;
    expect(error).toBeInstanceOf(OperationError);
    expect(error.code).toBe('mixed-instruments');
    expect(error.message).toContain('gcp2');
  });

  it('two editions of one instrument id, with OperationError mixed-instruments naming both', () => {
    // A local GCP2 edition without the developmental area: compared with the built-in edition,
    // the reference's developmental grades were dropped or listed as the trainee's omissions.
    const builtin = getInstrument('gcp2');
    const local = defineInstrument({
      ...builtin,
      edition: 'local-2026',
      areas: builtin.areas.filter((area) => area.id !== 'developmental'),
      needs: Object.fromEntries(Object.entries(builtin.needs).filter(([id]) => !id.startsWith('developmental.'))),
    });
    const trainee = parseAssessment({ ...gcp2, id: 't' }, { instruments: [local] });
    const reference = parseAssessment({ ...gcp2, id: 'r', ratings: { 'physical.nutrition': 3, 'developmental.approval': 4 } });
    for (const [a, b] of [[trainee, reference], [reference, trainee]] as const) {
      const error = catchError(() => compareWithReference(a, b)) as OperationError;
      expect(error).toBeInstanceOf(OperationError);
      expect(error.code).toBe('mixed-instruments');
      expect(error.message).toContain('gcp2@local-2026');
      expect(error.message).toContain('gcp2@2');
    }
  });

  it('two instruments of one edition name but different ids, with OperationError mixed-instruments', () => {
    // The edition alone does not tell instruments apart: a local form whose edition is also "2".
    const builtin = getInstrument('gcp2');
    const local = defineInstrument({ ...builtin, id: 'local-gcp2' });
    expect(local.edition).toBe(builtin.edition);
    const trainee = parseAssessment({ ...gcp2, id: 't', instrument: 'local-gcp2' }, { instruments: [local] });
    const error = catchError(() => compareWithReference(trainee, gcp2)) as OperationError;
    expect(error).toBeInstanceOf(OperationError);
    expect(error.code).toBe('mixed-instruments');
    expect(error.message).toContain('local-gcp2@2 and the reference gcp2@2');
  });

  it('different children, with OperationError mixed-children', () => {
    const other = { ...gcp2, id: 'b', child: { id: 'case-2' } };
    expect((catchError(() => compareWithReference(gcp2, other)) as OperationError).code).toBe('mixed-children');
  });

  it('gradings with no sub-area in common, with OperationError nothing-to-compare', () => {
    const other = { ...gcp2, id: 'b', ratings: { 'physical.housing': 3 } };
    expect((catchError(() => compareWithReference(gcp2, other)) as OperationError).code).toBe('nothing-to-compare');
  });

  it('an invalid assessment, with AssessmentError naming the path under trainee or reference', () => {
    // Both arguments are assessments of one shape: a bare path did not say whose grading was wrong.
    const bad = { ...gcp2, ratings: { 'physical.nutrition': 9 } };
    const error = catchError(() => compareWithReference(bad, gcp2)) as AssessmentError;
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error.issues.map((issue) => issue.path)).toEqual([['trainee', 'ratings', 'physical.nutrition']]);
    const reference = catchError(() => compareWithReference(gcp2, bad)) as AssessmentError;
    expect(reference.message).toMatch(/^Invalid assessment: reference\.ratings\["physical\.nutrition"\]: expected an integer grade from 1 to 5/);
    const both = catchError(() => compareWithReference(null as never, bad)) as AssessmentError;
    expect(both.issues.map((issue) => issue.path)).toEqual([['trainee'], ['reference', 'ratings', 'physical.nutrition']]);
  });
});
