import { describe, expect, it } from 'vitest';
import { defineInstrument, definePolicy, parseAssessment, placeOnContinuum, PolicyError, referencePolicy, type PolicyRule, type ThresholdPolicyDefinition } from '../../src/index.js';
import { markDefined } from '../../src/continuum/define-policy.js';
import { unreachableRuleIssues } from '../../src/continuum/rule-order.js';
import type { ThresholdPolicy } from '../../src/continuum/types.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { all, gcp2At } from '../support/history.js';

/** The first issue of a refused definition, as [path, expected, received]; ['accepted'] otherwise. */
const issue = (definition: ThresholdPolicyDefinition, options?: Parameters<typeof definePolicy>[1]) => {
  try {
    definePolicy(definition, options);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const first = error.issues[0];
    return [first?.path.join('.'), first?.expected, first?.received];
  }
  return ['accepted'];
};

/** The reference policy's rules in another order (each rule as reference-2016 writes it, `grade` replaced when given). */
const ordered = (ids: PolicyRule['id'][], grade?: number): PolicyRule[] =>
  ids.map((id) => {
    const rule = referencePolicy.rules.find((r) => r.id === id) as PolicyRule;
    return grade !== undefined && id === 'immediate-safety' ? { ...rule, grade } : rule;
  });

describe('a threshold inside the met band is refused: it would fire on needs that are met', () => {
  it.each([
    [{ ...referencePolicy, seriousImpairmentGrade: 2 }, 'seriousImpairmentGrade', 'serious impairment would be likely', 'the number 2'],
    [{ ...referencePolicy, seriousImpairmentGrade: 1 }, 'seriousImpairmentGrade', 'serious impairment would be likely', 'the number 1'],
    [{ ...referencePolicy, rules: ordered(['immediate-safety', 'definition-2', 'needs-met'], 2) }, 'rules.0.grade', 'immediate-safety would fire', 'the number 2'],
  ])('%#', (definition, path, what, received) => {
    expect(issue(definition)).toEqual([path, `a grade outside the met band (1–2): at a met grade, ${what} for a child whose needs are met`, received]);
  });

  it('takes the first grade past the met band (a borderline grade), and then places on it', () => {
    // Serious impairment is then likely for every need short of met: definition-1 and borderline could never fire after definition-2-partial.
    const rules = ordered(['immediate-safety', 'definition-2', 'definition-2-partial', 'needs-met']);
    const policy = definePolicy({ ...referencePolicy, id: 'borderline-serious', seriousImpairmentGrade: 3, rules });
    const p = placeOnContinuum([gcp2At('A', '2025-06-02', all(2, { 'developmental.approval': 3 }))] as never, { policy });
    expect([p.rule, p.definitions.safeguarding.seriousImpairmentReasons]).toEqual(['definition-2-partial', [{ reason: 'grade', grade: 3, needTypes: ['emotional'] }]]);
  });

  it('reads the met band where the policy puts it, at the top of a higher-is-better scale', () => {
    const upward = defineInstrument({
      id: 'upward', edition: '1', title: 'Up', family: 'gcp', direction: 'higher-is-better', scale: { min: 1, max: 4 },
      bands: { concern: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, met: { min: 3, max: 4 } },
      areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'watch', title: 'Watch' }] }],
      needTypes: [{ id: 'nutritional', title: 'N', kind: 'physical' }, { id: 'supervisory', title: 'S', kind: 'physical' }],
      needs: { 'care.food': 'nutritional', 'care.watch': 'supervisory' },
    });
    const base: ThresholdPolicyDefinition = {
      ...referencePolicy,
      id: 'upward-policy',
      bands: { concern: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, met: { min: 3, max: 4 } },
      seriousImpairmentGrade: 1,
      seriousImpairmentMinAreas: 1,
      needs: { upward: { 'care.food': 'nutritional', 'care.watch': 'supervisory' } },
      rules: ordered(referencePolicy.rules.map((r) => r.id), 1),
    };
    const options = { instruments: [upward] };
    expect(issue({ ...base, seriousImpairmentGrade: 3 }, options)).toEqual(['seriousImpairmentGrade', 'a grade outside the met band (3–4): at a met grade, serious impairment would be likely for a child whose needs are met', 'the number 3']);
    // 2 is borderline there, and not at or beyond 1 (the worst): immediate-safety at 2 can fire after definition-2-partial…
    // (definition-1 could not: 1, the one concern grade, is seriousImpairmentGrade).
    const order: PolicyRule['id'][] = ['definition-2', 'definition-2-partial', 'immediate-safety', 'borderline', 'needs-met'];
    const policy = definePolicy({ ...base, rules: ordered(order, 2) }, options);
    const a = parseAssessment({ schemaVersion: 1, id: 'U', instrument: 'upward', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'care.food': 4, 'care.watch': 2 } }, options);
    expect(placeOnContinuum([a], { policy })).toMatchObject({ rule: 'immediate-safety', urgent: true });
    // …while at 1 it never could: serious impairment is likely whenever it would fire.
    expect(issue({ ...base, rules: ordered(order, 1) }, options)[0]).toBe('rules.2.id');
  });
});

