import { describe, expect, it } from 'vitest';
import { definePolicy, OperationError, OptionsError, placeOnContinuum, referencePolicy, type Assessment, type Placement, type PolicyRule, type ThresholdPolicy } from '../../src/index.js';
import { all, gcp2At, starAt } from '../support/history.js';

/*
 * One golden case per rule of reference-2016, then the boundaries. Hand-worked: GCP2 bands
 * 1–2 met, 3 borderline, 4–5 concern; need types are the worst of their sub-areas.
 */
const place = (items: Record<string, unknown>[], asOf = '2025-12-31'): Placement => placeOnContinuum(items as unknown as Assessment[], { asOf });

describe('one golden case per rule', () => {
  it('immediate-safety: a supervisory need at grade 5 → child-protection, urgent', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'safety.home': 5 }))]);
    expect([p.level, p.rule, p.urgent]).toEqual(['child-protection', 'immediate-safety', true]);
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'grade', grade: 5, needTypes: ['supervisory'] }]);
    expect(p.definitions.safeguarding.met).toBe(false); // not persistent: a single assessment
    expect(p.explanation[0]).toBe('rule immediate-safety fired → child-protection (urgent) under policy reference-2016 v1.0.0');
    expect([p.nextReviewDue, p.overdue]).toEqual(['2025-08-31', true]);
  });

  it('definition-2: persistent and serious impairment likely (concerns in two areas) → child-protection', () => {
    const p = place([gcp2At('A', '2025-01-06', all(2, { 'physical.nutrition': 4 })), gcp2At('B', '2025-04-07', all(2, { 'physical.nutrition': 4, 'emotional.responsiveness': 4 }))]);
    expect([p.level, p.rule, p.urgent]).toEqual(['child-protection', 'definition-2', false]);
    expect(p.definitions.safeguarding).toMatchObject({
      met: true,
      persistent: [{ needType: 'nutritional', since: '2025-01-06', spanDays: 91, evidence: [{ assessmentId: 'B', assessedOn: '2025-04-07', grade: 4 }, { assessmentId: 'A', assessedOn: '2025-01-06', grade: 4 }] }],
      seriousImpairmentLikely: true,
      seriousImpairmentReasons: [{ reason: 'areas', minAreas: 2, areas: ['physical', 'emotional'] }],
    });
    expect(p.explanation).toContain('persistent: nutritional at concern since 2025-01-06 (91 days ≥ 90) in B, A');
  });

  it('definition-2-partial: a persistent need without serious impairment → child-in-need', () => {
    const p = place([gcp2At('A', '2025-01-06', all(2, { 'physical.hygiene': 4 })), gcp2At('B', '2025-04-07', all(2, { 'physical.hygiene': 4 }))]);
    expect([p.level, p.rule]).toEqual(['child-in-need', 'definition-2-partial']);
    expect(p.definitions.safeguarding).toMatchObject({ met: false, seriousImpairmentLikely: false, persistent: [{ needType: 'physical' }] });
  });

  it('definition-2-partial: serious impairment without persistence (grade 5) → child-in-need', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'physical.nutrition': 5 }))]);
    expect([p.level, p.rule]).toEqual(['child-in-need', 'definition-2-partial']);
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'grade', grade: 5, needTypes: ['nutritional'] }]);
  });

  it('definition-1: a need at concern, one area, not persistent, no high risk → early-help', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'physical.housing': 4, 'physical.hygiene': 3 }))]);
    expect([p.level, p.rule]).toEqual(['early-help', 'definition-1']);
    expect(p.definitions.earlyHelp).toEqual({ met: true, needsAtConcern: [{ needType: 'physical', grade: 4, subAreas: ['physical.housing'] }] });
    expect(p.nextReviewDue).toBe('2025-08-31');
  });

  it('borderline: a need type at 3, none at concern → additional-support, reviewed after 180 days', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'developmental.approval': 3 }))]);
    expect([p.level, p.rule, p.nextReviewDue, p.overdue]).toEqual(['additional-support', 'borderline', '2025-11-29', true]);
    expect(p.definitions.earlyHelp.met).toBe(false);
  });

  it('needs-met: everything met → universal, no review due', () => {
    const p = place([gcp2At('A', '2025-06-02', all(1))]);
    expect([p.level, p.rule, p.nextReviewDue, p.overdue]).toEqual(['universal', 'needs-met', null, false]);
    expect(p.rules.map((r) => r.fired)).toEqual([false, false, false, false, false, true]);
    expect(p.explanation.at(-1)).toBe('no review due at universal');
  });
});

