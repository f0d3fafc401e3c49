import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isWellFormed, WELL_FORMED_TEXT } from '../../src/internal/well-formed.js';
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