describe('a rule that can never fire, because an earlier one fires on every child it would, is refused', () => {
  const refused = (ids: PolicyRule['id'][], grade?: number) => issue({ ...referencePolicy, id: 'local', rules: ordered(ids, grade) });
  it.each([
    [
      ['definition-1', 'definition-2', 'needs-met'],
      ['rules.1.id', 'a rule that can fire: definition-1 (rules[0]) fires first on every child definition-2 fires on (a persistent need is at concern); put definition-2 before it, or drop it', '"definition-2" after it'],
    ],
    [
      ['definition-2-partial', 'definition-2', 'needs-met'],
      ['rules.1.id', 'a rule that can fire: definition-2-partial (rules[0]) fires first on every child definition-2 fires on (Definition 2 needs a persistent need); put definition-2 before it, or drop it', '"definition-2" after it'],
    ],
    // Both cover it: the earlier is named.
    [
      ['definition-1', 'definition-2-partial', 'definition-2', 'needs-met'],
      ['rules.1.id', 'a rule that can fire: definition-1 (rules[0]) fires first on every child definition-2-partial fires on (seriousImpairmentGrade 5 is a concern grade); put definition-2-partial before it, or drop it', '"definition-2-partial" after it'],
    ],
    [
      ['definition-2', 'definition-1', 'definition-2-partial', 'needs-met'],
      ['rules.2.id', 'a rule that can fire: definition-1 (rules[1]) fires first on every child definition-2-partial fires on (seriousImpairmentGrade 5 is a concern grade); put definition-2-partial before it, or drop it', '"definition-2-partial" after it'],
    ],
    [
      ['definition-1', 'immediate-safety', 'needs-met'],
      ['rules.1.id', 'a rule that can fire: definition-1 (rules[0]) fires first on every child immediate-safety fires on (its grade 5 is a concern grade); put immediate-safety before it, or drop it', '"immediate-safety" after it'],
    ],
    [
      ['definition-2-partial', 'immediate-safety', 'needs-met'],
      ['rules.1.id', 'a rule that can fire: definition-2-partial (rules[0]) fires first on every child immediate-safety fires on (its grade 5 is at or beyond seriousImpairmentGrade 5); put immediate-safety before it, or drop it', '"immediate-safety" after it'],
    ],
  ] as [PolicyRule['id'][], string[]][])('%j', (ids, expected) => {
    expect(refused(ids)).toEqual(expected);
  });

  it('names every unreachable rule', () => {
    try {
      definePolicy({ ...referencePolicy, rules: ordered(['definition-1', 'immediate-safety', 'definition-2', 'definition-2-partial', 'needs-met']) });
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyError).issues.map((i) => i.path.join('.'))).toEqual(['rules.1.id', 'rules.2.id', 'rules.3.id']);
    }
  });

  it('takes orders where each rule can still fire, and each does', () => {
    const place = (rules: PolicyRule[], ratings: Record<string, number>, extra: Partial<ThresholdPolicyDefinition> = {}) =>
      placeOnContinuum([gcp2At('A', '2025-06-02', all(2, ratings))] as never, { policy: definePolicy({ ...referencePolicy, id: 'local', ...extra, rules }) });
    // immediate-safety at 4 (short of seriousImpairmentGrade 5) after definition-2-partial: supervisory 4, in one area.
    expect(place(ordered(['definition-2', 'definition-2-partial', 'immediate-safety', 'definition-1', 'needs-met'], 4), { 'safety.home': 4 })).toMatchObject({ rule: 'immediate-safety', urgent: true });
    // definition-2-partial after definition-1, with serious impairment at a borderline grade: one need at 3.
    expect(place(ordered(['definition-1', 'definition-2-partial', 'needs-met']), { 'physical.hygiene': 3 }, { seriousImpairmentGrade: 3 }).rule).toBe('definition-2-partial');
    // borderline before definition-1 leaves definition-1 a child with concerns and nothing borderline.
    expect(place(ordered(['borderline', 'definition-1', 'needs-met']), { 'physical.hygiene': 4 }).rule).toBe('definition-1');
  });
});