describe('when several rules fire', () => {
  // A: safety.home 4, nutrition 4. B, 2025-01-06 + 25 + 28 + 31 + 7 = 91 days later: safety.home 5,
  // nutrition 4, responsiveness 3. In B: supervisory 5 (immediate-safety); nutritional and
  // supervisory at concern in A and B, 91 ≥ 90 days (persistent); grade 5, and concerns in
  // physical and safety, two areas (serious impairment); so definition-2, definition-2-partial
  // and definition-1 hold; emotional 3 (borderline); needs-met always holds. Every rule fires.
  const history = [
    gcp2At('A', '2025-01-06', all(2, { 'safety.home': 4, 'physical.nutrition': 4 })),
    gcp2At('B', '2025-04-07', all(2, { 'safety.home': 5, 'physical.nutrition': 4, 'emotional.responsiveness': 3 })),
  ];
  const reordered = (rules: Placement['rule'][]): ThresholdPolicy =>
    definePolicy({ ...referencePolicy, id: 'reordered', rules: rules.map((id) => referencePolicy.rules.find((r) => r.id === id) as PolicyRule) });

  it('reports every rule as fired, and the first in the policy’s order wins', () => {
    const p = place(history);
    expect(p.rules.map((r) => r.fired)).toEqual([true, true, true, true, true, true]);
    expect([p.level, p.rule, p.urgent]).toEqual(['child-protection', 'immediate-safety', true]);
    expect(p.definitions.safeguarding.persistent.map((n) => [n.needType, n.spanDays])).toEqual([['nutritional', 91], ['supervisory', 91]]);
  });

  it('under a policy that tries them in another order, the first there wins, with its level, urgency and review interval', () => {
    const at = (rules: Placement['rule'][]) => placeOnContinuum(history as unknown as Assessment[], { policy: reordered(rules), asOf: '2025-12-31' });
    // Borderline first: additional-support, not urgent, reviewed 2025-04-07 + 23 + 31 + 30 + 31 + 31 + 30 + 4 = 180 days later.
    // Each order keeps every rule reachable (definePolicy refuses a rule placed after one that covers it).
    const borderline = at(['borderline', 'immediate-safety', 'definition-2', 'definition-2-partial', 'definition-1', 'needs-met']);
    expect([borderline.level, borderline.rule, borderline.urgent, borderline.nextReviewDue]).toEqual(['additional-support', 'borderline', false, '2025-10-04']);
    expect(borderline.rules.map((r) => r.fired)).toEqual([true, true, true, true, true, true]);
    expect(at(['definition-1', 'borderline', 'needs-met'])).toMatchObject({ level: 'early-help', rule: 'definition-1', urgent: false });
    expect(at(['definition-2-partial', 'definition-1', 'needs-met'])).toMatchObject({ level: 'child-in-need', rule: 'definition-2-partial', urgent: false });
    expect(at(['definition-2', 'immediate-safety', 'needs-met'])).toMatchObject({ level: 'child-protection', rule: 'definition-2', urgent: false });
  });
});

