import { describe, expect, it } from 'vitest';
import { defineInstrument, definePolicy, getInstrument, parseAssessment, placeOnContinuum, referencePolicy } from '../../src/index.js';
import { all, gcp2At, starAt } from '../support/history.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return [(error as Error).constructor.name, (error as { code?: string }).code ?? null, (error as Error).message];
  }
  return ['placed'];
};
const gcp = (id: string, on: string, ratings: Record<string, unknown>) => ({ schemaVersion: 1, id, instrument: 'gcp', child: { id: 'C-1' }, assessedOn: on, ratings });

describe('placement refuses, in so many words', () => {
  it.each([
    [() => placeOnContinuum([gcp2At('A', '2025-06-02', all(2))] as never, { policy: 'strict' as never }), 'OptionsError', null, 'Invalid options: policy: expected a threshold policy (see definePolicy), received the string "strict"'],
    [() => placeOnContinuum([starAt('S', '2025-06-02', { 'family-routine': 3 }, { id: 'C-1' })] as never), 'OperationError', 'star-only', 'placeOnContinuum: the history holds Star readings only; Stars measure family progress, not neglect, so placement needs a GCP-family assessment'],
    [
      () => placeOnContinuum([gcp('G', '2025-01-06', { 'physical.nutrition': 4 }), gcp2At('A', '2025-04-07', all(2))] as never, { policy: definePolicy({ ...referencePolicy, id: 'only-gcp2', needs: { gcp2: referencePolicy.needs['gcp2'] as Record<string, string> } }) }),
      'OperationError', 'mixed-instruments', 'placeOnContinuum: the history mixes gcp and gcp2, but policy only-gcp2 does not map gcp; a policy must map every instrument of a mixed history',
    ],
    [() => placeOnContinuum([gcp2At('A', '2025-06-02', all(2))] as never, { asOf: '2025-06-01' }), 'OperationError', 'as-of-before-latest', 'placeOnContinuum: asOf 2025-06-01 is before the latest assessment (A, 2025-06-02)'],
    [() => placeOnContinuum([gcp2At('A', '2025-06-02', all(2))] as never, { asOf: '1 June' }), 'OptionsError', null, 'Invalid options: asOf: expected a calendar date written YYYY-MM-DD that exists, received the string "1 June"'],
    [() => placeOnContinuum([gcp2At('A', '2025-06-02', { 'safety.home': 'not-scored' })] as never), 'OperationError', 'nothing-assessed', 'placeOnContinuum: no need type is assessed in the latest assessment (A); placement needs at least one scored sub-area'],
    [
      () => placeOnContinuum([gcp2At('B', '2025-06-02', all(2, { 'safety.home': 5 })), gcp2At('C', '2025-06-02', all(2))] as never),
      'OperationError', 'same-day-conflict', 'placeOnContinuum: B and C, both on 2025-06-02, disagree on supervisory (concern and met); placement will not choose between them — date them apart or record one assessment',
    ],
    // Same band (concern), other grades: immediate-safety fires on 5 only, so the id would decide.
    [
      () => placeOnContinuum([gcp2At('A-1', '2025-06-02', all(2, { 'safety.home': 5 })), gcp2At('A-2', '2025-06-02', all(2, { 'safety.home': 4 }))] as never),
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-1 and A-2, both on 2025-06-02, disagree on the grade of supervisory (5 and 4); placement will not choose between them — date them apart or record one assessment',
    ],
    // Same need grades, other sub-areas at concern: the areas at concern (serious impairment) would differ.
    [
      () => placeOnContinuum([gcp2At('A-1', '2025-06-02', all(2, { 'physical.hygiene': 4, 'emotional.responsiveness': 4 })), gcp2At('A-2', '2025-06-02', all(2, { 'physical.hygiene': 4, 'emotional.responsiveness': 4, 'developmental.stimulation': 4 }))] as never),
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-1 and A-2, both on 2025-06-02, disagree on the sub-areas at concern (physical.hygiene, emotional.responsiveness and physical.hygiene, emotional.responsiveness, developmental.stimulation); placement will not choose between them — date them apart or record one assessment',
    ],
    // Same findings, other flags: one records the child as disabled (a high-risk group).
    [
      () => placeOnContinuum([gcp2At('A-1', '2025-06-02', all(2, { 'physical.hygiene': 4 }), { id: 'C-1', flags: ['disabled'] }), gcp2At('A-2', '2025-06-02', all(2, { 'physical.hygiene': 4 }))] as never),
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-1 and A-2, both on 2025-06-02, disagree on the high-risk groups (disabled and none); placement will not choose between them — date them apart or record one assessment',
    ],
    // An earlier day too: met on one, concern on the other would make or break a persistent need by id.
    [
      () => placeOnContinuum([gcp2At('A-0', '2025-01-01', all(2)), gcp2At('A-1', '2025-01-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-2', '2025-04-15', all(2, { 'physical.hygiene': 4 }))] as never),
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-0 and A-1, both on 2025-01-01, disagree on physical (met and concern); placement will not choose between them — date them apart or record one assessment',
    ],
    [() => placeOnContinuum([] as never), 'OperationError', 'empty-history', 'placeOnContinuum: the history is empty; expected at least one assessment'],
  ])('%#', (fn, kind, code, message) => {
    expect(refusal(fn)).toEqual([kind, code, message]);
  });
});

