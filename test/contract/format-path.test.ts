import { describe, expect, it } from 'vitest';
import { formatPath, OperationError } from '../../src/index.js';

describe('formatPath', () => {
  it('writes keys and indexes as a reader finds them in JSON', () => {
    expect(formatPath([])).toBe('(input)');
    expect(formatPath(['areas', 0, 'subAreas', 2, 'id'])).toBe('areas[0].subAreas[2].id');
    expect(formatPath(['ratings', 'physical.nutrition', 'grade'])).toBe('ratings["physical.nutrition"].grade');
  });

  // A symbol or an object without a string form threw a TypeError; undefined and NaN were written into the text.
  it.each([
    ['a symbol', Symbol('key')],
    ['an object without a string form', { toString: null }],
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['a negative index', -1],
    ['a fractional index', 1.5],
  ])('refuses %s in the path with OperationError', (_what, segment) => {
    expect(() => formatPath(['ratings', segment] as never)).toThrow(OperationError);
  });
});
