import { describe, expect, it } from 'vitest';
import { formatPath, safeParseAssessment } from '../../src/index.js';
import { gcp2, withValue } from '../support/assessments.js';

/*
 * JSON.stringify escapes the C0 controls but writes DEL, the C1 controls (U+0080–U+009F),
 * U+2028 and U+2029 raw. An id refused for a control character then read, in its issue, as
 * though it held none (`"C-17"` with an invisible NEL), and a line separator broke the
 * one-line message. They are written as JSON escapes, lower-case like JSON.stringify's own.
 */

const messages = (input: unknown) => {
  const result = safeParseAssessment(input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe('a received text or key holding a character no reader sees', () => {
  it('shows a C1 control or DEL as an escape', () => {
    expect(messages(withValue(gcp2(), ['child', 'id'], 'C-17\u0085'))).toEqual([
      'child.id: expected text without control characters (a line break, tab or NUL inside an id, as a spreadsheet cell or an export can leave), received the string "C-17\\u0085"',
    ]);
    expect(messages(withValue(gcp2(), ['assessor'], 'HV\u007f1'))[0]).toMatch(/received the string "HV\\u007f1"$/);
  });

  it('keeps a message one line when a key or value holds U+2028 or U+2029', () => {
    const result = messages(withValue(withValue(gcp2(), ['ratings', 'x\u2028'], 1), ['child', 'locality'], 'North\u2029'));
    expect(result).toEqual([
      'child.locality: expected text without white space at its start or end (as a padded cell leaves it: "C-17 " and "C-17" would be told apart), received the string "North\\u2029"',
      'ratings["x\\u2028"]: expected a sub-area id of gcp2, received the unknown key "x\\u2028"',
    ]);
    expect(formatPath(['ratings', 'a\u0080\u009f'])).toBe('ratings["a\\u0080\\u009f"]');
  });
});
