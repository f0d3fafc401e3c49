import { describe, expect, it } from 'vitest';
import { AssessmentError, parseAssessment, safeParseAssessment, scoreAssessment } from '../../src/index.js';
import { gcp2, star, withValue } from '../support/assessments.js';

/** One bad input each: what is wrong, the input, and the exact path of the first issue. */
const cases: { what: string; input: unknown; path: (string | number)[]; expected?: RegExp }[] = [
  { what: 'not an object (array)', input: [gcp2()], path: [], expected: /assessment object/ },
  { what: 'not an object (string)', input: 'A-0001', path: [] },
  { what: 'null', input: null, path: [] },
  { what: 'schemaVersion 2', input: gcp2({ schemaVersion: 2 }), path: ['schemaVersion'], expected: /^1$/ },
  { what: 'schemaVersion as a string', input: gcp2({ schemaVersion: '1' }), path: ['schemaVersion'] },
  { what: 'missing id', input: withValue(gcp2(), ['id'], undefined), path: ['id'], expected: /string/ },
  { what: 'id a number', input: gcp2({ id: 17 }), path: ['id'] },
  { what: 'empty id', input: gcp2({ id: '' }), path: ['id'], expected: /at least 1 character/ },
  { what: 'oversized id', input: gcp2({ id: 'x'.repeat(101) }), path: ['id'], expected: /at most 100/ },
  { what: 'unknown instrument', input: gcp2({ instrument: 'gcp3' }), path: ['instrument'], expected: /gcp, gcp2, family-star-plus/ },
  { what: 'missing instrument', input: withValue(gcp2(), ['instrument'], undefined), path: ['instrument'] },
  { what: 'missing child', input: withValue(gcp2(), ['child'], undefined), path: ['child'], expected: /object/ },
  { what: 'missing child id', input: withValue(gcp2(), ['child', 'id'], undefined), path: ['child', 'id'] },
  { what: 'impossible date 2025-02-30', input: gcp2({ assessedOn: '2025-02-30' }), path: ['assessedOn'], expected: /calendar date/ },
  { what: 'not a leap year 2025-02-29', input: gcp2({ assessedOn: '2025-02-29' }), path: ['assessedOn'] },
  { what: 'date with a time', input: gcp2({ assessedOn: '2025-06-02T10:00:00Z' }), path: ['assessedOn'] },
  { what: 'date written day first', input: gcp2({ assessedOn: '02/06/2025' }), path: ['assessedOn'] },
  { what: 'impossible date of birth', input: withValue(gcp2(), ['child', 'dateOfBirth'], '2024-13-01'), path: ['child', 'dateOfBirth'] },
  { what: 'date of birth after the assessment', input: withValue(gcp2(), ['child', 'dateOfBirth'], '2025-06-03'), path: ['child', 'dateOfBirth'], expected: /on or before assessedOn/ },
  { what: 'unknown kind', input: gcp2({ kind: 'interim' }), path: ['kind'], expected: /baseline/ },
  { what: 'flags not an array', input: withValue(gcp2(), ['child', 'flags'], 'disabled'), path: ['child', 'flags'] },
  { what: 'a flag that is a number', input: withValue(gcp2(), ['child', 'flags'], [1]), path: ['child', 'flags', 0] },
  { what: 'a known flag with a stray space', input: withValue(gcp2(), ['child', 'flags'], ['mobile', ' disabled']), path: ['child', 'flags', 1], expected: /^the flag written exactly "disabled"/ },
  { what: 'a known flag in capitals', input: withValue(gcp2(), ['child', 'flags'], ['Pre-Mobile']), path: ['child', 'flags', 0], expected: /"pre-mobile"/ },
  { what: 'a known flag without its hyphen', input: withValue(gcp2(), ['child', 'flags'], ['mobile', 'PreMobile']), path: ['child', 'flags', 1], expected: /"pre-mobile"/ },
  { what: 'a known flag with a hyphen too many', input: withValue(gcp2(), ['child', 'flags'], ['run-away']), path: ['child', 'flags', 0], expected: /"runaway"/ },
  { what: 'a known flag with a space for its hyphen', input: withValue(gcp2(), ['child', 'flags'], ['pre mobile']), path: ['child', 'flags', 0], expected: /"pre-mobile"/ },
  // A list written into one flag, as a spreadsheet cell or an export joins it: kept as one free-form flag, the child would be in neither group.
  { what: 'two known flags joined by a comma', input: withValue(gcp2(), ['child', 'flags'], ['disabled, pre-mobile']), path: ['child', 'flags', 0], expected: /^one flag an entry, not several joined into one \(write "disabled" and "pre-mobile" as separate flags\)$/ },
  { what: 'a known flag joined to a free-form one by a bar', input: withValue(gcp2(), ['child', 'flags'], ['mobile', 'deaf|Runaway']), path: ['child', 'flags', 1], expected: /^one flag an entry, not several joined into one \(write "runaway" as a separate flag\)$/ },
  { what: 'grade out of range (6)', input: withValue(gcp2(), ['ratings', 'physical.nutrition'], 6), path: ['ratings', 'physical.nutrition'], expected: /integer grade from 1 to 5/ },
  { what: 'grade out of range (0)', input: withValue(gcp2(), ['ratings', 'physical.nutrition'], 0), path: ['ratings', 'physical.nutrition'] },
  { what: 'fractional grade', input: withValue(gcp2(), ['ratings', 'physical.nutrition'], 3.5), path: ['ratings', 'physical.nutrition'] },
  { what: 'grade as a string', input: withValue(gcp2(), ['ratings', 'physical.nutrition'], '4'), path: ['ratings', 'physical.nutrition'] },
  { what: 'grade null', input: withValue(gcp2(), ['ratings', 'physical.nutrition'], null), path: ['ratings', 'physical.nutrition'] },
  { what: 'grade object out of range', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 9 }), path: ['ratings', 'safety.in-absence', 'grade'], expected: /or "not-scored"/ },
  { what: 'grade object without grade', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { note: 'x' }), path: ['ratings', 'safety.in-absence'], expected: /{ grade, note\? }/ },
  { what: 'grade object with an extra key', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 3, score: 3 }), path: ['ratings', 'safety.in-absence', 'score'] },
  { what: 'oversized note', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 3, note: 'n'.repeat(2001) }), path: ['ratings', 'safety.in-absence', 'note'], expected: /at most 2000/ },
  { what: 'unknown rating key', input: withValue(gcp2(), ['ratings', 'physical.nutriton'], 3), path: ['ratings', 'physical.nutriton'], expected: /sub-area id of gcp2/ },
  { what: 'GCP (1995) sub-area on a GCP2 assessment', input: withValue(gcp2(), ['ratings', 'love.carer'], 3), path: ['ratings', 'love.carer'] },
  { what: 'ratings not an object', input: gcp2({ ratings: [4, 3] }), path: ['ratings'] },
  { what: 'missing ratings', input: withValue(gcp2(), ['ratings'], undefined), path: ['ratings'] },
  { what: 'unknown area grade', input: gcp2({ areaGrades: { love: 3 } }), path: ['areaGrades', 'love'], expected: /area id of gcp2/ },
  { what: 'area grade out of range', input: gcp2({ areaGrades: { physical: 7 } }), path: ['areaGrades', 'physical'] },
  { what: 'unknown top-level field', input: gcp2({ rating: {} }), path: ['rating'], expected: /contract's fields/ },
  { what: 'unknown child field', input: withValue(gcp2(), ['child', 'dob'], '2025-01-01'), path: ['child', 'dob'], expected: /child field/ },
  { what: '__proto__ key in ratings', input: JSON.parse('{"schemaVersion":1,"id":"A","instrument":"gcp2","child":{"id":"C"},"assessedOn":"2025-06-02","ratings":{"__proto__":{"grade":1}}}'), path: ['ratings', '__proto__'], expected: /never "__proto__"/ },
  { what: '__proto__ key at the top', input: JSON.parse('{"__proto__":{"polluted":1},"schemaVersion":1}'), path: ['__proto__'] },
  { what: 'constructor key in child', input: withValue(gcp2(), ['child', 'constructor'], 'x'), path: ['child', 'constructor'] },
  { what: 'Star reading of 11', input: withValue(star(), ['ratings', 'physical-health'], 11), path: ['ratings', 'physical-health'], expected: /integer grade from 1 to 10/ },
  { what: 'Star reading of 0', input: withValue(star(), ['ratings', 'physical-health'], 0), path: ['ratings', 'physical-health'] },
  // The expected fields once listed areaGrades, the very key refused.
  { what: 'area grades on a Star', input: star({ areaGrades: { 'physical-health': 5 } }), path: ['areaGrades'], expected: /^one of the contract's fields \(schemaVersion, id, instrument, child, assessedOn, kind, assessor, ratings; no areaGrades: a Star is rated by area\)$/ },
  { what: 'an unknown field on a Star', input: star({ areaGrade: {} }), path: ['areaGrade'], expected: /^one of the contract's fields \(.*ratings; no areaGrades/ },
  { what: 'GCP sub-area on a Star', input: withValue(star(), ['ratings', 'physical.nutrition'], 5), path: ['ratings', 'physical.nutrition'], expected: /Star area id/ },
  { what: 'oversized locality', input: withValue(gcp2(), ['child', 'locality'], 'L'.repeat(10_000)), path: ['child', 'locality'] },
  // A valid input but for these keys: the fast path once let them through.
  { what: 'attribute key constructor', input: JSON.parse('{"schemaVersion":1,"id":"A","instrument":"gcp2","child":{"id":"C","attributes":{"constructor":"x"}},"assessedOn":"2025-06-02","ratings":{}}'), path: ['child', 'attributes', 'constructor'], expected: /never "__proto__"/ },
  { what: 'attribute key prototype', input: withValue(gcp2(), ['child', 'attributes'], { prototype: 'y' }), path: ['child', 'attributes', 'prototype'] },
  { what: 'misspelt field of a rating object', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 3, notes: 'x' }), path: ['ratings', 'safety.in-absence', 'notes'], expected: /^a rating field \(grade, note\)$/ },
  { what: 'grade object with a note that is not text', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 3, note: 5 }), path: ['ratings', 'safety.in-absence', 'note'], expected: /^a string$/ },
  { what: 'grade object with an infinite grade', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: -Infinity, note: 'x' }), path: ['ratings', 'safety.in-absence', 'grade'], expected: /^an integer grade from 1 to 5 or "not-scored"$/ },
  { what: 'ratings in a Map', input: gcp2({ ratings: new Map([['physical.nutrition', 4]]) }), path: ['ratings'], expected: /^plain JSON data/ },
  { what: 'a rating that is a class instance', input: withValue(gcp2(), ['ratings'], { 'physical.nutrition': new (class Rating { grade = 4; })() }), path: ['ratings', 'physical.nutrition'], expected: /^plain JSON data/ },
  { what: 'area grades in a Date', input: gcp2({ areaGrades: new Date(0) }), path: ['areaGrades'], expected: /^plain JSON data/ },
  { what: 'attributes in a Map', input: withValue(gcp2(), ['child', 'attributes'], new Map()), path: ['child', 'attributes'], expected: /^plain JSON data/ },
  // A lone surrogate (JSON can write one) is no character: UTF-8 output would turn it into U+FFFD.
  { what: 'a lone high surrogate in the id', input: gcp2({ id: 'A-\ud800' }), path: ['id'], expected: /^text without a lone surrogate/ },
  { what: 'a lone low surrogate in the child id', input: withValue(gcp2(), ['child', 'id'], '\udc00C-1'), path: ['child', 'id'], expected: /^text without a lone surrogate/ },
  // A padded spreadsheet cell: "C-17 " and "C-17" would be two children, "North " a group of its own.
  { what: 'a child id ending in a space', input: withValue(gcp2(), ['child', 'id'], 'C-17 '), path: ['child', 'id'], expected: /^text without white space at its start or end/ },
  { what: 'an assessment id starting with a tab', input: gcp2({ id: '\tA-1' }), path: ['id'], expected: /^text without white space at its start or end/ },
  { what: 'a locality ending in a no-break space', input: withValue(gcp2(), ['child', 'locality'], 'North\u00a0'), path: ['child', 'locality'], expected: /^text without white space/ },
  { what: 'an assessor id of spaces alone', input: gcp2({ assessor: '   ' }), path: ['assessor'], expected: /^text without white space/ },
  // A line break inside a spreadsheet cell (Alt+Enter) or a NUL from an export: an id that prints as two lines or not at all.
  { what: 'a line break inside a child id', input: withValue(gcp2(), ['child', 'id'], 'C-17\nC-18'), path: ['child', 'id'], expected: /^text without control characters/ },
  { what: 'a NUL inside an assessment id', input: gcp2({ id: 'A\u00001' }), path: ['id'], expected: /^text without control characters/ },
  { what: 'a C1 control (NEL, which trim keeps) at the end of a locality', input: withValue(gcp2(), ['child', 'locality'], 'North\u0085'), path: ['child', 'locality'], expected: /^text without control characters/ },
  { what: 'a tab at the end of an assessor id is padding, named as such', input: gcp2({ assessor: 'SW-1\t' }), path: ['assessor'], expected: /^text without white space at its start or end/ },
  { what: 'a lone surrogate at the end of a child id, not taken for white space', input: withValue(gcp2(), ['child', 'id'], 'C-1\ud800'), path: ['child', 'id'], expected: /^text without a lone surrogate/ },
  { what: 'pairs reversed in a locality', input: withValue(gcp2(), ['child', 'locality'], 'North \ude00\ud83d'), path: ['child', 'locality'], expected: /lone surrogate/ },
  { what: 'a lone surrogate in a note beside a whole emoji', input: withValue(gcp2(), ['ratings', 'safety.in-absence'], { grade: 3, note: 'fine \ud83d\ude00 \ud83d' }), path: ['ratings', 'safety.in-absence', 'note'], expected: /lone surrogate/ },
  { what: 'a lone surrogate in an attribute value', input: withValue(gcp2(), ['child', 'attributes'], { ward: 'N\udfff' }), path: ['child', 'attributes', 'ward'], expected: /lone surrogate/ },
  { what: 'a lone surrogate in a flag', input: withValue(gcp2(), ['child', 'flags'], ['young-carer\udbff']), path: ['child', 'flags', 0], expected: /lone surrogate/ },
  { what: 'attribute key with a space', input: withValue(gcp2(), ['child', 'attributes'], { 'ward name': 'X' }), path: ['child', 'attributes', 'ward name'] },
];

