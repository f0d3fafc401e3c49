import { describe, expect, it } from 'vitest';
import { defineInstrument, explainScore, type GcpScore, OperationError, OptionsError, parseAssessment, scoreAssessment, type StarScore } from '../../src/index.js';
import { aggregate, describeAggregation } from '../../src/score/aggregate.js';
import { gcp2, star } from '../support/assessments.js';

const referenceBands = { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } };

/** A GCP-family instrument whose higher grades are better, on a 0–3 scale (0 worst). */
const upward = defineInstrument({
  id: 'upward', edition: '1', title: 'Higher is better', family: 'gcp', direction: 'higher-is-better', scale: { min: 0, max: 3 },
  bands: { concern: { min: 0, max: 0 }, borderline: { min: 1, max: 1 }, met: { min: 2, max: 3 } },
  areas: [
    { id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'warmth', title: 'Warmth' }, { id: 'sleep', title: 'Sleep' }] },
    { id: 'play', title: 'Play', subAreas: [{ id: 'toys', title: 'Toys', items: [{ id: 'books', title: 'Books' }, { id: 'blocks', title: 'Blocks' }, { id: 'music', title: 'Music' }] }] },
  ],
  needTypes: [{ id: 'nutritional', title: 'Nutritional', kind: 'physical' }, { id: 'emotional', title: 'Emotional', kind: 'psychological' }],
  needs: { 'care.food': 'nutritional', 'care.sleep': 'emotional', 'play.*': 'emotional' },
});
const upwardAssessment = (ratings: Record<string, unknown>, areaGrades?: Record<string, number>) =>
  parseAssessment({ schemaVersion: 1, id: 'U', instrument: 'upward', child: { id: 'C' }, assessedOn: '2026-01-05', ratings, ...(areaGrades ? { areaGrades } : {}) }, { instruments: [upward] });

describe('aggregate', () => {
  // Hand-worked, lower is better (GCP) and higher is better.
  const cases: [number[], 'mode-worse' | 'worst' | 'median-worse', boolean, number][] = [
    [[4, 4, 2, 3], 'mode-worse', true, 4],
    [[2, 3], 'mode-worse', true, 3],
    [[2, 3], 'mode-worse', false, 2],
    [[5, 5, 1, 1, 1], 'mode-worse', true, 1],
    [[1, 5, 3], 'worst', true, 5],
    [[1, 5, 3], 'worst', false, 1],
    [[1, 2, 3], 'median-worse', true, 2],
    [[1, 2, 3], 'median-worse', false, 2],
    [[1, 2, 3, 4], 'median-worse', true, 3],
    [[1, 2, 3, 4], 'median-worse', false, 2],
    [[4, 1, 1, 1, 5, 5], 'median-worse', false, 1],
    [[0, 0, 3], 'median-worse', false, 0],
    [[0, 3, 3, 3], 'mode-worse', false, 3],
  ];
  it.each(cases)('%j by %s (lower is better: %s) is %i', (grades, rule, lowerIsBetter, expected) => {
    expect(aggregate(grades, rule, lowerIsBetter)).toBe(expected);
  });

  it('is null for no grades', () => {
    expect(aggregate([], 'mode-worse', true)).toBeNull();
  });
});

describe('describeAggregation', () => {
  it('says how each rule reached its grade, in the scale’s own sense of worse', () => {
    expect(describeAggregation([], 'worst', true, null)).toBe('nothing was scored, so there is no grade');
    expect(describeAggregation([4, 4, 4, 2], 'mode-worse', true, 4)).toBe('mode-worse: 4 is the most frequent of 4, 4, 4, 2 (3 of 4)');
    expect(describeAggregation([2, 3], 'mode-worse', false, 2)).toBe('mode-worse: 2 is the most frequent of 2, 3 (1 of 2), tied with 3; a tie goes to the worse (lower) grade');
    expect(describeAggregation([1, 5], 'worst', true, 5)).toBe('worst: the worst of 1, 5 is 5');
    expect(describeAggregation([3, 1, 2], 'median-worse', true, 2)).toBe('median-worse: the median of 3, 1, 2 is 2');
    expect(describeAggregation([4, 1], 'median-worse', false, 1)).toBe('median-worse: the middle grades of 4, 1 are 1 and 4; the worse (lower), 1, is taken');
  });
});