describe('instruments the policy does not map', () => {
  const local = defineInstrument({
    ...getInstrument('gcp2'),
    id: 'gcp2-local',
    edition: '2026.1',
    needs: { ...getInstrument('gcp2').needs, 'safety.online': 'online' },
    needTypes: [...getInstrument('gcp2').needTypes, { id: 'online', title: 'Online', kind: 'physical' }],
  });
  const localAt = (id: string, on: string, ratings: Record<string, unknown>) =>
    parseAssessment({ schemaVersion: 1, id, instrument: 'gcp2-local', child: { id: 'C-1' }, assessedOn: on, ratings }, { instruments: [local] });

  it('places a history of one unmapped instrument by the instrument’s own need mapping', () => {
    const p = placeOnContinuum([localAt('L', '2025-06-02', all(2, { 'safety.online': 4 }))]);
    expect(p.definitions.earlyHelp.needsAtConcern).toEqual([{ needType: 'online', grade: 4, subAreas: ['safety.online'] }]);
    expect(p.needs['supervisory']).toEqual({ grade: 2, band: 'met' });
    expect(p.latest.instrument).toEqual({ id: 'gcp2-local', edition: '2026.1' });
  });

  it('applies the policy’s bands to an instrument it does not map', () => {
    const strict = definePolicy({ ...referencePolicy, id: 'strict', bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 5 } } });
    const p = placeOnContinuum([localAt('L', '2025-06-02', all(1, { 'physical.hygiene': 3 }))], { policy: strict });
    expect([p.rule, p.needs['physical']]).toEqual(['definition-1', { grade: 3, band: 'concern' }]);
  });

  it('names every unmapped instrument of a mixed history', () => {
    const onlyGcp2 = definePolicy({ ...referencePolicy, id: 'only-gcp2', needs: { gcp2: referencePolicy.needs['gcp2'] as Record<string, string> } });
    expect(() => placeOnContinuum([gcp('G', '2025-01-06', { 'physical.nutrition': 4 }), localAt('L', '2025-03-01', all(2)), gcp2At('A', '2025-04-07', all(2))] as never, { policy: onlyGcp2, instruments: [local] })).toThrow(
      'placeOnContinuum: the history mixes gcp and gcp2-local and gcp2, but policy only-gcp2 does not map gcp, gcp2-local; a policy must map every instrument of a mixed history',
    );
  });

  it('lists the need types of every assessment, the latest’s first', () => {
    // The policy maps gcp (earlier) with an extra need type, and gcp2 (latest) with its
    // emotional sub-areas under a new need type, developmental (every sub-area must have one).
    const policy = definePolicy({
      ...referencePolicy,
      id: 'mixed',
      needs: {
        gcp: { ...(referencePolicy.needs['gcp'] as Record<string, string>), 'love.carer': 'attachment' },
        gcp2: Object.fromEntries(Object.entries(referencePolicy.needs['gcp2'] as Record<string, string>).map(([key, need]) => [key, need === 'emotional' ? 'developmental' : need])),
      },
    });
    const p = placeOnContinuum([gcp('G', '2025-01-06', { 'love.carer': 4, 'physical.health': 3 }), gcp2At('A', '2025-04-07', all(2))] as never, { policy });
    expect(Object.keys(p.needs)).toEqual(['medical', 'nutritional', 'physical', 'supervisory', 'developmental', 'emotional', 'attachment']);
    expect(p.notAssessed).toEqual(['emotional', 'attachment']);
  });
});

