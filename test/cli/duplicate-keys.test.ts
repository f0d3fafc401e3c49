import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from '../../src/cli/input/duplicate-keys.js';

describe('firstDuplicateKey', () => {
  it('finds a key written twice in one object, with its line', () => {
    expect(firstDuplicateKey('{\n "a": 1,\n "b": 2,\n "a": 3\n}')).toEqual({ key: 'a', line: 4 });
    expect(firstDuplicateKey('{"outer": {"x": 1, "x": 2}}')).toEqual({ key: 'x', line: 1 });
    expect(firstDuplicateKey('[{"k": 1}, {"k": 2, "k": 3}]')).toEqual({ key: 'k', line: 1 });
  });

  it('compares keys as JSON reads them: escapes are decoded', () => {
    expect(firstDuplicateKey('{"\\u0061": 1, "a": 2}')).toEqual({ key: 'a', line: 1 });
    expect(firstDuplicateKey('{"a\\"b": 1, "a\\"b": 2}')).toEqual({ key: 'a"b', line: 1 });
  });

  it('accepts the same key in different objects, and strings that look like keys', () => {
    expect(firstDuplicateKey('{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}')).toBeNull();
    expect(firstDuplicateKey('{"a": "a", "b": ["a", "a"], "c": "x:\\"a\\": 1"}')).toBeNull();
    expect(firstDuplicateKey('["a", "a"]')).toBeNull();
    expect(firstDuplicateKey('{ "a" : 1 , "b"\n:\n2 }')).toBeNull();
    expect(firstDuplicateKey('{ "a" : 1 , "a"\n:\n2 }')).toEqual({ key: 'a', line: 1 });
  });
});
