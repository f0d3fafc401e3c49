import { describe, expect, it } from 'vitest';
import { defineInstrument, explainScore, getInstrument, OperationError, OptionsError, parseAssessment, scoreAssessment, AssessmentError, type GcpScore } from '../../src/index.js';
import { catchError } from '../support/errors.js';
import { bandOfGrade, planFor } from '../../src/score/plan.js';
import { gcp2, star } from '../support/assessments.js';

// Computed inside each test, so that mutation testing sees which tests cover it.
const score = () => scoreAssessment(parseAssessment(gcp2({ ratings: { 'physical.nutrition': 4, 'physical.housing': 4, 'physical.clothing': 2, 'physical.hygiene': 3, 'safety.home': 5, 'safety.online': 'not-scored' } })));

describe('explainScore', () => {
  it('explains an area by its rule and inputs', () => {
    const explanation = explainScore(score(), { area: 'physical' });
    expect(explanation.rule).toBe('mode-worse');
    expect(explanation.value).toBe(4);
    expect(explanation.inputs.map((i) => [i.id, i.grade])).toEqual([['physical.nutrition', 4], ['physical.housing', 4], ['physical.clothing', 2], ['physical.hygiene', 3], ['physical.health', null]]);
    expect(explanation.text).toBe('Area physical is 4 (band concern: grades 4–5) by mode-worse: 4 is the most frequent of 4, 4, 2, 3 (2 of 4). The practitioner graded the area 4.');
  });

  it('explains a need type as the worst of its sub-areas', () => {
    const explanation = explainScore(score(), { need: 'supervisory' });
    expect(explanation).toMatchObject({ rule: 'worst', value: 5 });
    expect(explanation.text).toBe(
      'Need supervisory is 5 (band concern: grades 4–5), the worst grade among its scored sub-areas (safety.home 5; safety.online was marked not scored; safety.in-presence, safety.in-absence and safety.traffic were not rated).',
    );
    // The inputs keep their codes and the instrument's order; the text speaks words, as a sub-area's does.
    expect(explanation.inputs.map((i) => i.status)).toEqual(['unrated', 'unrated', 'not-scored', 'unrated', 'scored']);
    expect(explainScore(score(), { subArea: 'safety.online' }).text).toBe('safety.online was marked not scored.');
  });

  it('says when a need type is not assessed, and why, in words', () => {
    expect(explainScore(score(), { need: 'emotional' }).text).toBe('Need emotional is not assessed: none of its sub-areas is scored (emotional.responsiveness, emotional.mutual-engagement, developmental.stimulation, developmental.approval, developmental.disapproval and developmental.acceptance were not rated).');
    const marked = scoreAssessment(parseAssessment(gcp2({ ratings: { 'physical.health': 'not-scored' } })));
    expect(explainScore(marked, { need: 'medical' }).text).toBe('Need medical is not assessed: none of its sub-areas is scored (physical.health was marked not scored).');
  });

  it('explains a sub-area graded directly, and ties in words', () => {
    expect(explainScore(score(), { subArea: 'physical.hygiene' })).toMatchObject({ rule: 'as-rated', value: 3, text: 'physical.hygiene was graded 3 by the practitioner (band borderline: grade 3).' });
    const tie = scoreAssessment(parseAssessment(gcp2({ ratings: { 'safety.online': 2, 'safety.in-absence': 3 }, areaGrades: {} })));
    expect(explainScore(tie, { area: 'safety' }).text).toContain('3 is the most frequent of 3, 2 (1 of 2), tied with 2; a tie goes to the worse (higher) grade');
  });

  it('explains median-worse and worst', () => {
    const median = scoreAssessment(parseAssessment(gcp2({ ratings: { 'safety.online': 2, 'safety.in-absence': 4 }, areaGrades: {} })), { aggregation: 'median-worse' });
    expect(explainScore(median, { area: 'safety' }).text).toContain('median-worse: the middle grades of 4, 2 are 2 and 4; the worse (higher), 4, is taken');
    const worst = scoreAssessment(parseAssessment(gcp2()), { aggregation: 'worst' });
    expect(explainScore(worst, { area: 'safety' }).text).toContain('worst: the worst of 3 is 3');
  });

  it('explains a Star area by the stages of the edition it was scored with', () => {
    const edition2 = defineInstrument({ ...getInstrument('family-star-plus'), edition: '2', stages: [{ id: 'early', title: 'Early', min: 1, max: 5 }, { id: 'late', title: 'Late', min: 6, max: 10 }] });
    const local = scoreAssessment(star({ ratings: { 'family-routine': 5 } }) as never, { instruments: [edition2] });
    expect(explainScore(local, { area: 'family-routine' }, { instruments: [edition2] }).text).toBe('family-routine reads 5, in stage early (1–5).');
    // Without that edition in sight, the built-in one's stages would contradict the score: refused.
    const error = catchError(() => explainScore(local, { area: 'family-routine' })) as OperationError;
    expect([error.code, error.message]).toEqual([
      'unknown-instrument',
      'explainScore: the score is of family-star-plus edition 2, but the family-star-plus visible here is edition 1; pass the instrument it was scored with in options.instruments',
    ]);
  });

  it('explains a Star area by its stage', () => {
    const starScore = scoreAssessment(parseAssessment(star()));
    expect(explainScore(starScore, { area: 'physical-health' })).toMatchObject({ rule: 'stage', value: 6, text: 'physical-health reads 6, in stage trying (5–6).' });
  });

  it('refuses an unknown target or something that is not a score', () => {
    expect(() => explainScore(score(), { area: 'love' })).toThrow(/No area "love" in this score: expected one of physical, safety, emotional, developmental/);
    expect(() => explainScore(score(), { need: '__proto__' })).toThrow(OperationError);
    expect(() => explainScore({} as never, { area: 'x' })).toThrow(OperationError);
    expect(() => explainScore(score(), 'physical' as never)).toThrow(OperationError);
  });

  it('refuses a target naming two values, or a key it does not know, rather than explain one of them', () => {
    // TypeScript takes { area, need } for the union ExplainTarget; before, the area was explained and the need dropped.
    const two = { area: 'physical', need: 'nutritional' };
    expect(() => explainScore(score(), two)).toThrow(/explainScore: expected a target of one key.*received the key "area" and the key "need"/);
    expect(catchError(() => explainScore(score(), two))).toMatchObject({ code: 'unknown-target' });
    expect(() => explainScore(score(), { subArea: 'physical.nutrition', area: 'physical' } as never)).toThrow(OperationError);
    expect(() => explainScore(score(), { area: 'physical', areas: 'safety' } as never)).toThrow(/the key "area" and the key "areas"/);
    expect(() => explainScore(score(), { area: 4 } as never)).toThrow(/received the key "area" holding the number 4/);
    expect(() => explainScore(score(), {} as never)).toThrow(/received an object with no key/);
    // Not an object at all: said as it is, not read as the keys of a string.
    expect(() => explainScore(score(), 'physical' as never)).toThrow(/naming an id; received the string "physical"$/);
    expect(() => explainScore(score(), null as never)).toThrow(/naming an id; received null$/);
    // A key set to undefined is absent, as in options; the result names the one target read.
    const explained = explainScore(score(), { subArea: undefined, area: 'physical' } as never);
    expect(explained.target).toEqual({ area: 'physical' });
    expect(explained.value).toBe(4);
  });
});