describe('the numbers, not only the order, can leave a rule that never fires, and it is refused', () => {
  const refusals = (definition: Partial<ThresholdPolicyDefinition>) => {
    try {
      definePolicy({ ...referencePolicy, id: 'local', ...definition });
    } catch (error) {
      return (error as PolicyError).issues.map((i) => `${i.path.join('.')}: ${i.expected}`);
    }
    return [];
  };

  it.each([
    // The reference order under a serious-impairment grade at the concern band's edge: every concern is serious impairment.
    [
      { seriousImpairmentGrade: 4 },
      ['rules.3.id: a rule that can fire: definition-2-partial (rules[2]) fires first on every child definition-1 fires on (every concern grade is at or beyond seriousImpairmentGrade 4); drop it, or change the numbers (before definition-2-partial, definition-2-partial could never fire in turn)'],
    ],
    [
      { seriousImpairmentMinAreas: 1 },
      ['rules.3.id: a rule that can fire: definition-2-partial (rules[2]) fires first on every child definition-1 fires on (with seriousImpairmentMinAreas 1, a need at concern makes serious impairment likely); drop it, or change the numbers (before definition-2-partial, definition-2-partial could never fire in turn)'],
    ],
    [
      { seriousImpairmentGrade: 3 },
      [
        'rules.3.id: a rule that can fire: definition-2-partial (rules[2]) fires first on every child definition-1 fires on (every concern grade is at or beyond seriousImpairmentGrade 3); put definition-1 before it, or drop it',
        'rules.4.id: a rule that can fire: definition-2-partial (rules[2]) fires first on every child borderline fires on (every borderline grade is at or beyond seriousImpairmentGrade 3); put borderline before it, or drop it',
      ],
    ],
    [
      { seriousImpairmentMinAreas: 1, rules: ordered(['definition-2', 'definition-2-partial', 'immediate-safety', 'needs-met'], 4) },
      ['rules.2.id: a rule that can fire: definition-2-partial (rules[1]) fires first on every child immediate-safety fires on (its grade 4 is a concern grade, and with seriousImpairmentMinAreas 1, a need at concern makes serious impairment likely); put immediate-safety before it, or drop it'],
    ],
    // Two rules between them: a need at grade 3 is borderline, beyond it at concern.
    [
      { rules: ordered(['borderline', 'definition-1', 'immediate-safety', 'needs-met'], 3) },
      ["rules.2.id: a rule that can fire: borderline (rules[0]) or definition-1 (rules[1]) fires first on every child immediate-safety fires on (under the policy's bands and seriousImpairmentGrade 5); put immediate-safety before borderline, or drop it"],
    ],
    [
      { seriousImpairmentGrade: 3, rules: ordered(['definition-1', 'borderline', 'definition-2-partial', 'needs-met']) },
      ["rules.2.id: a rule that can fire: definition-1 (rules[0]) or borderline (rules[1]) fires first on every child definition-2-partial fires on (under the policy's bands and seriousImpairmentGrade 3); drop it, or change the numbers (before definition-1, definition-1 could never fire in turn)"],
    ],
  ] as [Partial<ThresholdPolicyDefinition>, string[]][])('%j', (definition, expected) => {
    expect(refusals(definition)).toEqual(expected);
  });

  it('refuses exactly the rules placement never reaches, over orders and numbers', () => {
    // Children of every kind the rules tell apart: a need short of met at each grade, watched by
    // immediate-safety or not, persistent or not, in a high-risk group or not, in one area or three.
    const children: Record<string, unknown>[][] = [[gcp2At('A', '2025-06-02', all(1))]];
    for (const grade of [2, 3, 4, 5]) {
      for (const sub of ['safety.home', 'physical.health']) {
        for (const flags of [['mobile'], ['mobile', 'disabled']]) {
          for (const ratings of [{ [sub]: grade }, { [sub]: grade, 'physical.hygiene': grade, 'emotional.responsiveness': grade }]) {
            const child = { id: 'C-1', flags };
            children.push([gcp2At('A', '2025-06-02', all(1, ratings), child)], [gcp2At('Z', '2025-01-02', all(1, ratings), child), gcp2At('A', '2025-06-02', all(1, ratings), child)]);
          }
        }
      }
    }
    const ids: PolicyRule['id'][] = ['immediate-safety', 'definition-2', 'definition-2-partial', 'definition-1', 'borderline'];
    const orders = (left: PolicyRule['id'][]): PolicyRule['id'][][] => (left.length === 0 ? [[]] : left.flatMap((id) => orders(left.filter((x) => x !== id)).map((rest) => [id, ...rest])));
    const numbers = [3, 4, 5].flatMap((seriousImpairmentGrade) => [1, 2].flatMap((seriousImpairmentMinAreas) => [3, 5].flatMap((grade) => [[], ['disabled']].map((highRiskGroups) => ({ seriousImpairmentGrade, seriousImpairmentMinAreas, grade, highRiskGroups })))));
    const all5 = orders(ids);
    const dropped = ids.flatMap((id) => orders(ids.filter((x) => x !== id)));
    let refused = 0;
    [...all5, ...dropped].forEach((order, k) => {
      const { grade, ...rest } = numbers[k % numbers.length] as (typeof numbers)[number];
      const definition = { ...referencePolicy, id: 'local', ...rest, rules: [...ordered(order, grade), ordered(['needs-met'])[0] as PolicyRule] };
      // Placed under the policy as it is, refused or not, to see which rules ever fire.
      const policy = markDefined(deepFreeze(structuredClone(definition)) as ThresholdPolicy);
      const fired = new Set(children.map((history) => placeOnContinuum(history as never, { policy }).rule));
      const unreachable = unreachableRuleIssues(definition).map((i) => definition.rules[i.path[1] as number]?.id);
      refused += unreachable.length;
      expect({ order, ...rest, grade, never: definition.rules.map((r) => r.id).filter((id) => !fired.has(id)) }).toEqual({ order, ...rest, grade, never: unreachable });
    });
    // The grid holds both kinds.
    expect(refused).toBeGreaterThan(100);
  });
});

