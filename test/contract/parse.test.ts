import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Assessment, type ChildRecord, defineInstrument, parseAssessment, type RatingWithNote, safeParseAssessment, scoreAssessment } from '../../src/index.js';
import { gcp2, negativeZeros, star, withValue, ZERO_INPUT, zeroBased } from '../support/assessments.js';
import type { RefusingUndefined } from '../support/types.js';

describe('parseAssessment', () => {
  it('returns a deep-frozen copy equal to the valid input', () => {
    const input = gcp2();
    const parsed = parseAssessment(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.child)).toBe(true);
    expect(Object.isFrozen(parsed.child.flags)).toBe(true);
    expect(Object.isFrozen(parsed.ratings)).toBe(true);
    expect(Object.isFrozen(parsed.ratings['safety.in-absence'])).toBe(true);
    expect(Object.isFrozen(parsed.areaGrades)).toBe(true);
  });

  it('never changes its input', () => {
    const input = gcp2();
    const before = structuredClone(input);
    parseAssessment(input);
    safeParseAssessment(withValue(input, ['kind'], 'bad'));
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('accepts the smallest valid assessment and leaves optional fields absent', () => {
    const minimal = { schemaVersion: 1, id: 'A', instrument: 'gcp', child: { id: 'C' }, assessedOn: '2024-02-29', ratings: {} };
    const parsed = parseAssessment(minimal);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'id', 'instrument', 'child', 'assessedOn', 'ratings']);
  });

  it('drops keys whose value is undefined (as JSON would)', () => {
    const parsed = parseAssessment(gcp2({ assessor: undefined, ratings: { 'physical.nutrition': undefined, 'physical.health': 2 } }));
    expect(parsed).not.toHaveProperty('assessor');
    expect(Object.keys(parsed.ratings)).toEqual(['physical.health']);
  });

  it('drops an undefined areaGrades on a Star too, though a Star has no area grades (JSON text cannot say it)', () => {
    const parsed = parseAssessment({ ...star(), areaGrades: undefined });
    expect(parsed).not.toHaveProperty('areaGrades');
    expect(safeParseAssessment({ ...star(), areaGrades: {} }).success).toBe(false);
  });

  it('counts lengths by character (code point), as the schema does: an emoji is one', () => {
    const emoji = (n: number) => '\u{1F600}'.repeat(n);
    // 51 emoji are 102 UTF-16 units: once refused by one validation path and accepted by the other.
    expect(parseAssessment(withValue(gcp2(), ['child', 'id'], emoji(100))).child.id).toBe(emoji(100));
    expect(parseAssessment(withValue(gcp2(), ['child', 'flags'], [emoji(50)])).child.flags).toEqual([emoji(50)]);
    expect(parseAssessment(withValue(gcp2(), ['ratings', 'safety.online'], { grade: 2, note: emoji(2000) })).ratings['safety.online']).toEqual({ grade: 2, note: emoji(2000) });
    for (const [path, value] of [[['child', 'id'], emoji(101)], [['child', 'flags', 0], emoji(51)], [['ratings', 'safety.online'], { grade: 2, note: emoji(2001) }]] as const) {
      const result = safeParseAssessment(withValue(gcp2(), path, value));
      expect(result.success === false && result.issues.map((i) => i.path)).toEqual([typeof value === 'string' ? path : [...path, 'note']]);
      // The message counts as the limit does.
      expect(result.success === false && result.issues[0]?.received).toMatch(/^a string of (101|51|2001) characters$/);
    }
  });

  it('accepts a date of birth on the assessment day', () => {
    expect(parseAssessment(withValue(gcp2(), ['child', 'dateOfBirth'], '2025-06-02')).child.dateOfBirth).toBe('2025-06-02');
  });

  it('accepts "not-scored" with a note', () => {
    const parsed = parseAssessment(withValue(gcp2(), ['ratings', 'safety.online'], { grade: 'not-scored', note: 'no devices at home' }));
    expect(parsed.ratings['safety.online']).toEqual({ grade: 'not-scored', note: 'no devices at home' });
  });

  it('accepts Star readings', () => {
    expect(parseAssessment(star()).ratings['physical-health']).toBe(6);
  });

  it('finds users’ own instruments through options, and refuses them without', () => {
    const local = defineInstrument({
      id: 'local-check', edition: '2026.1', title: 'Local check', family: 'gcp', direction: 'lower-is-better',
      scale: { min: 1, max: 4 }, areas: [{ id: 'home', title: 'Home', subAreas: [{ id: 'warmth', title: 'Warmth' }] }],
    });
    const input = { schemaVersion: 1, id: 'L-1', instrument: 'local-check', child: { id: 'C' }, assessedOn: '2026-01-05', ratings: { 'home.warmth': 4 } };
    expect(parseAssessment(input, { instruments: [local] }).ratings['home.warmth']).toBe(4);
    const refused = safeParseAssessment(input);
    expect(refused.success ? [] : refused.issues[0]?.expected).toBe('one of gcp, gcp2, family-star-plus');
  });
});

describe('-0 on a 0-based scale', () => {
  // -0 is in range (-0 >= 0), so it is taken; a parsed assessment holds 0, as JSON would write it.
  // (Scores of raw input with -0: test/score/negative-zero.test.ts.)
  it('is taken as 0 by parseAssessment', () => {
    const parsed = parseAssessment(ZERO_INPUT, { instruments: [zeroBased()] });
    expect(negativeZeros(parsed)).toEqual([]);
    expect(parsed.ratings['home.warmth']).toBe(0);
  });
});

describe('an optional field given as undefined is absent, as in JSON', () => {
  it('is accepted, left out of the parsed copy, and scores as if absent', () => {
    const absent: Assessment = { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': { grade: 4 } } };
    const given: Assessment = {
      ...absent,
      kind: undefined,
      assessor: undefined,
      areaGrades: undefined,
      child: { id: 'C-1', dateOfBirth: undefined, flags: undefined, locality: undefined, attributes: undefined },
      ratings: { 'physical.nutrition': { grade: 4, note: undefined } },
    };
    const parsed = parseAssessment(given);
    expect(parsed).toStrictEqual(parseAssessment(absent));
    expect(Object.keys(parsed)).not.toContain('kind');
    expect(Object.keys(parsed.child)).toEqual(['id']);
    expect(scoreAssessment(given)).toEqual(scoreAssessment(parsed));
  });

  it('and the input types say so, so that strict TypeScript (exactOptionalPropertyTypes) can write `{ kind }` with kind possibly undefined', () => {
    expectTypeOf<RefusingUndefined<Assessment> | RefusingUndefined<ChildRecord> | RefusingUndefined<RatingWithNote>>().toEqualTypeOf<never>();
  });
});