describe('a higher-is-better GCP-family instrument', () => {
  const upward = defineInstrument({
    id: 'upward', edition: '1', title: 'Up', family: 'gcp', direction: 'higher-is-better', scale: { min: 1, max: 4 },
    bands: { concern: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, met: { min: 3, max: 4 } },
    areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'watch', title: 'Watch' }] }, { id: 'home', title: 'Home', subAreas: [{ id: 'warm', title: 'Warm' }] }],
    needTypes: [{ id: 'nutritional', title: 'N', kind: 'physical' }, { id: 'supervisory', title: 'S', kind: 'physical' }, { id: 'physical', title: 'P', kind: 'physical' }],
    needs: { 'care.food': 'nutritional', 'care.watch': 'supervisory', 'home.warm': 'physical' },
  });
  // Defined when a test needs it, not while the file is collected, where a mutation test cannot see it.
  const policyOf = () => definePolicy(
    {
      ...referencePolicy,
      id: 'upward-policy',
      bands: { concern: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, met: { min: 3, max: 4 } },
      seriousImpairmentGrade: 1,
      needs: { upward: { 'care.food': 'nutritional', 'care.watch': 'supervisory', 'home.warm': 'physical' } },
      // definition-1 dropped: 1, the one concern grade, makes serious impairment likely whenever it would fire.
      rules: [{ id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['supervisory'], grade: 1 }, ...referencePolicy.rules.slice(1).filter((r) => r.id !== 'definition-1')],
    },
    { instruments: [upward] },
  );
  const at = (ratings: Record<string, unknown>) =>
    placeOnContinuum([parseAssessment({ schemaVersion: 1, id: 'U', instrument: 'upward', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings }, { instruments: [upward] })], { policy: policyOf() });

  it('reads grade 1 as the worst: immediate safety, serious impairment', () => {
    expect(at({ 'care.watch': 1, 'care.food': 4, 'home.warm': 4 })).toMatchObject({ rule: 'immediate-safety', urgent: true });
    expect(at({ 'care.food': 1, 'care.watch': 3 }).definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'grade', grade: 1, needTypes: ['nutritional'] }]);
  });

  it('cites only scored sub-areas as immediate-safety evidence (a not-scored one is not "below" 1)', () => {
    const shared = definePolicy({ ...policyOf(), id: 'upward-shared', needs: { upward: { 'care.food': 'supervisory', 'care.watch': 'supervisory', 'home.warm': 'physical' } } }, { instruments: [upward] });
    const input = { schemaVersion: 1, id: 'U', instrument: 'upward', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'care.food': 'not-scored', 'care.watch': 1, 'home.warm': 3 } };
    const p = placeOnContinuum([parseAssessment(input, { instruments: [upward] })], { policy: shared });
    expect(p.explanation[1]).toBe('immediate-safety: at or beyond grade 1 in U (2025-06-02): supervisory 1 (care.watch)');
  });

  it('does not count an unassessed need as at the worst grade', () => {
    const p = at({ 'care.food': 2 });
    expect([p.rule, p.definitions.safeguarding.seriousImpairmentReasons, p.notAssessed]).toEqual(['borderline', [], ['supervisory', 'physical']]);
  });

  it('places 4 (best) as met', () => {
    expect(at({ 'care.food': 4, 'care.watch': 4, 'home.warm': 3 }).level).toBe('universal');
  });
});