describe('high-risk groups spelt so no flag could establish them are refused', () => {
  it.each([
    [['disabled', 'run-away'], ['highRiskGroups.1', 'the flag written exactly "runaway" (a child flag written "run-away" is refused as a near miss of it, so no child could be in this group)', 'the string "run-away"']],
    [['premobile'], ['highRiskGroups.0', 'the flag written exactly "pre-mobile" (a child flag written "premobile" is refused as a near miss of it, so no child could be in this group)', 'the string "premobile"']],
    [['young-carer', 'young-carers'], ['accepted']],
  ])('%j', (highRiskGroups, expected) => {
    expect(issue({ ...referencePolicy, highRiskGroups })).toEqual(expected);
  });
});

describe('the version every placement cites', () => {
  it.each([[' 3.1'], ['3.1 '], ['\t']])('refuses %j, padded or blank', (version) => {
    expect(issue({ ...referencePolicy, version })).toEqual(['version', 'a version with no spaces at either end (e.g. 3.1)', `the string ${JSON.stringify(version)}`]);
  });

  it('takes a version with spaces inside', () => {
    expect(definePolicy({ ...referencePolicy, version: '3.1 draft' }).version).toBe('3.1 draft');
  });
});

describe("a child flag written almost like one of the policy's own high-risk groups", () => {
  // Defined in each test, not while the file is collected, where a mutation test cannot see it.
  const riverside = () => definePolicy({ ...referencePolicy, id: 'riverside', version: '2', highRiskGroups: [...referencePolicy.highRiskGroups, 'young-carer'] });
  const child = (flags: string[]) => ({ id: 'C-1', dateOfBirth: '2013-05-04', flags });
  const hygiene = (flags: string[]) => [gcp2At('A', '2026-01-05', all(2, { 'physical.hygiene': 4 }), child(flags))] as never;
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return [(error as { code?: string }).code, (error as Error).message];
    }
    return ['placed'];
  };

  it.each([['Young-Carer'], ['young carer'], ['youngcarer'], ['YOUNG_CARER'], [' young-carer']])('refuses %j, naming the record, the flag and the group', (flag) => {
    expect(refusal(() => placeOnContinuum(hygiene(['disabled', flag]), { policy: riverside() }))).toEqual([
      'flag-near-miss',
      `placeOnContinuum: A: child.flags[1] ${JSON.stringify(flag)} is a near miss of the high-risk group "young-carer" of policy riverside; write it exactly "young-carer" (or use a flag that is not a variant of it)`,
    ]);
  });

  it('refuses the group joined with other flags in one, which the parser cannot know for a local group', () => {
    expect(refusal(() => placeOnContinuum(hygiene(['young-carer, deaf']), { policy: riverside() }))).toEqual([
      'flag-near-miss',
      'placeOnContinuum: A: child.flags[0] "young-carer, deaf" joins the high-risk group "young-carer" of policy riverside with other flags; write each flag as a flag of its own',
    ]);
    // Under the reference policy it is a free-form flag like any other.
    expect(placeOnContinuum(hygiene(['young-carer, deaf'])).rule).toBe('definition-1');
  });

  it('places the group written exactly, and the same flag as free-form under a policy without the group', () => {
    const p = placeOnContinuum(hygiene(['young-carer']), { policy: riverside() });
    expect([p.rule, p.definitions.safeguarding.highRiskGroups]).toEqual(['definition-2-partial', [{ group: 'young-carer', how: 'flag', detail: 'flagged young-carer on A' }]]);
    expect(placeOnContinuum(hygiene(['Young-Carer'])).rule).toBe('definition-1');
    // A flag that only shares a prefix is another flag.
    expect(placeOnContinuum(hygiene(['young-carers']), { policy: riverside() }).rule).toBe('definition-1');
  });

  it('reads the flags placement reads: those of the latest day, not of an earlier record', () => {
    const earlier = gcp2At('A', '2025-09-01', all(2), child(['Young-Carer']));
    expect(placeOnContinuum([earlier, gcp2At('B', '2026-01-05', all(2), child(['young-carer']))] as never, { policy: riverside() }).rule).toBe('needs-met');
    const sameDay = gcp2At('A', '2026-01-05', all(2), child(['Young-Carer']));
    expect(refusal(() => placeOnContinuum([sameDay, gcp2At('B', '2026-01-05', all(2), child(['young-carer']))] as never, { policy: riverside() }))[0]).toBe('flag-near-miss');
  });
});

