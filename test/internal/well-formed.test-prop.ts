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

  // The reference: isWellFormed, String.prototype.trim, whose white space the pattern lists,
  // and Unicode's general category Cc (control) as the engine's \p{Cc} knows it.
  it('the id pattern takes exactly the well-formed text without controls that trim leaves as it is, with and without the u and v flags', () => {
    const units = ['a', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', '\ud800', '\udc00', '\ud83d\ude00', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u00ad'];
    const spaced = fc.string({ unit: fc.constantFrom(...units), maxLength: 8 });
    const patterns = ['', 'u', 'v'].map((flags) => new RegExp(ID_TEXT.source, flags));
    fc.assert(fc.property(spaced, (s) => {
      const expected = s.isWellFormed() && s.trim() === s && !/\p{Cc}/u.test(s);
      for (const pattern of patterns) expect(pattern.test(s), `${JSON.stringify(s)} /${pattern.flags}`).toBe(expected);
      expect(isIdWithin(s, 8)).toBe(expected);
    }), { ...PROPERTY_RUNS, numRuns: 3_000 });
    // U+200B (zero width space) is no white space to trim or \s, and U+00AD (soft hyphen) no control: an id may hold them.
    expect(ID_TEXT.test('\u200bC-1')).toBe(true);
    expect(ID_TEXT.test('C\u00ad1')).toBe(true);
  });

  it('every control character is refused inside an id, and nothing else of the Basic Latin and Latin-1 blocks', () => {
    for (let code = 0; code <= 0xff; code++) {
      const inside = `C${String.fromCharCode(code)}1`;
      const control = code <= 0x1f || (code >= 0x7f && code <= 0x9f);
      expect(ID_TEXT.test(inside), `U+${code.toString(16).padStart(4, '0')}`).toBe(!control);
      expect(isIdWithin(inside, 8)).toBe(!control);
    }
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
