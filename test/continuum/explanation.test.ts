import { describe, expect, it } from 'vitest';
import { definePolicy, placeOnContinuum, referencePolicy, type Assessment } from '../../src/index.js';
import { all, gcp2At, starAt } from '../support/history.js';

const place = (items: Record<string, unknown>[], options: { asOf?: string; policy?: typeof referencePolicy } = { asOf: '2025-12-31' }) => placeOnContinuum(items as unknown as Assessment[], options);

describe('the explanation, line by line', () => {
  it('spells out every element for a child at child protection', () => {
    const p = place(
      [
        gcp2At('A', '2025-01-06', all(2, { 'physical.nutrition': 4, 'safety.home': 4 }), { id: 'C-1', dateOfBirth: '2015-01-01', flags: ['disabled'] }),
        gcp2At('B', '2025-04-07', all(2, { 'physical.nutrition': 4, 'safety.home': 5, 'safety.online': 'not-scored' }), { id: 'C-1', dateOfBirth: '2015-01-01', flags: ['disabled'] }),
        starAt('S', '2025-04-08', { 'family-routine': 3 }, { id: 'C-1' }),
      ],
      { asOf: '2025-07-07' },
    );
    expect(p.explanation).toEqual([
      'rule immediate-safety fired → child-protection (urgent) under policy reference-2016 v1.0.0',
      'immediate-safety: at or beyond grade 5 in B (2025-04-07): supervisory 5 (safety.home)',
      'definition-1 (Early Help) met: at concern in B (2025-04-07): nutritional 4 (physical.nutrition), supervisory 5 (safety.home)',
      'persistent: nutritional at concern since 2025-01-06 (91 days ≥ 90) in B, A',
      'persistent: supervisory at concern since 2025-01-06 (91 days ≥ 90) in B, A',
      'serious impairment likely: supervisory at grade 5 in B',
      'serious impairment likely: concerns span 2 areas (physical, safety; ≥ 2) in B',
      'serious impairment likely: high-risk group disabled with nutritional, supervisory at concern in B',
      'high-risk group disabled: flagged disabled on B',
      'definition-2 (Safeguarding and Child Protection) met: persistent need yes, serious impairment likely yes',
      'ignored (Star readings measure family progress, not neglect): S',
      'next review due 2025-07-06 (B + 90 days); overdue as of 2025-07-07',
    ]);
    expect(p.ignored).toEqual([{ assessmentId: 'S', assessedOn: '2025-04-08' }]);
    expect(p.assessments).toEqual([{ assessmentId: 'A', assessedOn: '2025-01-06' }, { assessmentId: 'B', assessedOn: '2025-04-07' }]);
    expect(p.latest).toEqual({ assessmentId: 'B', assessedOn: '2025-04-07', instrument: { id: 'gcp2', edition: '2' } });
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([
      { reason: 'grade', grade: 5, needTypes: ['supervisory'] },
      { reason: 'areas', minAreas: 2, areas: ['physical', 'safety'] },
      { reason: 'high-risk', groups: ['disabled'], needTypes: ['nutritional', 'supervisory'] },
    ]);
  });

  it('cites the evidence of immediate-safety even where no definition line would show it', () => {
    // A local rule at grade 3 (borderline): neither definition-1 nor serious impairment names safety.home.
    const policy = definePolicy({
      ...referencePolicy,
      id: 'strict',
      version: '1',
      rules: [{ id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['supervisory', 'medical'], grade: 3 }, ...referencePolicy.rules.slice(1)],
    });
    const ratings = all(2, { 'safety.home': 3, 'safety.in-absence': 'not-scored', 'safety.online': 4, 'physical.health': 3 });
    const p = place([gcp2At('A1', '2025-01-01', ratings, { id: 'C-1', flags: ['mobile'] })], { policy });
    expect(p.rule).toBe('immediate-safety');
    // In the rule's order, each need type's grade and only its sub-areas at or beyond 3, in
    // instrument order (not the met ones, not the not-scored one).
    expect(p.explanation[1]).toBe('immediate-safety: at or beyond grade 3 in A1 (2025-01-01): supervisory 4 (safety.online, safety.home), medical 3 (physical.health)');
    // A policy without the rule, or a placement where it does not fire, has no such line.
    const quiet = place([gcp2At('A1', '2025-01-01', all(2), { id: 'C-1', flags: ['mobile'] })], { policy });
    expect(quiet.explanation.filter((line) => line.startsWith('immediate-safety'))).toEqual([]);
    const without = definePolicy({ ...referencePolicy, id: 'no-immediate', version: '1', rules: referencePolicy.rules.slice(1) });
    expect(place([gcp2At('A1', '2025-01-01', ratings, { id: 'C-1', flags: ['mobile'] })], { policy: without }).explanation.filter((line) => line.startsWith('immediate-safety'))).toEqual([]);
  });

  it('says what did not fire, what was not assessed, and when nothing is overdue', () => {
    const p = place([gcp2At('A', '2025-06-02', { 'physical.housing': 3, 'physical.nutrition': 2 }, { id: 'C-1', dateOfBirth: '2010-05-05' })], { asOf: '2025-06-03' });
    expect(p.explanation).toEqual([
      'rule borderline fired → additional-support under policy reference-2016 v1.0.0; earlier rules did not fire: immediate-safety, definition-2, definition-2-partial, definition-1',
      'definition-1 (Early Help) not met: no need type at concern in A (2025-06-02)',
      'persistent: none (no need type at concern for 90 days without a met assessment between)',
      'definition-2 (Safeguarding and Child Protection) not met: persistent need no, serious impairment likely no',
      'borderline in A (2025-06-02): physical 3 (physical.housing)',
      'not assessed in A: medical, emotional, supervisory',
      'next review due 2025-11-29 (A + 180 days)',
    ]);
    expect(p.overdue).toBe(false);
    expect(place([gcp2At('A', '2025-06-02', all(2))], {}).overdue).toBeNull();
    expect(place([gcp2At('A', '2025-06-02', all(2))], {}).asOf).toBeNull();
  });

  it('names same-day latest assessments that agree, and refuses ones that disagree', () => {
    // They differ only where placement does not look: a met or borderline sub-area.
    const p = place([gcp2At('B', '2025-06-02', all(2, { 'physical.hygiene': 5 })), gcp2At('A', '2025-06-02', all(2, { 'physical.hygiene': 5, 'physical.housing': 3 })), gcp2At('C', '2025-06-02', all(2, { 'physical.hygiene': 5, 'physical.clothing': 1 }))]);
    expect([p.latest.assessmentId, p.rule]).toEqual(['C', 'definition-2-partial']);
    expect(p.explanation[1]).toBe('3 assessments on 2025-06-02 (A, B, C): placement rests on C, the last by id');
    expect(place([gcp2At('A', '2025-06-01', all(2)), gcp2At('B', '2025-06-02', all(2))]).explanation.join('\n')).not.toContain('assessments on');
    // An earlier assessment is not one of the latest day's.
    const later = place([gcp2At('Z', '2025-01-06', all(2)), gcp2At('B', '2025-06-02', all(2)), gcp2At('A', '2025-06-02', all(2))]);
    expect(later.explanation[1]).toBe('2 assessments on 2025-06-02 (A, B): placement rests on B, the last by id');
    expect(() => place([gcp2At('B', '2025-06-02', all(2, { 'safety.home': 5 })), gcp2At('C', '2025-06-02', all(2))])).toThrow(
      'placeOnContinuum: B and C, both on 2025-06-02, disagree on supervisory (concern and met); placement will not choose between them — date them apart or record one assessment',
    );
  });

  it('counts a month in the singular', () => {
    const p = place([gcp2At('A', '2025-03-10', all(2, { 'physical.health': 4 }), { id: 'C-1', dateOfBirth: '2025-02-01' })]);
    expect(p.definitions.safeguarding.highRiskGroups).toEqual([{ group: 'pre-mobile', how: 'age', detail: '1 whole month old on 2025-03-10 (born 2025-02-01), under 9' }]);
  });

  it('reports a need at the immediate-safety grade on another need type without firing the rule', () => {
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'emotional.responsiveness': 5 }))]);
    expect([p.rule, p.definitions.safeguarding.seriousImpairmentReasons]).toEqual(['definition-2-partial', [{ reason: 'grade', grade: 5, needTypes: ['emotional'] }]]);
  });

  it('gives the grade of a need beyond a local serious-impairment grade, rather than saying it is at it', () => {
    // definition-1 dropped: at grade 4, the first concern grade, serious impairment is likely whenever it would fire.
    const policy = definePolicy({ ...referencePolicy, id: 'grade-4', version: '1', seriousImpairmentGrade: 4, rules: referencePolicy.rules.filter((r) => r.id !== 'definition-1') });
    const p = place([gcp2At('A', '2025-06-02', all(2, { 'physical.health': 4, 'physical.nutrition': 5 }), { id: 'C-1', flags: ['mobile'] })], { policy });
    expect(p.definitions.safeguarding.seriousImpairmentReasons).toEqual([{ reason: 'grade', grade: 4, needTypes: ['medical', 'nutritional'] }]);
    // Nutrition is 5: "medical, nutritional at grade 4" cited the wrong grade.
    expect(p.explanation).toContain('serious impairment likely: at or beyond grade 4 in A: medical 4, nutritional 5');
    // Every need exactly at the grade keeps the short form.
    const at = place([gcp2At('A', '2025-06-02', all(2, { 'physical.health': 4 }), { id: 'C-1', flags: ['mobile'] })], { policy });
    expect(at.explanation).toContain('serious impairment likely: medical at grade 4 in A');
  });

  it('lets a policy watch several need types, at a lower grade, for immediate safety', () => {
    const policy = definePolicy({ ...referencePolicy, id: 'watchful', rules: [{ id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['medical', 'supervisory'], grade: 4 }, ...referencePolicy.rules.slice(1)] });
    expect(place([gcp2At('A', '2025-06-02', all(2, { 'physical.health': 4 }))], { policy }).rule).toBe('immediate-safety');
    expect(place([gcp2At('A', '2025-06-02', all(2, { 'physical.nutrition': 4 }))], { policy }).rule).toBe('definition-1');
    expect(place([gcp2At('A', '2025-06-02', all(2, { 'safety.home': 3 }))], { policy }).rule).toBe('borderline');
  });

  it('keeps an urgent flag only where the rule sets it', () => {
    const calm = definePolicy({ ...referencePolicy, id: 'calm', rules: [{ id: 'immediate-safety', level: 'child-protection', needTypes: ['supervisory'], grade: 5 }, ...referencePolicy.rules.slice(1)] });
    expect(place([gcp2At('A', '2025-06-02', all(2, { 'safety.home': 5 }))], { policy: calm })).toMatchObject({ rule: 'immediate-safety', urgent: false });
  });
});