describe('bad assessments are refused with the exact path', () => {
  it('has at least 25 distinct cases', () => {
    expect(new Set(cases.map((c) => c.what)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$what', ({ input, path, expected }) => {
    const result = safeParseAssessment(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result).not.toHaveProperty('data');
    expect(result.issues[0]?.path).toEqual(path);
    if (expected) expect(result.issues[0]?.expected).toMatch(expected);
    for (const issue of result.issues) {
      expect(issue.message).toContain('expected');
      expect(issue.received).not.toMatch(/undefined|NaN/);
    }
    expect(() => parseAssessment(input)).toThrow(AssessmentError);
  });
});

describe('a flag holding a list', () => {
  it('is kept as one free-form flag when it names no known flag', () => {
    const result = safeParseAssessment(withValue(gcp2(), ['child', 'flags'], ['n/a', 'deaf, blind', 'young-carer']));
    expect(result.success && result.data.child.flags).toEqual(['n/a', 'deaf, blind', 'young-carer']);
  });

  it('is refused by scoreAssessment on raw JSON too, whose fast path checks flags itself', () => {
    expect(() => scoreAssessment(withValue(gcp2(), ['child', 'flags'], ['disabled;runaway']) as never)).toThrow(AssessmentError);
  });
});

describe('attribute limits, as the README states them', () => {
  it('names up to 50 characters and values up to 100 are taken, any number of them; one more character is refused', () => {
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`a${i}${'x'.repeat(46)}`.slice(0, 50), 'v'.repeat(100)]));
    expect(safeParseAssessment(withValue(gcp2(), ['child', 'attributes'], many)).success).toBe(true);
    expect(parseAssessment(withValue(gcp2(), ['child', 'attributes'], many)).child.attributes).toEqual(many);
    const value = safeParseAssessment(withValue(gcp2(), ['child', 'attributes'], { ward: 'v'.repeat(101) }));
    expect(value.success ? [] : value.issues.map((i) => i.path)).toEqual([['child', 'attributes', 'ward']]);
  });
});