describe('the explanation cites the borderline rule’s evidence', () => {
  const child = { id: 'C-1', dateOfBirth: '2010-05-05' };
  const ratings = { 'physical.hygiene': 4, 'developmental.approval': 3, 'developmental.acceptance': 3, 'safety.home': 3 };

  it('names each borderline need type with its grade and sub-areas, under a policy with a borderline rule', () => {
    // A policy of its own: what placement works out once per policy is then worked out in this test.
    const p = placeOnContinuum([gcp2At('A', '2025-06-02', all(2, ratings), child)] as never, { policy: definePolicy({ ...referencePolicy }) });
    expect(p.rule).toBe('definition-1');
    expect(p.explanation).toContain('borderline in A (2025-06-02): emotional 3 (developmental.approval, developmental.acceptance), supervisory 3 (safety.home)');
  });

  it('says nothing of borderline needs under a policy without the rule', () => {
    const policy = definePolicy({ ...referencePolicy, id: 'no-borderline', rules: referencePolicy.rules.filter((r) => r.id !== 'borderline') });
    const p = placeOnContinuum([gcp2At('A', '2025-06-02', all(2, ratings), child)] as never, { policy });
    expect(p.explanation.filter((line) => line.startsWith('borderline'))).toEqual([]);
  });
});

describe('a group not written as a slug is refused in words, not as a pattern', () => {
  it('Young-Carer in highRiskGroups', () => {
    expect(issue({ ...referencePolicy, id: 'local', highRiskGroups: ['disabled', 'Young-Carer'] })).toEqual([
      'highRiskGroups.1',
      'a lower-case slug: a letter a–z, then letters a–z, digits or hyphens (such as young-carer)',
      'the string "Young-Carer"',
    ]);
  });
});