describe('a higher-is-better GCP-family instrument on a 0–3 scale', () => {
  it('bands, derives and explains with 3 best and 0 worst (0 is a grade, not "nothing")', () => {
    const score = scoreAssessment(upwardAssessment({ 'care.food': 0, 'care.warmth': 3, 'care.sleep': 1, 'play.toys.books': 3, 'play.toys.blocks': 2, 'play.toys.music': 'not-scored' })) as GcpScore;
    expect([score.subAreas['care.food']?.band, score.subAreas['care.warmth']?.band, score.subAreas['care.sleep']?.band]).toEqual(['concern', 'met', 'borderline']);
    // care 0, 3, 1: a three-way tie goes to the worse, 0. toys: items 3, 2 → tie → 2.
    expect(score.areas['care']).toMatchObject({ grade: 0, band: 'concern' });
    expect(score.subAreas['play.toys']).toEqual({ grade: 2, band: 'met', status: 'scored', source: 'items', items: { 'play.toys.books': 3, 'play.toys.blocks': 2, 'play.toys.music': 'not-scored' } });
    expect(score.needs['nutritional']).toMatchObject({ grade: 0, band: 'concern' });
    // emotional: sleep 1 and toys 2 → the worse, 1 (lower is worse here).
    expect(score.needs['emotional']).toMatchObject({ grade: 1, band: 'borderline' });
    expect(score.concerns).toEqual(['care.food']);
    expect(score.completeness.scored).toBe(4);
    expect(explainScore(score, { area: 'care' }, { instruments: [upward] }).text).toBe(
      'Area care is 0 (band concern: grade 0) by mode-worse: 0 is the most frequent of 0, 3, 1 (1 of 3), tied with 3, 1; a tie goes to the worse (lower) grade.',
    );
    expect(scoreAssessment(upwardAssessment({ 'care.food': 0, 'care.warmth': 3 }), { aggregation: 'worst' })).toMatchObject({ areas: { care: { grade: 0 } } });
  });

  it('explains a sub-area derived from items, and one whose items were all not scored', () => {
    const score = scoreAssessment(upwardAssessment({ 'play.toys.books': 1, 'play.toys.blocks': 1, 'play.toys.music': 3 }));
    expect(explainScore(score, { subArea: 'play.toys' })).toEqual({
      target: { subArea: 'play.toys' },
      value: 1,
      rule: 'mode-worse',
      inputs: [{ id: 'play.toys.books', grade: 1, status: 'scored' }, { id: 'play.toys.blocks', grade: 1, status: 'scored' }, { id: 'play.toys.music', grade: 3, status: 'scored' }],
      text: 'play.toys is 1 (band borderline: grade 1) from its items by mode-worse: 1 is the most frequent of 1, 1, 3 (2 of 3).',
    });
    const none = scoreAssessment(upwardAssessment({ 'play.toys.music': 'not-scored' }));
    expect(explainScore(none, { subArea: 'play.toys' })).toMatchObject({ value: null, inputs: [{ id: 'play.toys.music', grade: null, status: 'not-scored' }], text: 'play.toys is not scored: none of its items is scored.' });
    expect(explainScore(none, { subArea: 'care.food' })).toMatchObject({ value: null, rule: 'as-rated', text: 'care.food was not rated.' });
    expect(explainScore(none, { area: 'care' }, { instruments: [upward] })).toMatchObject({ value: null, text: 'Area care is not graded: none of its sub-areas is scored.' });
    const judged = scoreAssessment(upwardAssessment({ 'play.toys.music': 'not-scored' }, { care: 2 }));
    expect(explainScore(judged, { area: 'care' }).text).toBe('Area care is not graded: none of its sub-areas is scored. The practitioner graded the area 2.');
  });

  it('derives an unrated item as unrated, not as a grade, and leaves a sub-area with no rated item unrated', () => {
    const score = scoreAssessment(upwardAssessment({ 'play.toys.books': 0 })) as GcpScore;
    expect(score.subAreas['play.toys']).toMatchObject({ grade: 0, items: { 'play.toys.books': 0 } });
    expect((scoreAssessment(upwardAssessment({ 'care.food': 2 })) as GcpScore).subAreas['play.toys']).toEqual({ grade: null, band: null, status: 'unrated', source: 'rating' });
    // Rated as a whole, a sub-area with items takes the practitioner's grade.
    expect((scoreAssessment(upwardAssessment({ 'play.toys': 3 })) as GcpScore).subAreas['play.toys']).toEqual({ grade: 3, band: 'met', status: 'scored', source: 'rating' });
  });

  it('keeps every pair of derived and practitioner grades apart', () => {
    for (const derived of [0, 1, 2, 3]) {
      for (const own of [undefined, 0, 1, 2, 3]) {
        const score = scoreAssessment(upwardAssessment({ 'care.food': derived, 'care.warmth': derived }, own === undefined ? undefined : { care: own })) as GcpScore;
        expect(score.areas['care']).toEqual({ grade: derived, band: derived === 0 ? 'concern' : derived === 1 ? 'borderline' : 'met', practitionerGrade: own ?? null, subAreas: ['care.food', 'care.warmth', 'care.sleep'] });
        expect(score.areas['play']).toEqual({ grade: null, band: null, practitionerGrade: null, subAreas: ['play.toys'] });
      }
    }
  });

  it('checks local bands in the scale’s direction', () => {
    const bands = { met: { min: 0, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 3 } }; // the wrong way round here
    expect(() => scoreAssessment(upwardAssessment({ 'care.food': 1 }), { bands })).toThrow(
      'Invalid options: bands.concern.min: expected 0 (bands must tile the scale with no gap or overlap), received the number 3 (and 3 more issues)',
    );
  });
});