describe('a huge unknown key', () => {
  // A key of 100,000 characters was echoed twice in each message (200 KB): once in the path, once as received.
  it('is held whole in the issue path, and cut short in the message', () => {
    const key = 'x'.repeat(100_000);
    const input = withValue(withValue(gcp2(), ['ratings', key], 3), [key], 1);
    const result = safeParseAssessment(input);
    expect(result.success ? [] : result.issues.map(({ path, expected, received, message }) => ({ path, expected, received, message }))).toEqual([
      {
        path: ['ratings', key],
        expected: 'a sub-area id of gcp2',
        received: 'an unknown key of 100000 characters',
        message: `ratings["${'x'.repeat(40)}…"]: expected a sub-area id of gcp2, received an unknown key of 100000 characters`,
      },
      {
        path: [key],
        expected: expect.stringMatching(/^one of the contract's fields \(schemaVersion, /),
        received: 'an unknown key of 100000 characters',
        message: expect.stringMatching(new RegExp(`^\\["${'x'.repeat(40)}…"\\]: expected one of the contract's fields .*, received an unknown key of 100000 characters$`)),
      },
    ]);
  });

  // Its first 40 characters were taken by spreading the key into an array: past V8's largest
  // array (about 134 million elements) that ran the heap out and ended the process.
  it('is cut without spreading it, however long (150 million characters)', () => {
    const key = 'x'.repeat(150_000_000);
    const result = safeParseAssessment(withValue(gcp2(), [key], 1));
    expect(result.success ? [] : result.issues.map((i) => i.message.slice(0, i.message.indexOf(': ')))).toEqual([`["${'x'.repeat(40)}…"]`]);
  });

  it('is shown whole when a definition could make it (up to 200 characters)', () => {
    const key = `physical.${'n'.repeat(191)}`;
    const result = safeParseAssessment(withValue(gcp2(), ['ratings', key], 3));
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([`ratings["${key}"]: expected a sub-area id of gcp2, received an unknown key of 200 characters`]);
  });
});

describe('text is well-formed', () => {
  it('whole surrogate pairs are characters like any other, counted once toward a limit', () => {
    const emoji = '\ud83d\ude00';
    const input = withValue(withValue(gcp2({ id: emoji.repeat(100) }), ['child', 'locality'], `North ${emoji}`), ['ratings', 'safety.in-absence'], { grade: 3, note: emoji });
    expect(parseAssessment(input).id).toBe(emoji.repeat(100));
  });

  it('a string both too long and holding a lone surrogate gets one issue, for its length', () => {
    const result = safeParseAssessment(gcp2({ id: '\ud800'.repeat(101) }));
    expect(result.success ? [] : result.issues.map(({ path, expected }) => ({ path, expected }))).toEqual([{ path: ['id'], expected: 'a string of at most 100 characters' }]);
  });

  it('the received value shows the lone surrogate escaped, so the message can be printed as UTF-8', () => {
    const result = safeParseAssessment(gcp2({ id: 'A-\ud800' }));
    expect(result.success ? undefined : result.issues[0]?.received).toBe('the string "A-\\ud800"');
    expect(result.success ? undefined : result.issues[0]?.message.isWellFormed()).toBe(true);
  });
});

describe('issues name what is wrong, once', () => {
  it('an attribute name that breaks the pattern is named as a key, not described by its value', () => {
    const result = safeParseAssessment(withValue(gcp2(), ['child', 'attributes'], { '9ward': 'North', ['w'.repeat(51)]: 'x' }));
    expect(result.success ? [] : result.issues.map(({ path, expected, received }) => ({ path, expected, received }))).toEqual([
      { path: ['child', 'attributes', '9ward'], expected: 'an attribute name of at most 50 characters: a letter, then letters, digits, "_" or "-"', received: 'the key "9ward"' },
      { path: ['child', 'attributes', 'w'.repeat(51)], expected: 'an attribute name of at most 50 characters: a letter, then letters, digits, "_" or "-"', received: 'a key of 51 characters' },
    ]);
  });

  it('a flag that is a near miss and also breaks the schema gets one issue, the schema\'s', () => {
    const result = safeParseAssessment(withValue(gcp2(), ['child', 'flags'], ['Disabled\ud800', `Disabled${' '.repeat(50)}`, 'Mobile']));
    expect(result.success ? [] : result.issues.map(({ path, expected }) => ({ path, expected }))).toEqual([
      { path: ['child', 'flags', 0], expected: 'text without a lone surrogate (half of a UTF-16 pair, such as \\ud800, which UTF-8 cannot write)' },
      { path: ['child', 'flags', 1], expected: 'a string of at most 50 characters' },
      { path: ['child', 'flags', 2], expected: 'the flag written exactly "mobile" (or a free-form flag that is not a variant of it)' },
    ]);
  });

  it('a number past 2^53 gives one issue per field, not a second for the safe-integer range', () => {
    const input = gcp2({ ratings: { 'physical.nutrition': 1e308, 'physical.health': { grade: 2 ** 53 } }, areaGrades: { physical: -1e20 } });
    const result = safeParseAssessment(input);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['ratings', 'physical.nutrition'], ['ratings', 'physical.health', 'grade'], ['areaGrades', 'physical']]);
  });
});

