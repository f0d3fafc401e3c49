import { describe, expect, it } from 'vitest';
import { parseAssessment, safeParseAssessment, scoreAssessment } from '../../src/index.js';
import { fullIssues } from '../../src/contract/parse.js';
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

// The contract reads -0 as 0 (both validation paths take it where 0 is in range, and a parsed
// copy holds 0); where 0 is out of range the message names what the input holds, -0, so a
// reader searching the file for the value finds it.
describe('-0 in the contract', () => {
  it('is taken as 0 on a 0-based scale by the fast path and the full path alike', () => {
    const instrument = zeroBased();
    expect(fullIssues(ZERO_INPUT, instrument, { instruments: [instrument] })).toEqual([]);
    const parsed = parseAssessment(ZERO_INPUT, { instruments: [instrument] });
    expect(negativeZeros(parsed)).toEqual([]);
  });

  it('is named -0 where it is refused', () => {
    const input = { schemaVersion: -0, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': -0, 'physical.hygiene': { grade: -0 } }, areaGrades: { physical: -0 } };
    const result = safeParseAssessment(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'schemaVersion: expected 1, received the number -0',
      'ratings["physical.nutrition"]: expected an integer grade from 1 to 5, { grade, note? }, or "not-scored", received the number -0',
      'ratings["physical.hygiene"].grade: expected an integer grade from 1 to 5 or "not-scored", received the number -0',
      'areaGrades.physical: expected an integer grade from 1 to 5, received the number -0',
    ]);
  });
});
