import { describe, expect, it } from 'vitest';
import { defineInstrument, definePolicy, getInstrument, placeOnContinuum, PolicyError, referencePolicy, type Assessment, type ThresholdPolicyDefinition } from '../../src/index.js';
import { all, gcp2At } from '../support/history.js';

/** A local policy changing every number and every level name of reference-2016, reordering and dropping rules. */
const local: ThresholdPolicyDefinition = {
  id: 'riverside-2026',
  version: '3.1',
  title: 'Riverside partnership thresholds',
  levels: [
    { id: 'tier-4', title: 'Tier 4: statutory', reviewIntervalDays: 28 },
    { id: 'tier-3', title: 'Tier 3: targeted', reviewIntervalDays: 42 },
    { id: 'tier-2', title: 'Tier 2: early help', reviewIntervalDays: 56 },
    { id: 'tier-1', title: 'Tier 1: universal', reviewIntervalDays: 365 },
  ],
  bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 5 } },
  persistenceDays: 30,
  seriousImpairmentMinAreas: 3,
  seriousImpairmentGrade: 4,
  preMobileMonths: 12,
  highRiskGroups: ['pre-mobile', 'young-carer'],
  needs: { gcp2: { ...(referencePolicy.needs['gcp2'] as Record<string, string>), 'safety.online': 'online' } },
  rules: [
    { id: 'immediate-safety', level: 'tier-4', urgent: true, needTypes: ['supervisory', 'online'], grade: 4 },
    { id: 'definition-2', level: 'tier-4' },
    { id: 'definition-1', level: 'tier-2' },
    { id: 'needs-met', level: 'tier-1' },
  ],
};

describe('a local policy', () => {
  // definePolicy runs inside each test, so that mutation testing sees which tests cover it.
  const place = (items: Record<string, unknown>[]) => placeOnContinuum(items as unknown as Assessment[], { policy: definePolicy(local), asOf: '2026-03-01' });

  it('uses its own level names, rules and review intervals', () => {
    const p = place([gcp2At('A', '2026-01-05', all(1, { 'physical.hygiene': 3 }))]);
    // Grade 3 is a concern locally (borderline under reference-2016); definition-2-partial is dropped.
    expect([p.level, p.levelTitle, p.rule, p.policy]).toEqual(['tier-2', 'Tier 2: early help', 'definition-1', { id: 'riverside-2026', version: '3.1' }]);
    expect(p.nextReviewDue).toBe('2026-03-02'); // + 56 days
    expect(placeOnContinuum([gcp2At('A', '2026-01-05', all(1, { 'physical.hygiene': 3 }))] as unknown as Assessment[], { asOf: '2026-03-01' }).level).toBe('additional-support');
  });

  it('uses its own persistence days, grade for immediate safety and need types', () => {
    const history = [gcp2At('A', '2026-01-05', all(1, { 'safety.online': 3 })), gcp2At('B', '2026-02-04', all(1, { 'safety.online': 3 }))];
    const p = place(history);
    // 30 days apart: persistent locally (30), not under reference-2016 (90).
    expect(p.definitions.safeguarding.persistent.map((n) => [n.needType, n.spanDays])).toEqual([['online', 30]]);
    expect(p.needs['online']).toEqual({ grade: 3, band: 'concern' });
    expect(placeOnContinuum(history as unknown as Assessment[]).definitions.safeguarding.persistent).toEqual([]);
    expect(place([gcp2At('A', '2026-01-05', all(1, { 'safety.online': 4 }))])).toMatchObject({ level: 'tier-4', rule: 'immediate-safety', urgent: true });
  });

  it('uses its own age for pre-mobile and its own high-risk groups', () => {
    const baby = place([gcp2At('A', '2026-01-05', all(1), { id: 'C-1', dateOfBirth: '2025-02-01' })]);
    expect(baby.definitions.safeguarding.highRiskGroups).toEqual([{ group: 'pre-mobile', how: 'age', detail: '11 whole months old on 2026-01-05 (born 2025-02-01), under 12' }]);
    const carer = place([gcp2At('A', '2026-01-05', all(1), { id: 'C-1', flags: ['young-carer', 'disabled'] })]);
    expect(carer.definitions.safeguarding.highRiskGroups.map((g) => g.group)).toEqual(['young-carer']);
  });

  it('only ever answers with its own levels and rules', () => {
    const p = place([gcp2At('A', '2026-01-05', all(5))]);
    expect(local.levels.map((l) => l.id)).toContain(p.level);
    expect(local.rules.map((r) => r.id)).toContain(p.rule);
    expect(p.rules.map((r) => r.id)).toEqual(['immediate-safety', 'definition-2', 'definition-1', 'needs-met']);
  });
});