describe('same-day assessments whose order cannot change the placement are placed', () => {
  const levelOf = (items: Record<string, unknown>[]) => {
    const p = placeOnContinuum(items as never);
    return [p.level, p.rule];
  };

  it('two part-assessments on an earlier day that no persistent run reaches through a met', () => {
    // Nutrition at concern in one, emotional met in the other: neither order makes a met beside a concern.
    expect(levelOf([gcp2At('A-1', '2022-03-01', { 'physical.nutrition': 4 }), gcp2At('A-2', '2022-03-01', { 'emotional.responsiveness': 2 }), gcp2At('A-3', '2025-06-02', all(2))])).toEqual(['universal', 'needs-met']);
  });

  it('a met and a concern on a day behind a met assessment (the run ends before it)', () => {
    const history = [gcp2At('A-1', '2022-03-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-2', '2022-03-01', all(2)), gcp2At('A-3', '2024-03-01', all(2)), gcp2At('A-4', '2025-06-02', all(2, { 'physical.hygiene': 4 }))];
    expect(levelOf(history)).toEqual(['early-help', 'definition-1']);
    // Without the met in 2024 the same day decides whether the concern of 2022 counts: refused.
    expect(refusal(() => placeOnContinuum([history[0], history[1], history[3]] as never))[1]).toBe('same-day-conflict');
  });

  it('a met beside a concern on an earlier day, for a need type not at concern in the latest (no run to make or break)', () => {
    // Physical is borderline in the latest, so nothing ends a walk back to 2022: only its not being at concern spares it.
    expect(levelOf([gcp2At('A-1', '2022-03-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-2', '2022-03-01', all(2)), gcp2At('A-3', '2025-06-02', all(2, { 'physical.hygiene': 3, 'physical.nutrition': 4 }))])).toEqual(['early-help', 'definition-1']);
  });

  it('a met beside a borderline on an earlier day (the met ends the run either way)', () => {
    const history = [gcp2At('A-1', '2022-03-01', all(2)), gcp2At('A-2', '2022-03-01', all(2, { 'physical.hygiene': 3 })), gcp2At('A-3', '2025-06-02', all(2, { 'physical.hygiene': 4 }))];
    expect(levelOf(history)).toEqual(['early-help', 'definition-1']);
  });

  it('names the two in id order with their bands, whichever is met', () => {
    expect(refusal(() => placeOnContinuum([gcp2At('A-0', '2025-01-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-1', '2025-01-01', all(2)), gcp2At('A-2', '2025-04-15', all(2, { 'physical.hygiene': 4 }))] as never))).toEqual([
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-0 and A-1, both on 2025-01-01, disagree on physical (concern and met); placement will not choose between them — date them apart or record one assessment',
    ]);
  });

  it('a concern beside a borderline on an earlier day (the order cannot make or break the run)', () => {
    const history = [gcp2At('A-1', '2022-03-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-2', '2022-03-01', all(2, { 'physical.hygiene': 3 })), gcp2At('A-3', '2025-06-02', all(2, { 'physical.hygiene': 4 }))];
    const reversed = [gcp2At('A-2', '2022-03-01', all(2, { 'physical.hygiene': 4 })), gcp2At('A-1', '2022-03-01', all(2, { 'physical.hygiene': 3 })), history[2] as Record<string, unknown>];
    expect(levelOf(history)).toEqual(levelOf(reversed));
  });

  it('a GCP and a GCP2 assessment on the latest day, with the same need grades and as many areas at concern', () => {
    expect(levelOf([gcp('G-1', '2025-06-02', { 'physical.nutrition': 4, 'love.carer': 4 }), gcp2At('A-1', '2025-06-02', { 'physical.nutrition': 4, 'emotional.responsiveness': 4 })])).toEqual(['child-in-need', 'definition-2-partial']);
    // One more area at concern in one of them: the serious-impairment count would rest on the id.
    expect(refusal(() => placeOnContinuum([gcp('G-1', '2025-06-02', { 'physical.nutrition': 4, 'love.carer': 4 }), gcp2At('A-1', '2025-06-02', { 'physical.nutrition': 4, 'emotional.responsiveness': 4, 'developmental.stimulation': 4 })] as never))).toEqual([
      'OperationError', 'same-day-conflict', 'placeOnContinuum: A-1 and G-1, both on 2025-06-02, disagree on the number of areas at concern (3 and 2); placement will not choose between them — date them apart or record one assessment',
    ]);
  });
});