describe('objects JSON cannot make', () => {
  it('are named by their class at their path, beside the other problems, and never called a bug', () => {
    const result = safeParseAssessment(gcp2({ assessedOn: '2025-02-30', ratings: new Map(), child: Object.create({ id: 'C-1' }) }));
    expect(result.success ? [] : result.issues.map(({ path, received }) => ({ path, received }))).toEqual([
      { path: ['child'], received: 'an object with a prototype of its own' },
      { path: ['ratings'], received: 'an object of class Map' },
      { path: ['assessedOn'], received: 'the string "2025-02-30"' },
    ]);
  });

  it('under an unknown key, are reported as the unknown key, which is the fault whatever it holds', () => {
    const input = withValue(gcp2({ extra: new Map() }), ['ratings', 'physical.nutritio'], new Date(0));
    const result = safeParseAssessment(input);
    expect(result.success ? [] : result.issues.map(({ path, received }) => ({ path, received }))).toEqual([
      { path: ['ratings', 'physical.nutritio'], received: 'the unknown key "physical.nutritio"' },
      { path: ['extra'], received: 'the unknown key "extra"' },
    ]);
  });
});

describe('several problems are reported together', () => {
  it('names every bad field in one error', () => {
    const input = gcp2({ assessedOn: '2025-02-30', kind: 'interim', ratings: { 'physical.nutrition': 3.5, 'not.a-key': 1 } });
    const result = safeParseAssessment(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual([['assessedOn'], ['kind'], ['ratings', 'physical.nutrition'], ['ratings', 'not.a-key']]);
  });

  it('reports the date of birth with the other problems', () => {
    const input = withValue(gcp2({ kind: 'interim' }), ['child', 'dateOfBirth'], '2026-01-01');
    const result = safeParseAssessment(input);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['kind'], ['child', 'dateOfBirth']]);
  });

  it('the error message names the first issue and counts the rest', () => {
    expect(() => parseAssessment(gcp2({ id: '', kind: 'x' }))).toThrow(/^Invalid assessment: id: expected a string of at least 1 character, received the string "" \(and 1 more issue\)$/);
  });
});