describe('scoreAssessment at its boundary', () => {
  it('validates raw input itself and refuses an invalid one', () => {
    expect(scoreAssessment(gcp2() as never).family).toBe('gcp');
    expect(() => scoreAssessment(gcp2({ assessedOn: '2025-02-30' }) as never)).toThrow(AssessmentError);
  });

  it('refuses bad options, naming the option', () => {
    const parsed = parseAssessment(gcp2());
    const issue = (options: object) => {
      try {
        scoreAssessment(parsed, options);
      } catch (error) {
        expect(error).toBeInstanceOf(OptionsError);
        return (error as OptionsError).issues[0];
      }
      return undefined;
    };
    expect(issue({ aggregation: 'mean' })?.path).toEqual(['aggregation']);
    expect(issue({ bands: { met: { min: 1, max: 2 }, borderline: { min: 4, max: 4 }, concern: { min: 5, max: 5 } } })?.path).toEqual(['bands', 'borderline', 'min']);
    expect(issue({ bands: 'strict' })?.path).toEqual(['bands']);
    expect(issue({ needs: { 'physical.food': 'nutritional' } })?.path).toEqual(['needs', 'physical.food']);
    expect(() => scoreAssessment(parseAssessment(star()), { bands: { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 10 } } })).toThrow(/no bands/);
  });

  it('checks options frozen only on the surface again on every call (their bands can still change)', () => {
    const parsed = parseAssessment(gcp2({ ratings: { 'physical.nutrition': 3 } }));
    const bands = { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } };
    const options = Object.freeze({ bands });
    const bandOf = () => (scoreAssessment(parsed, options) as GcpScore).subAreas['physical.nutrition']?.band;
    expect(bandOf()).toBe('borderline');
    bands.met.max = 3;
    bands.borderline = { min: 4, max: 4 };
    bands.concern.min = 5;
    expect(bandOf()).toBe('met');
    bands.met = 'garbage' as never;
    expect(bandOf).toThrow(OptionsError);
    // Frozen all the way down, the plan is made once and kept.
    const fixed = Object.freeze({ bands: Object.freeze({ met: Object.freeze({ min: 1, max: 1 }), borderline: Object.freeze({ min: 2, max: 3 }), concern: Object.freeze({ min: 4, max: 5 }) }) });
    expect((scoreAssessment(parsed, fixed) as GcpScore).subAreas['physical.nutrition']?.band).toBe('borderline');
    // The plan walks only the options it reads: a key it ignores may point anywhere, even back
    // (a caller's options hold more than scoring's) ...
    const cyclic: Record<string, unknown> = { bands: fixed.bands };
    cyclic['self'] = cyclic;
    expect(bandOfGrade(planFor(getInstrument('gcp2'), Object.freeze(cyclic) as never), 2)).toBe('borderline');
    // ... while scoreAssessment itself refuses an option it does not take.
    expect(() => scoreAssessment(parsed, Object.freeze(cyclic) as never)).toThrow(/^Invalid options: self: expected one of the options this function takes \(instruments, aggregation, bands, needs\), received the unknown option "self"$/);
  });

  it('uses a need mapping given in the options', () => {
    const parsed = parseAssessment(gcp2({ ratings: { 'physical.housing': 5, 'safety.home': 2 } }));
    const remapped = scoreAssessment(parsed, Object.freeze({ needs: { 'physical.housing': 'supervisory', 'safety.*': 'supervisory' } }));
    expect(remapped.family === 'gcp' && Object.keys(remapped.needs)).toEqual(['supervisory']);
    expect(remapped.family === 'gcp' && remapped.needs['supervisory']?.grade).toBe(5);
  });
});