describe('boundaries', () => {
  const twoConcerns = (days: number) => {
    const later = new Date(Date.UTC(2025, 0, 6) + days * 86_400_000).toISOString().slice(0, 10);
    return place([gcp2At('A', '2025-01-06', all(2, { 'physical.health': 4 })), gcp2At('B', later, all(2, { 'physical.health': 4 }))]);
  };

  it('persistence: 89 days is not persistent (early-help), 90 days is (child-in-need)', () => {
    expect([twoConcerns(89).level, twoConcerns(89).definitions.safeguarding.persistent]).toEqual(['early-help', []]);
    expect([twoConcerns(90).level, twoConcerns(90).definitions.safeguarding.persistent.map((n) => n.spanDays)]).toEqual(['child-in-need', [90]]);
  });

  it('counts areas, not sub-areas or need types, towards serious impairment', () => {
    // Housing and hygiene are two sub-areas of one area (physical): one area, so early help.
    const oneArea = place([gcp2At('A', '2025-06-02', all(2, { 'physical.housing': 4, 'physical.hygiene': 4 }))]);
    expect([oneArea.rule, oneArea.definitions.safeguarding.seriousImpairmentReasons]).toEqual(['definition-1', []]);
    // Responsiveness and approval are one need type (emotional) in two areas (emotional, developmental).
    const twoAreas = place([gcp2At('A', '2025-06-02', all(2, { 'emotional.responsiveness': 4, 'developmental.approval': 4 }))]);
    expect([twoAreas.rule, twoAreas.level]).toEqual(['definition-2-partial', 'child-in-need']);
    expect(twoAreas.definitions.earlyHelp.needsAtConcern).toEqual([{ needType: 'emotional', grade: 4, subAreas: ['emotional.responsiveness', 'developmental.approval'] }]);
    expect(twoAreas.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'areas', minAreas: 2, areas: ['emotional', 'developmental'] }]);
    // A child in need is reviewed 90 days after the latest assessment: 2025-06-02 + 28 + 31 + 31 = 2025-08-31.
    expect(twoAreas.nextReviewDue).toBe('2025-08-31');
  });

  it('fires immediate-safety at supervisory 5 only: supervisory 4 is a concern like any other', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'safety.in-absence': 4 }), { id: 'C-1', flags: ['mobile'] })]);
    expect([p.rule, p.urgent, p.rules[0]?.fired]).toEqual(['definition-1', false, false]);
  });

  it('takes each high-risk group of the seed: a runaway with a need at concern is a child in need', () => {
    const runaway = place([gcp2At('A', '2025-06-02', all(2, { 'physical.nutrition': 4 }), { id: 'C-1', dateOfBirth: '2011-02-01', flags: ['runaway'] })]);
    expect([runaway.rule, runaway.definitions.safeguarding.highRiskGroups]).toEqual(['definition-2-partial', [{ group: 'runaway', how: 'flag', detail: 'flagged runaway on A' }]]);
    expect(runaway.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'high-risk', groups: ['runaway'], needTypes: ['nutritional'] }]);
  });

  it('an intervening met assessment breaks persistence', () => {
    const p = place([gcp2At('A', '2025-01-06', all(2, { 'physical.health': 4 })), gcp2At('B', '2025-02-10', all(2)), gcp2At('C', '2025-06-02', all(2, { 'physical.health': 4 }))]);
    expect([p.level, p.definitions.safeguarding.persistent]).toEqual(['early-help', []]);
    // …while an intervening borderline one does not.
    const q = place([gcp2At('A', '2025-01-06', all(2, { 'physical.health': 4 })), gcp2At('B', '2025-02-10', all(2, { 'physical.health': 3 })), gcp2At('C', '2025-06-02', all(2, { 'physical.health': 4 }))]);
    expect(q.definitions.safeguarding.persistent.map((n) => n.evidence.map((e) => e.assessmentId))).toEqual([['C', 'A']]);
  });

  it('an intervening assessment that did not assess the need type neither breaks persistence nor counts as evidence', () => {
    // Only a met assessment between breaks the run (design §4). B marks health not scored, or
    // leaves it unrated: the run is C, A; 2025-01-06 → 2025-06-02 is 25 + 28 + 31 + 30 + 31 + 2 = 147 days ≥ 90.
    // Medical at 4 in one area, no high-risk group: persistent without serious impairment → child-in-need.
    for (const between of [all(2, { 'physical.health': 'not-scored' }), { 'physical.nutrition': 2 }]) {
      const p = place([gcp2At('A', '2025-01-06', all(2, { 'physical.health': 4 })), gcp2At('B', '2025-02-10', between), gcp2At('C', '2025-06-02', all(2, { 'physical.health': 4 }))]);
      expect([p.level, p.rule]).toEqual(['child-in-need', 'definition-2-partial']);
      expect(p.definitions.safeguarding.persistent).toEqual([
        { needType: 'medical', since: '2025-01-06', spanDays: 147, evidence: [{ assessmentId: 'C', assessedOn: '2025-06-02', grade: 4 }, { assessmentId: 'A', assessedOn: '2025-01-06', grade: 4 }] },
      ]);
    }
  });

  it('pre-mobile at the month boundary: born 2024-09-01 is pre-mobile on 2025-05-31, not on 2025-06-01', () => {
    const child = { id: 'C-1', dateOfBirth: '2024-09-01' };
    const before = place([gcp2At('A', '2025-05-31', all(2, { 'physical.nutrition': 4 }), child)]);
    expect([before.level, before.rule]).toEqual(['child-in-need', 'definition-2-partial']);
    expect(before.definitions.safeguarding.highRiskGroups).toEqual([{ group: 'pre-mobile', how: 'age', detail: '8 whole months old on 2025-05-31 (born 2024-09-01), under 9' }]);
    expect(before.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'high-risk', groups: ['pre-mobile'], needTypes: ['nutritional'] }]);
    const after = place([gcp2At('A', '2025-06-01', all(2, { 'physical.nutrition': 4 }), child)]);
    expect([after.level, after.definitions.safeguarding.highRiskGroups]).toEqual(['early-help', []]);
  });

  it('pre-mobile at a month end: born 2024-05-31 is pre-mobile on 2025-02-27, not on 2025-02-28 (February has no 31st)', () => {
    // Nine months after 31 May is 31 February, which does not exist: the child turns 9 months on February's last day.
    const child = { id: 'C-1', dateOfBirth: '2024-05-31' };
    const before = place([gcp2At('A', '2025-02-27', all(2, { 'physical.nutrition': 4 }), child)]);
    expect([before.level, before.definitions.safeguarding.highRiskGroups]).toEqual(['child-in-need', [{ group: 'pre-mobile', how: 'age', detail: '8 whole months old on 2025-02-27 (born 2024-05-31), under 9' }]]);
    const on = place([gcp2At('A', '2025-02-28', all(2, { 'physical.nutrition': 4 }), child)]);
    expect([on.level, on.definitions.safeguarding.highRiskGroups]).toEqual(['early-help', []]);
  });

  it('a mobile flag overrides age; a pre-mobile flag establishes the group at any age', () => {
    const mobile = place([gcp2At('A', '2025-06-01', all(2, { 'physical.nutrition': 4 }), { id: 'C-1', dateOfBirth: '2025-01-01', flags: ['mobile'] })]);
    expect([mobile.level, mobile.definitions.safeguarding.highRiskGroups]).toEqual(['early-help', []]);
    const flagged = place([gcp2At('A', '2025-06-01', all(2, { 'physical.nutrition': 4 }), { id: 'C-1', dateOfBirth: '2023-01-01', flags: ['pre-mobile'] })]);
    expect(flagged.definitions.safeguarding.highRiskGroups).toEqual([{ group: 'pre-mobile', how: 'flag', detail: 'flagged pre-mobile on A' }]);
  });

  it('a child flagged both mobile and pre-mobile is pre-mobile: the flag naming the group wins, the safer reading', () => {
    // Nutrition 4 alone: one area, not persistent, so only a high-risk group makes it child-in-need.
    for (const flags of [['mobile', 'pre-mobile'], ['pre-mobile', 'mobile']]) {
      const both = place([gcp2At('A', '2025-06-01', all(2, { 'physical.nutrition': 4 }), { id: 'C-1', dateOfBirth: '2023-01-01', flags })]);
      expect([both.level, both.definitions.safeguarding.highRiskGroups]).toEqual(['child-in-need', [{ group: 'pre-mobile', how: 'flag', detail: 'flagged pre-mobile on A' }]]);
    }
  });

  it('reads flags from the latest record only (they describe the child now), the date of birth from any', () => {
    // Nutrition 4 in B alone: one area, not persistent. Disabled on B → high risk → child-in-need;
    // disabled on A only → no high-risk group → early-help.
    const earlier = gcp2At('A', '2025-01-06', all(2), { id: 'C-1', flags: ['disabled'] });
    const latest = (flags: string[]) => gcp2At('B', '2025-03-03', all(2, { 'physical.nutrition': 4 }), { id: 'C-1', flags });
    expect(place([earlier, latest(['disabled'])]).level).toBe('child-in-need');
    const cleared = place([earlier, latest([])]);
    expect([cleared.level, cleared.definitions.safeguarding.highRiskGroups]).toEqual(['early-help', []]);
    // A mobile flag on an earlier record only: a baby born 2024-09-01 is 6 whole months old on 2025-03-03, so pre-mobile by age.
    const baby = { id: 'C-1', dateOfBirth: '2024-09-01' };
    const walking = place([gcp2At('A', '2025-01-06', all(2), { ...baby, flags: ['mobile'] }), gcp2At('B', '2025-03-03', all(2, { 'physical.nutrition': 4 }), baby)]);
    expect(walking.definitions.safeguarding.highRiskGroups.map((g) => [g.group, g.how])).toEqual([['pre-mobile', 'age']]);
  });

  it('says when pre-mobile could not be checked', () => {
    expect(place([gcp2At('A', '2025-06-01', all(2))]).explanation).toContain('high-risk group pre-mobile not checked: no date of birth in the history and no mobile or pre-mobile flag on A');
    // Under preMobileMonths 0 age never makes a child pre-mobile, so a missing date of birth leaves nothing unchecked.
    const flagOnly = definePolicy({ ...referencePolicy, id: 'flag-only', preMobileMonths: 0 });
    const p = placeOnContinuum([gcp2At('A', '2025-06-01', all(2))] as never, { policy: flagOnly });
    expect(p.explanation.filter((line) => line.startsWith('high-risk group'))).toEqual([]);
    expect(placeOnContinuum([gcp2At('A', '2025-06-01', all(2), { id: 'C-1', flags: ['pre-mobile'] })] as never, { policy: flagOnly }).definitions.safeguarding.highRiskGroups.map((g) => g.how)).toEqual(['flag']);
  });

  it('takes the date of birth from an earlier record when the latest has none, and refuses records that disagree', () => {
    const baby = { id: 'C-1', dateOfBirth: '2025-04-01' };
    const p = place([gcp2At('A', '2025-06-02', all(2), baby), gcp2At('B', '2025-08-04', all(2, { 'physical.nutrition': 4 }))]);
    expect([p.level, p.definitions.safeguarding.highRiskGroups]).toEqual(['child-in-need', [{ group: 'pre-mobile', how: 'age', detail: '4 whole months old on 2025-08-04 (born 2025-04-01, as A records), under 9' }]]);
    expect(() => place([gcp2At('A', '2025-06-02', all(2), baby), gcp2At('B', '2025-08-04', all(2), { id: 'C-1', dateOfBirth: '2025-04-02' })])).toThrow(
      "placeOnContinuum: the child's records disagree on the date of birth: 2025-04-02 (B) and 2025-04-01 (A)",
    );
  });

  it('lists need types not assessed, and refuses a latest assessment with none assessed', () => {
    const p = place([gcp2At('A', '2025-06-02', { 'physical.nutrition': 'not-scored', 'physical.housing': 2 })]);
    expect(p.notAssessed).toEqual(['medical', 'nutritional', 'emotional', 'supervisory']);
    expect(p.needs['nutritional']).toEqual({ grade: null, band: null });
    expect(p.level).toBe('universal');
    expect(() => place([gcp2At('A', '2025-06-02', { 'physical.nutrition': 'not-scored' })])).toThrow(/no need type is assessed in the latest assessment \(A\)/);
  });

  it('places a single assessment, and rests on the latest of a history', () => {
    const p = place([gcp2At('Late', '2025-06-02', all(1)), gcp2At('Early', '2025-01-02', all(4))]);
    expect([p.level, p.latest.assessmentId, p.assessments.map((a) => a.assessmentId)]).toEqual(['universal', 'Late', ['Early', 'Late']]);
  });
});

