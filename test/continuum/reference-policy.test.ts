import { describe, expect, it } from 'vitest';
import { definePolicy, getInstrument, referencePolicy } from '../../src/index.js';

/** Design §4, written out here independently of the source. */
describe('reference-2016 is design §4', () => {
  it('has the levels, review intervals and numbers of design §4', () => {
    expect(referencePolicy).toMatchObject({ id: 'reference-2016', version: '1.0.0', persistenceDays: 90, seriousImpairmentMinAreas: 2, seriousImpairmentGrade: 5, preMobileMonths: 9 });
    expect(referencePolicy.title).toMatch(/two working definitions/);
    expect(referencePolicy.levels).toEqual([
      { id: 'child-protection', title: 'Child protection', reviewIntervalDays: 90 },
      { id: 'child-in-need', title: 'Child in need', reviewIntervalDays: 90 },
      { id: 'early-help', title: 'Early help', reviewIntervalDays: 90 },
      { id: 'additional-support', title: 'Additional support', reviewIntervalDays: 180 },
      { id: 'universal', title: 'Universal services', reviewIntervalDays: null },
    ]);
    expect(referencePolicy.bands).toEqual({ met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } });
    expect(referencePolicy.highRiskGroups).toEqual(['disabled', 'runaway', 'pre-mobile']);
  });

  it('tries the six rules in the order of design §4', () => {
    expect(referencePolicy.rules).toEqual([
      { id: 'immediate-safety', level: 'child-protection', urgent: true, needTypes: ['supervisory'], grade: 5 },
      { id: 'definition-2', level: 'child-protection' },
      { id: 'definition-2-partial', level: 'child-in-need' },
      { id: 'definition-1', level: 'early-help' },
      { id: 'borderline', level: 'additional-support' },
      { id: 'needs-met', level: 'universal' },
    ]);
  });

  it.each(['gcp', 'gcp2'])('maps %s’s sub-areas to need types as design §4’s table does', (id) => {
    const byNeed: Record<string, string[]> = {};
    const instrument = getInstrument(id);
    const mapping = referencePolicy.needs[id] as Record<string, string>;
    for (const area of instrument.areas) {
      for (const sub of area.subAreas) {
        const need = mapping[sub.id] ?? mapping[`${area.id}.*`];
        if (need !== undefined) (byNeed[need] ??= []).push(sub.id);
      }
    }
    const psychological = id === 'gcp' ? ['love', 'esteem'] : ['emotional', 'developmental'];
    expect(byNeed).toEqual({
      medical: ['physical.health'],
      nutritional: ['physical.nutrition'],
      physical: ['physical.housing', 'physical.clothing', 'physical.hygiene'],
      supervisory: instrument.areas.find((a) => a.id === 'safety')?.subAreas.map((s) => s.id),
      emotional: instrument.areas.filter((a) => psychological.includes(a.id)).flatMap((a) => a.subAreas.map((s) => s.id)),
    });
    expect(Object.keys(referencePolicy.needs)).toEqual(['gcp', 'gcp2']);
  });

  it('is a valid, frozen policy', () => {
    expect(definePolicy(referencePolicy)).toEqual(referencePolicy);
    expect(Object.isFrozen(referencePolicy.rules[0])).toBe(true);
    expect(Object.isFrozen(referencePolicy.needs['gcp2'])).toBe(true);
  });
});