describe('thresholds are read against the bands only when the bands tile the scale', () => {
  const issuesOf = (definition: ThresholdPolicyDefinition) => {
    try {
      definePolicy(definition);
    } catch (error) {
      return (error as PolicyError).issues.map((i) => i.path.join('.'));
    }
    return [];
  };
  const gap = { met: { min: 1, max: 2 }, borderline: { min: 4, max: 4 }, concern: { min: 5, max: 5 } };

  it('bands with a gap are refused alone: which grades are met is not known', () => {
    expect(issuesOf({ ...referencePolicy, id: 'gap', bands: gap, seriousImpairmentGrade: 2 })).toEqual(['bands.borderline.min', 'bands.borderline.min']);
    let expected: string[] = [];
    try {
      definePolicy({ ...referencePolicy, id: 'gap', bands: gap });
    } catch (error) {
      expected = (error as PolicyError).issues.map((i) => i.expected);
    }
    expect(expected).toEqual(["3 (bands (on gcp's scale 1–5) must tile the scale with no gap or overlap)", "3 (bands (on gcp2's scale 1–5) must tile the scale with no gap or overlap)"]);
  });

  it('a met-band threshold is named beside other faults, and once: not again as the rules it strands', () => {
    expect(issuesOf({ ...referencePolicy, id: 'both', version: ' 2', seriousImpairmentGrade: 2 })).toEqual(['version', 'seriousImpairmentGrade']);
    expect(issuesOf({ ...referencePolicy, id: 'met', seriousImpairmentGrade: 2 })).toEqual(['seriousImpairmentGrade']);
  });

  it('a grade off the scale is named once per instrument, beside bands with a gap or without', () => {
    const rules = referencePolicy.rules.map((rule) => (rule.id === 'immediate-safety' ? { ...rule, grade: 9 } : rule));
    expect(issuesOf({ ...referencePolicy, id: 'off-scale', rules })).toEqual(['rules.0.grade', 'rules.0.grade']);
    // Below the scale as well as above it.
    const below = referencePolicy.rules.map((rule) => (rule.id === 'immediate-safety' ? { ...rule, grade: 0 } : rule));
    expect(issuesOf({ ...referencePolicy, id: 'off-scale', rules: below })).toEqual(['rules.0.grade', 'rules.0.grade']);
    expect(issuesOf({ ...referencePolicy, id: 'off-scale', rules, bands: gap })).toEqual(['bands.borderline.min', 'rules.0.grade', 'bands.borderline.min', 'rules.0.grade']);
  });
});

describe('two high-risk groups of the same letters are refused: a near miss could not be told to which', () => {
  it('young-carer and youngcarer', () => {
    expect(issue({ ...referencePolicy, id: 'local', highRiskGroups: ['disabled', 'young-carer', 'runaway', 'youngcarer'] })).toEqual([
      'highRiskGroups.3',
      'a group whose letters differ from highRiskGroups[1] ("young-carer"): a flag written almost like both could not be told to which',
      'the string "youngcarer"',
    ]);
  });

  it('a group listed twice is named once, as listed twice', () => {
    let paths: string[] = [];
    try {
      definePolicy({ ...referencePolicy, id: 'local', highRiskGroups: ['young-carer', 'disabled', 'young-carer'] });
    } catch (error) {
      paths = (error as PolicyError).issues.map((i) => `${i.path.join('.')}: ${i.expected}`);
    }
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^highRiskGroups\.2: /);
  });
});

describe('a title of white space or invisible characters alone is refused: it is shown beside each placement', () => {
  it.each([
    [{ ...referencePolicy, id: 'local', title: '   ' }, 'title'],
    [{ ...referencePolicy, id: 'local', title: '\u200B\u202E' }, 'title'],
    [{ ...referencePolicy, id: 'local', levels: referencePolicy.levels.map((level, i) => (i === 1 ? { ...level, title: '\u0001' } : level)) }, 'levels.1.title'],
    [{ ...referencePolicy, id: 'local', levels: referencePolicy.levels.map((level, i) => (i === 2 ? { ...level, title: '\t' } : level)) }, 'levels.2.title'],
  ])('%#', (definition, path) => {
    expect(issue(definition)[0]).toBe(path);
    expect(issue(definition)[1]).toBe('a title with more than white space or invisible characters (it is shown beside each placement)');
  });
});