describe('what placement refuses', () => {
  it('refuses Star-only histories and lists Star readings it ignores', () => {
    expect(() => place([starAt('S', '2025-06-02', { 'family-routine': 3 }, { id: 'C-1' })])).toThrow(/Star readings only/);
    const p = place([gcp2At('A', '2025-06-02', all(2)), starAt('S', '2025-06-03', { 'family-routine': 3 }, { id: 'C-1' })]);
    expect(p.ignored).toEqual([{ assessmentId: 'S', assessedOn: '2025-06-03' }]);
  });

  it('refuses mixed children and an asOf before the latest assessment', () => {
    expect(() => place([gcp2At('A', '2025-06-02', all(2)), gcp2At('B', '2025-06-03', all(2), { id: 'C-2' })])).toThrow(OperationError);
    expect(() => place([gcp2At('A', '2025-06-02', all(2))], '2025-06-01')).toThrow(/asOf 2025-06-01 is before the latest assessment \(A, 2025-06-02\)/);
    expect(() => place([gcp2At('A', '2025-06-02', all(2))], 'soon')).toThrow(OptionsError);
  });

  it('accepts GCP and GCP2 together when the policy maps both, and refuses them when it does not', () => {
    const gcp = { schemaVersion: 1, id: 'G', instrument: 'gcp', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': 4, 'love.carer': 2 } };
    const mixed = [gcp, gcp2At('A', '2025-04-07', all(2, { 'physical.nutrition': 4 }))];
    const p = place(mixed);
    expect(p.definitions.safeguarding.persistent.map((n) => [n.needType, n.evidence.map((e) => e.assessmentId)])).toEqual([['nutritional', ['A', 'G']]]);
    const onlyGcp2 = { ...referencePolicy, id: 'gcp2-only', needs: { gcp2: referencePolicy.needs['gcp2'] as Record<string, string> } };
    expect(() => placeOnContinuum(mixed as unknown as Assessment[], { policy: onlyGcp2 })).toThrow(/mixes gcp and gcp2, but policy gcp2-only does not map gcp/);
  });
});

describe('boundaries added with the allocation work', () => {
  it('shares frozen policy citations, rule entries and need leaves between placements, with the right values', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'physical.nutrition': 4 }))]);
    const q = place([gcp2At('B', '2025-06-02', all(2, { 'physical.nutrition': 4, 'safety.home': 5 }))]);
    expect(p.policy).toBe(q.policy);
    expect(p.policy).toEqual({ id: 'reference-2016', version: referencePolicy.version });
    expect(Object.isFrozen(p.policy) && Object.isFrozen(p.rules[0]) && Object.isFrozen(p.needs['nutritional'])).toBe(true);
    // The same rule, fired in one placement and not in the other: two different shared entries.
    expect(p.rules[0]).toEqual({ id: 'immediate-safety', level: 'child-protection', fired: false });
    expect(q.rules[0]).toEqual({ id: 'immediate-safety', level: 'child-protection', fired: true });
    expect(p.rules[1]).toBe(q.rules[1]);
    expect(p.needs['nutritional']).toEqual({ grade: 4, band: 'concern' });
    expect(p.needs['nutritional']).toBe(q.needs['nutritional']);
    expect(p.needs['medical']).toEqual({ grade: 2, band: 'met' });
    // A need type with nothing scored: no grade and no band, whether unrated or marked not scored.
    // A policy of its own, so this test makes (and checks) the plan's leaves rather than reusing another test's.
    const fresh = definePolicy({ ...referencePolicy, id: 'fresh-leaves' });
    const sparse = placeOnContinuum([gcp2At('C', '2025-06-02', { 'physical.nutrition': 4, 'physical.health': 'not-scored', 'safety.in-presence': 1 })] as unknown as Assessment[], { policy: fresh, asOf: '2025-06-02' });
    expect([sparse.needs['medical'], sparse.needs['emotional']]).toEqual([{ grade: null, band: null }, { grade: null, band: null }]);
    // The bottom of the scale is a grade like any other.
    expect([sparse.needs['supervisory'], sparse.needs['nutritional']]).toEqual([{ grade: 1, band: 'met' }, { grade: 4, band: 'concern' }]);
    expect(sparse.notAssessed).toEqual(['medical', 'emotional', 'physical']);
    expect(p.ignored).toEqual([]);
  });

  it('is not overdue on the day the review is due, and is the day after', () => {
    // immediate-safety: child-protection reviews every 90 days; 2025-06-02 + 90 days = 2025-08-31.
    const history = [gcp2At('A', '2025-06-02', all(2, { 'safety.home': 5 }))];
    expect([place(history, '2025-08-31').nextReviewDue, place(history, '2025-08-31').overdue]).toEqual(['2025-08-31', false]);
    expect(place(history, '2025-09-01').overdue).toBe(true);
  });

  it('gives a high-risk group no serious-impairment reason while no need type is at concern', () => {
    const baby = { id: 'C-1', dateOfBirth: '2025-04-01' };
    const p = place([gcp2At('A', '2025-06-02', all(2), baby)]);
    expect(p.definitions.safeguarding.highRiskGroups.map((g) => g.group)).toEqual(['pre-mobile']);
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([]);
  });

  it('says "not assessed" for a same-day assessment that has no grade for a need type the other has', () => {
    const refusal = (items: Record<string, unknown>[]) => {
      try {
        place(items);
      } catch (error) {
        return (error as Error).message;
      }
      return 'placed';
    };
    expect(refusal([gcp2At('B', '2025-06-02', all(2, { 'safety.home': 5 })), gcp2At('C', '2025-06-02', { 'physical.nutrition': 2 })])).toBe(
      'placeOnContinuum: B and C, both on 2025-06-02, disagree on medical (met and not assessed); placement will not choose between them — date them apart or record one assessment',
    );
    expect(refusal([gcp2At('B', '2025-06-02', { 'physical.nutrition': 2 }), gcp2At('C', '2025-06-02', all(2, { 'safety.home': 5 }))])).toBe(
      'placeOnContinuum: B and C, both on 2025-06-02, disagree on medical (not assessed and met); placement will not choose between them — date them apart or record one assessment',
    );
  });
});