describe('definePolicy', () => {
  it('takes as many serious-impairment areas as the instrument has (concerns in all four areas)', () => {
    expect(definePolicy({ ...local, seriousImpairmentMinAreas: 4 }).seriousImpairmentMinAreas).toBe(4);
  });

  it('freezes a copy and leaves the definition alone', () => {
    const definition = structuredClone(local);
    const policy = definePolicy(definition);
    expect(Object.isFrozen(policy.rules[0])).toBe(true);
    expect(Object.isFrozen(definition.rules[0])).toBe(false);
    expect(definePolicy(referencePolicy)).toEqual(referencePolicy);
  });

  const bad: [string, unknown, (string | number)[], RegExp][] = [
    ['no rules', { ...local, rules: [] }, ['rules'], /at least 1 item/],
    ['an unknown rule', { ...local, rules: [{ id: 'definition-3', level: 'tier-1' }] }, ['rules', 0, 'id'], /one of/],
    ['a rule naming an unknown level', { ...local, rules: [{ id: 'needs-met', level: 'tier-9' }] }, ['rules', 0, 'level'], /tier-4, tier-3, tier-2, tier-1/],
    ['needs-met not last', { ...local, rules: [{ id: 'needs-met', level: 'tier-1' }, { id: 'definition-1', level: 'tier-2' }] }, ['rules', 1, 'id'], /"needs-met" as the last rule/],
    ['a duplicate rule', { ...local, rules: [{ id: 'definition-1', level: 'tier-2' }, { id: 'definition-1', level: 'tier-2' }, { id: 'needs-met', level: 'tier-1' }] }, ['rules', 1, 'id'], /not used before/],
    ['immediate-safety without a grade', { ...local, rules: [{ id: 'immediate-safety', level: 'tier-4', needTypes: ['supervisory'] }, { id: 'needs-met', level: 'tier-1' }] }, ['rules', 0, 'grade'], /grade at which/],
    ['a grade on another rule', { ...local, rules: [{ id: 'definition-1', level: 'tier-2', grade: 4 }, { id: 'needs-met', level: 'tier-1' }] }, ['rules', 0], /only on the immediate-safety rule/],
    ['duplicate levels', { ...local, levels: [local.levels[0], local.levels[0]] }, ['levels', 1, 'id'], /not used before/],
    ['a negative persistence', { ...local, persistenceDays: -3 }, ['persistenceDays'], /≥ 1/],
    // "expected a number, received the number Infinity" (as JSON.parse reads 1e400 in a policy file) contradicted itself.
    ['an infinite persistence', { ...local, persistenceDays: Infinity }, ['persistenceDays'], /^a finite number$/],
    ['a NaN persistence', { ...local, persistenceDays: Number.NaN }, ['persistenceDays'], /^a finite number$/],
    ['fractional months', { ...local, preMobileMonths: 8.5 }, ['preMobileMonths'], /integer/],
    ['bands with a gap', { ...local, bands: { met: { min: 1, max: 1 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } } }, ['bands', 'borderline', 'min'], /^2 /],
    ['needs for an unknown instrument', { ...local, needs: { gcp3: {} } }, ['needs', 'gcp3'], /known instrument/],
    ['needs for a Star', { ...local, needs: { 'family-star-plus': {} } }, ['needs', 'family-star-plus'], /GCP-family/],
    ['needs naming an unknown sub-area', { ...local, needs: { gcp2: { 'physical.food': 'nutritional' } } }, ['needs', 'gcp2', 'physical.food'], /sub-area id/],
    ['a review interval of zero', { ...local, levels: [{ id: 'tier-1', title: 'T', reviewIntervalDays: 0 }] }, ['levels', 0, 'reviewIntervalDays'], /≥ 1/],
    ['an unknown field', { ...local, thresholds: {} }, ['thresholds'], /no such key/],
    ['a serious-impairment grade off the scale', { ...local, seriousImpairmentGrade: 7 }, ['seriousImpairmentGrade'], /^a grade on gcp2's scale \(1–5\)$/],
    ['more serious-impairment areas than the instrument has (the reason could never fire)', { ...local, seriousImpairmentMinAreas: 5 }, ['seriousImpairmentMinAreas'], /^at most 4, the areas of gcp2 \(the most of any instrument the policy maps\)$/],
    ['a level title with a lone surrogate', { ...local, levels: [{ id: 'tier-1', title: 'Tier \ud800', reviewIntervalDays: null }] }, ['levels', 0, 'title'], /^text without a lone surrogate/],
    ['an immediate-safety grade off the scale', { ...local, rules: [{ ...local.rules[0], grade: 9 }, ...local.rules.slice(1)] }, ['rules', 0, 'grade'], /^a grade on gcp2's scale \(1–5\)$/],
  ];

  it.each(bad)('refuses %s, naming the path', (_what, definition, path, expected) => {
    try {
      definePolicy(definition as ThresholdPolicyDefinition);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues[0]?.path).toEqual(path);
      expect((error as PolicyError).issues[0]?.expected).toMatch(expected);
    }
  });

  it('validates a policy passed to placeOnContinuum without definePolicy', () => {
    expect(() => placeOnContinuum([gcp2At('A', '2026-01-05', all(1))] as unknown as Assessment[], { policy: { ...local, persistenceDays: 0 } as never })).toThrow(PolicyError);
  });
});

describe('definePolicy says exactly what is wrong', () => {
  const issue = (definition: unknown) => {
    try {
      definePolicy(definition as ThresholdPolicyDefinition);
    } catch (error) {
      const first = (error as PolicyError).issues[0];
      return [first?.path.join('.'), first?.expected, first?.received];
    }
    return ['accepted'];
  };
  it.each([
    [{ ...local, levels: [local.levels[0], local.levels[0]] }, ['levels.1.id', 'a level id not used before', 'the duplicate id "tier-4"']],
    [{ ...local, rules: [{ id: 'needs-met', level: 'tier-1' }, { id: 'needs-met', level: 'tier-1' }] }, ['rules.1.id', 'a rule id not used before', 'the duplicate id "needs-met"']],
    [{ ...local, rules: [{ id: 'immediate-safety', level: 'tier-4', grade: 5 }, { id: 'needs-met', level: 'tier-1' }] }, ['rules.0.needTypes', 'the need types immediate-safety watches (reference: ["supervisory"])', 'nothing (the field is missing)']],
    [{ ...local, rules: [{ id: 'immediate-safety', level: 'tier-4', needTypes: ['supervisory'] }, { id: 'needs-met', level: 'tier-1' }] }, ['rules.0.grade', 'the grade at which immediate-safety fires (reference: 5)', 'nothing (the field is missing)']],
    [{ ...local, rules: [{ id: 'borderline', level: 'tier-2', needTypes: ['supervisory'] }, { id: 'needs-met', level: 'tier-1' }] }, ['rules.0', 'needTypes and grade only on the immediate-safety rule', 'them on borderline']],
    [{ ...local, rules: [{ id: 'needs-met', level: 'tier-1' }, { id: 'borderline', level: 'tier-2' }] }, ['rules.1.id', '"needs-met" as the last rule (the catch-all, so every child is placed)', 'the string "borderline"']],
    [{ ...local, needs: { gcp9: {} } }, ['needs.gcp9', 'a known instrument id (pass your own instruments in the options)', 'the unknown instrument "gcp9"']],
    [{ ...local, needs: { 'family-star-plus': {} } }, ['needs.family-star-plus', 'a GCP-family instrument (Stars are not placed on the continuum)', 'the Star "family-star-plus"']],
    [{ ...local, seriousImpairmentGrade: 0 }, ['seriousImpairmentGrade', "a grade on gcp2's scale (1–5)", 'the number 0']],
    [{ ...local, rules: [{ ...local.rules[0], grade: 6 }, ...local.rules.slice(1)] }, ['rules.0.grade', "a grade on gcp2's scale (1–5)", 'the number 6']],
    [JSON.parse('{"id":"x","__proto__":{}}'), ['__proto__', 'a data key (never "__proto__", "constructor" or "prototype")', 'the forbidden key "__proto__"']],
    [{ ...local, rules: [{ ...local.rules[0], needTypes: ['supervison'] }, ...local.rules.slice(1)] }, ['rules.0.needTypes.0', 'a need type gcp2 has under the policy (nutritional, physical, medical, supervisory, online, emotional)', 'the string "supervison"']],
    [{ ...local, bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2.5 }, concern: { min: 3, max: 5 } } }, ['bands.borderline.max', 'an integer', 'the number 2.5']],
    // Listed twice, a group or need type would be cited twice in every placement reading it.
    [{ ...local, highRiskGroups: ['disabled', 'looked-after', 'disabled'] }, ['highRiskGroups.2', 'a high-risk group id not used before', 'the duplicate id "disabled"']],
    [{ ...local, rules: [{ ...local.rules[0], needTypes: ['supervisory', 'supervisory'] }, ...local.rules.slice(1)] }, ['rules.0.needTypes.1', 'a need type id not used before', 'the duplicate id "supervisory"']],
    // A sub-area of no need type would count towards the areas at concern, but towards no need type.
    [{ ...local, needs: { gcp2: { 'physical.*': 'physical', 'safety.*': 'supervisory' } } }, ['needs.gcp2', 'a need type for every sub-area of gcp2', 'none for emotional.responsiveness, emotional.mutual-engagement, developmental.stimulation, developmental.approval, developmental.disapproval, developmental.acceptance']],
  ])('%#', (definition, expected) => {
    expect(issue(definition)).toEqual(expected);
  });

  it("places an instrument whose own need mapping leaves a sub-area out on purpose (only a policy's mapping must cover all)", () => {
    const gcp2 = getInstrument('gcp2');
    const local = defineInstrument({ ...gcp2, id: 'local-gcp', areas: [...gcp2.areas, { id: 'context', title: 'Context', subAreas: [{ id: 'context.tenure', title: 'Tenure' }] }] });
    const a = { schemaVersion: 1, id: 'L', instrument: 'local-gcp', child: { id: 'C-1', flags: ['mobile'] }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4, 'context.tenure': 4 } };
    const p = placeOnContinuum([a] as never, { instruments: [local] });
    // The areas criterion reads the instrument's areas, mapped to a need type or not.
    expect(p.rule).toBe('definition-2-partial');
    expect(p.definitions.earlyHelp.needsAtConcern).toEqual([{ needType: 'nutritional', grade: 4, subAreas: ['physical.nutrition'] }]);
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'areas', minAreas: 2, areas: ['physical', 'context'] }]);
  });

  it('refuses an instrument that neither the policy nor the instrument maps to any need type, saying so', () => {
    // Without a need type no rule can read a grade: every placement would be refused as
    // "nothing assessed" (though sub-areas are scored), or name an empty list of need types.
    const bare = defineInstrument({ ...getInstrument('gcp2'), id: 'bare-gcp', needTypes: [], needs: {} });
    const a = { schemaVersion: 1, id: 'B', instrument: 'bare-gcp', child: { id: 'C-1', flags: ['mobile'] }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 5 } };
    const expected =
      'Invalid threshold policy: needs["bare-gcp"]: expected a need type for the sub-areas of bare-gcp (neither the policy nor bare-gcp maps any): map bare-gcp in the policy\'s needs, or give bare-gcp a needs map, received none';
    expect(() => placeOnContinuum([a] as never, { instruments: [bare] })).toThrow(expected);
    // Under a policy without immediate-safety (whose need types would be missing too), the same.
    const quiet = definePolicy({ ...referencePolicy, id: 'no-immediate', rules: referencePolicy.rules.slice(1) });
    expect(() => placeOnContinuum([a] as never, { instruments: [bare], policy: quiet })).toThrow(expected);
  });

  it('maps a one-area form beside gcp2 with serious impairment at three areas (the reason cannot fire on the form alone)', () => {
    const gcp2 = getInstrument('gcp2');
    const short = defineInstrument({ ...gcp2, id: 'short-gcp', areas: [gcp2.areas[0] as (typeof gcp2.areas)[number]], needs: { 'physical.*': 'supervisory' } });
    // local's immediate-safety rule watches supervisory and online: the form must have both.
    const mapping = { 'physical.nutrition': 'supervisory', 'physical.housing': 'supervisory', 'physical.clothing': 'supervisory', 'physical.hygiene': 'supervisory', 'physical.health': 'online' };
    const policy = definePolicy({ ...local, needs: { ...local.needs, 'short-gcp': mapping } }, { instruments: [short] });
    expect(policy.seriousImpairmentMinAreas).toBe(3);
    expect(() => definePolicy({ ...local, needs: { 'short-gcp': mapping } }, { instruments: [short] })).toThrow(/seriousImpairmentMinAreas: expected at most 1, the areas of short-gcp/);
    // The widest is found in any order of the mapping, and the first of equals is named.
    const wide = { ...local, seriousImpairmentMinAreas: 5 };
    expect(() => definePolicy({ ...wide, needs: { 'short-gcp': mapping, ...local.needs } }, { instruments: [short] })).toThrow(/expected at most 4, the areas of gcp2 /);
    const twin = defineInstrument({ ...gcp2, id: 'twin-gcp' });
    expect(() => definePolicy({ ...wide, needs: { ...local.needs, 'twin-gcp': local.needs['gcp2'] as Record<string, string> } }, { instruments: [twin] })).toThrow(/expected at most 4, the areas of gcp2 /);
  });

  it('places a one-area instrument it does not map under the reference policy (two areas at concern cannot happen there)', () => {
    const gcp2 = getInstrument('gcp2');
    const short = defineInstrument({ ...gcp2, id: 'short-gcp', areas: [gcp2.areas[0] as (typeof gcp2.areas)[number]], needs: { 'physical.*': 'supervisory' } });
    const a = { schemaVersion: 1, id: 'S', instrument: 'short-gcp', child: { id: 'C-1', flags: ['mobile'] }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } };
    const p = placeOnContinuum([a] as never, { instruments: [short] });
    expect(p.rule).toBe('definition-1');
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([]);
  });

  it('checks a policy against an instrument it does not map when it places that instrument', () => {
    // needs: {} maps nothing, so gcp2 falls back to its own need mapping; the grade is off its scale.
    const loose = definePolicy({ ...local, id: 'loose', needs: {}, seriousImpairmentGrade: 7, rules: [{ ...local.rules[0], needTypes: ['supervisor'] } as never, ...local.rules.slice(1)] });
    expect(() => placeOnContinuum([gcp2At('A', '2026-01-05', all(2, { 'safety.home': 5 }))] as never, { policy: loose })).toThrow(
      'Invalid threshold policy: seriousImpairmentGrade: expected a grade on gcp2\'s scale (1–5), received the number 7 (and 1 more issue)',
    );
  });

  it('holds seriousImpairmentMinAreas to the instrument it places when the policy maps none', () => {
    // gcp2 has 4 areas (physical, safety, emotional, developmental): with all four at concern
    // the areas reason could still never fire at 5, so the policy is refused when it places gcp2.
    const wide = definePolicy({ ...referencePolicy, id: 'wide', needs: {}, seriousImpairmentMinAreas: 5 });
    const fourAreas = all(2, { 'physical.nutrition': 4, 'safety.home': 4, 'emotional.responsiveness': 4, 'developmental.approval': 4 });
    expect(() => placeOnContinuum([gcp2At('A', '2026-01-05', fourAreas)] as never, { policy: wide })).toThrow(
      'Invalid threshold policy: seriousImpairmentMinAreas: expected at most 4, the areas of gcp2 (the policy maps no instrument), received the number 5',
    );
    // At 4 the same child has serious impairment likely by the areas reason.
    const four = definePolicy({ ...referencePolicy, id: 'four', needs: {}, seriousImpairmentMinAreas: 4 });
    expect(placeOnContinuum([gcp2At('A', '2026-01-05', fourAreas)] as never, { policy: four }).definitions.safeguarding.seriousImpairmentReasons).toContainEqual({
      reason: 'areas',
      minAreas: 4,
      areas: ['physical', 'safety', 'emotional', 'developmental'],
    });
  });

  it("accepts grades from the met band's edge to the scale's worse end", () => {
    // local's met band is 1 alone: 2 is its borderline grade, 5 the worst.
    expect(definePolicy({ ...local, seriousImpairmentGrade: 2, rules: [{ ...local.rules[0], grade: 5 } as never, ...local.rules.slice(1)] }).seriousImpairmentGrade).toBe(2);
    expect(definePolicy({ ...local, seriousImpairmentGrade: 5, rules: [{ ...local.rules[0], grade: 2 } as never, ...local.rules.slice(1)] }).rules[0]?.grade).toBe(2);
  });

  it('takes its title from its id when it has none', () => {
    const { title: _title, ...untitled } = local;
    expect(definePolicy(untitled as ThresholdPolicyDefinition).title).toBe('riverside-2026');
  });
});
