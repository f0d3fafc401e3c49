import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/index.js';
import { negativeZeros, ZERO_INPUT, zeroBased } from '../support/assessments.js';

// -0 is in range on a 0-based scale (-0 >= 0), so raw input may carry it; scores must hold 0,
// as JSON would write it, and never put -0 into an area result that later scores share.
describe('-0 in raw input scored', () => {
  it('reaches neither the item grades nor the shared area results', () => {
    const instrument = zeroBased();
    const raw = scoreAssessment(ZERO_INPUT as never, { instruments: [instrument] });
    expect(negativeZeros(raw)).toEqual([]);
    if (raw.family !== 'gcp') throw new Error('expected a GCP-family score');
    expect(raw.subAreas['home.food']).toMatchObject({ source: 'items', items: { 'home.food.breakfast': 0, 'home.food.tea': 0 } });
    expect(raw.areas['home']).toMatchObject({ practitionerGrade: 0 });
    // The area result is shared: a later score with a practitioner's grade of 0 gets the same one.
    const later = scoreAssessment({ ...ZERO_INPUT, id: 'A-2', areaGrades: { home: 0 } } as never, { instruments: [instrument] });
    expect(Object.is(later.family === 'gcp' ? later.areas['home']?.practitionerGrade : null, 0)).toBe(true);
  });
});