describe('scoring options are refused with exact messages', () => {
  const parsed = parseAssessment(gcp2());
  const starParsed = parseAssessment(star());
  const message = (assessment: unknown, options: object) => {
    try {
      scoreAssessment(assessment as never, options);
    } catch (error) {
      expect(error).toBeInstanceOf(OptionsError);
      return (error as Error).message;
    }
    return 'accepted';
  };
  it.each([
    [parsed, { aggregation: 'mean' }, 'Invalid options: aggregation: expected one of mode-worse, worst, median-worse, received the string "mean"'],
    [parsed, { bands: 'strict' }, 'Invalid options: bands: expected { met, borderline, concern }, each { min, max }, received the string "strict"'],
    [parsed, { bands: { met: { min: 1, max: 2 }, borderline: 3 } }, 'Invalid options: bands.borderline: expected { min, max } of whole grades, received the number 3 (and 1 more issue)'],
    [parsed, { bands: { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3.5 }, concern: { min: 4.5, max: 5 } } }, 'Invalid options: bands.borderline.max: expected a whole grade, received the number 3.5 (and 1 more issue)'],
    [parsed, { needs: { 'physical.health': 5 } }, 'Invalid options: needs["physical.health"]: expected a need type id (a lower-case slug), received the number 5'],
    [starParsed, { bands: { met: { min: 9, max: 10 } } }, 'Invalid options: bands: expected no bands (Star instruments have stages), received an object'],
    [starParsed, { needs: {} }, 'Invalid options: needs: expected no need mapping (Star instruments have none), received an object'],
    [parsed, { needs: ['physical.health'] }, 'Invalid options: needs: expected an object mapping sub-area ids to need types, received an array of 1 item'],
    [parsed, { needs: { 'physical.food': 'nutritional' } }, 'Invalid options: needs["physical.food"]: expected a sub-area id of the instrument, received the unknown sub-area "physical.food"'],
  ])('%#', (assessment, options, expected) => {
    expect(message(assessment, options)).toBe(expected);
  });

  it('takes one option while leaving the others at the instrument’s defaults', () => {
    const worst = scoreAssessment(parsed, { aggregation: 'worst' }) as GcpScore;
    expect([worst.aggregation, worst.bands]).toEqual(['worst', { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } }]);
  });
});

