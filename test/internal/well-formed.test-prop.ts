import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ID_TEXT, isIdWithin, isWellFormed, WELL_FORMED_TEXT } from '../../src/internal/well-formed.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

// Code units near the surrogate boundaries, so that lone halves, pairs and reversed pairs all come up.
const unit = fc.constantFrom('a', 'é', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\uffff', '\ud83d\ude00');
const text = fc.string({ unit, maxLength: 12 });

// The reference is ECMAScript's own String.prototype.isWellFormed (ES2024).
const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed') as PropertyDescriptor;

describe('well-formed text', () => {
  afterEach(() => {
    // Put back as it was: an assignment would make it enumerable, seen by `for…in` over a String object.
    Object.defineProperty(String.prototype, 'isWellFormed', native);
  });

  afterAll(() => {
    expect(Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed')).toEqual(native);
  });

  it('the pattern, the fallback for runtimes without isWellFormed, agrees with it', () => {
    fc.assert(fc.property(text, (s) => {
      expect(WELL_FORMED_TEXT.test(s)).toBe(s.isWellFormed());
    }), { ...PROPERTY_RUNS, numRuns: 2_000 });
  });

  // The reference: isWellFormed, and String.prototype.trim, whose white space is the pattern's \s.
  it('the id pattern takes exactly the well-formed text that trim leaves as it is, with and without the u and v flags', () => {
    const spaced = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', '\ud800', '\udc00', '\ud83d\ude00'), maxLength: 8 });
    const patterns = ['', 'u', 'v'].map((flags) => new RegExp(ID_TEXT.source, flags));
    fc.assert(fc.property(spaced, (s) => {
      const expected = s.isWellFormed() && s.trim() === s;
      for (const pattern of patterns) expect(pattern.test(s), `${JSON.stringify(s)} /${pattern.flags}`).toBe(expected);
      expect(isIdWithin(s, 8)).toBe(expected);
    }), { ...PROPERTY_RUNS, numRuns: 2_000 });
    // U+200B (zero width space) is no white space to trim or \s: an id may start with it.
    expect(ID_TEXT.test('\u200bC-1')).toBe(true);
  });

  it('isWellFormed falls back to the pattern where the runtime has no isWellFormed', () => {
    // @ts-expect-error -- an older runtime, as in a browser before 2023
    delete String.prototype.isWellFormed;
    expect(''.isWellFormed).toBeUndefined();
    expect(['C-1', 'a\ud83d\ude00', 'a\ud800', '\ude00\ud83d'].map(isWellFormed)).toEqual([true, true, false, false]);
  });

  it('the pattern runs over a long text of pairs without exhausting the regex stack', () => {
    // The schema checks a length limit first; 20,000 is the longest free text of a definition.
    expect(WELL_FORMED_TEXT.test('\ud83d\ude00x'.repeat(20_000))).toBe(true);
    expect(WELL_FORMED_TEXT.test(`${'x'.repeat(20_000)}\ud800`)).toBe(false);
  });
});