describe('explainScore refuses what it cannot explain, saying so', () => {
  // Scores are made inside each test (a thunk in the table), so mutation testing sees which tests cover them.
  const gcpScore = () => scoreAssessment(parseAssessment(gcp2())) as GcpScore;
  const starScore = () => scoreAssessment(parseAssessment(star())) as StarScore;
  const refusal = (score: unknown, target: unknown) => {
    try {
      explainScore((typeof score === 'function' ? score() : score) as never, target as never);
    } catch (error) {
      expect(error).toBeInstanceOf(OperationError);
      return [(error as OperationError).code, (error as Error).message];
    }
    return ['explained'];
  };
  it.each([
    [null, { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (not an object with an instrument)'],
    [{ family: 'gcp', areas: {} }, { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (not an object with an instrument)'],
    [{ family: 'gcp', instrument: {} }, { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no bands)'],
    [{ family: 'gcp', instrument: {}, areas: {}, bands: referenceBands }, { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no subAreas)'],
    [() => ({ ...gcpScore(), needs: null }), { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no needs)'],
    [() => ({ ...gcpScore(), family: 'other' }), { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no family)'],
    [() => ({ ...gcpScore(), areas: { physical: { grade: 4 } } }), { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (an area or need type without a grade and sub-areas)'],
    [() => ({ ...gcpScore(), subAreas: { 'physical.nutrition': { grade: '4', status: 'scored' } } }), { area: 'x' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (a sub-area without a grade and status)'],
    [() => ({ ...gcpScore(), subAreas: { 'physical.nutrition': { grade: 9, status: 'scored', source: 'rating' } } }), { subArea: 'physical.nutrition' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (grade 9 lies in none of its bands)'],
    [() => ({ ...starScore(), areas: { 'physical-health': null } }), { area: 'physical-health' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (an area without a reading and status)'],
    // One damaged part among sound ones, so that every part is checked, not only the first.
    [() => { const s = starScore(); return { ...s, areas: { ...s.areas, 'family-routine': { reading: 'x', status: 'scored' } } }; }, { area: 'physical-health' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (an area without a reading and status)'],
    [() => { const s = gcpScore(); return { ...s, subAreas: { ...s.subAreas, 'safety.home': { grade: Number.NaN, status: 'scored' } } }; }, { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (a sub-area without a grade and status)'],
    [() => { const s = gcpScore(); return { ...s, subAreas: { ...s.subAreas, 'safety.home': { grade: 3, status: null } } }; }, { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (a sub-area without a grade and status)'],
    [() => { const s = gcpScore(); return { ...s, areas: { ...s.areas, developmental: { grade: 3, subAreas: ['developmental.stimulation', 4] } } }; }, { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (an area or need type without a grade and sub-areas)'],
    [() => { const s = gcpScore(); return { ...s, needs: { ...s.needs, supervisory: { grade: Number.POSITIVE_INFINITY, subAreas: [] } } }; }, { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (an area or need type without a grade and sub-areas)'],
    [() => ({ ...gcpScore(), bands: { ...referenceBands, concern: { min: '4', max: 5 } } }), { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no bands)'],
    [() => ({ ...gcpScore(), bands: { ...referenceBands, concern: { min: 4 } } }), { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no bands)'],
    [() => ({ ...gcpScore(), bands: { met: referenceBands.met, borderline: referenceBands.borderline } }), { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no bands)'],
    [() => ({ ...gcpScore(), bands: [] }), { area: 'physical' }, 'not-a-score', 'explainScore: expected a score from scoreAssessment (no bands)'],
    [gcpScore, { area: 3 }, 'unknown-target', 'explainScore: expected a target of one key, { subArea }, { area } or { need }, naming an id; received the key "area" holding the number 3'],
    [gcpScore, { subArea: 'physical.food' }, 'unknown-target', expect.stringMatching(/^No sub-area "physical\.food" in this score: expected one of physical\.nutrition, /)],
    [gcpScore, { need: 'dietary' }, 'unknown-target', 'No need type "dietary" in this score: expected one of medical, nutritional, emotional, physical, supervisory'],
    [starScore, { need: 'x' }, 'unknown-target', 'A Star score explains areas only: pass { area: id }'],
    [starScore, { area: 'routine' }, 'unknown-target', expect.stringMatching(/^No area "routine" in this score: expected one of physical-health, /)],
  ])('%#', (score, target, code, message) => {
    expect(refusal(score, target)).toEqual([code, message]);
  });

  it('reads a sub-area an area lists but the score lacks as unrated (a score trimmed by hand)', () => {
    const s = gcpScore();
    const areas = { ...s.areas, physical: { ...s.areas['physical']!, subAreas: [...s.areas['physical']!.subAreas, 'physical.ghost'] } };
    expect(explainScore({ ...s, areas }, { area: 'physical' }).inputs.at(-1)).toEqual({ id: 'physical.ghost', grade: null, status: 'unrated' });
  });

  it('explains a Star area not scored', () => {
    expect(explainScore(starScore(), { area: 'progress-to-work' })).toEqual({ target: { area: 'progress-to-work' }, value: null, rule: 'stage', inputs: [{ id: 'progress-to-work', grade: null, status: 'unrated' }], text: 'progress-to-work was not rated.' });
    // Marked not scored: said in words, not as the status code.
    const marked = scoreAssessment(parseAssessment(star({ ratings: { 'physical-health': 6, 'progress-to-work': 'not-scored' } })));
    expect(explainScore(marked, { area: 'progress-to-work' }).text).toBe('progress-to-work was marked not scored.');
  });

  it('names the practitioner’s grade only when there is one', () => {
    expect(explainScore(gcpScore(), { area: 'safety' }).text).not.toContain('practitioner');
    expect(explainScore(gcpScore(), { area: 'physical' }).text).toContain('The practitioner graded the area 4.');
    expect(explainScore(gcpScore(), { subArea: 'safety.in-absence' }).inputs).toEqual([{ id: 'safety.in-absence', grade: 3, status: 'scored' }]);
  });
});
