import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedKeys, repeatedKeysOf } from '../../src/cli/input/duplicate-keys.js';

describe('repeatedKeys', () => {
  it('finds a key written twice in one object, with the path of the object and its line', () => {
    expect(repeatedKeys('{\n "a": 1,\n "b": 2,\n "a": 3\n}')).toEqual([{ key: 'a', path: [], line: 4 }]);
    expect(repeatedKeys('{"outer": {"x": 1, "x": 2}}')).toEqual([{ key: 'x', path: ['outer'], line: 1 }]);
    expect(repeatedKeys('[{"k": 1}, {"k": 2, "k": 3}]')).toEqual([{ key: 'k', path: [1], line: 1 }]);
    expect(repeatedKeys('{"a": [1, {"b": [0, 0, {"c": 1, "c": 2}]}]}')).toEqual([{ key: 'c', path: ['a', 1, 'b', 2], line: 1 }]);
  });

  it('finds every repeat, a third writing too, in the order of the text', () => {
    expect(repeatedKeys('[{"a":1,"a":2,"a":3},\n{"b":{"c":1,"c":2}}]')).toEqual([
      { key: 'a', path: [0], line: 1 },
      { key: 'a', path: [0], line: 1 },
      { key: 'c', path: [1, 'b'], line: 2 },
    ]);
  });

  it('compares keys as JSON reads them: escapes are decoded', () => {
    expect(repeatedKeys('{"\\u0061": 1, "a": 2}')).toEqual([{ key: 'a', path: [], line: 1 }]);
    expect(repeatedKeys('{"a\\"b": 1, "a\\"b": 2}')).toEqual([{ key: 'a"b', path: [], line: 1 }]);
  });

  it('accepts the same key in different objects, and strings that look like keys', () => {
    expect(repeatedKeys('{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}')).toEqual([]);
    expect(repeatedKeys('{"a": "a", "b": ["a", "a"], "c": "x:\\"a\\": 1"}')).toEqual([]);
    expect(repeatedKeys('["a", "a"]')).toEqual([]);
    expect(repeatedKeys('{ "a" : 1 , "b"\n:\n2 }')).toEqual([]);
    expect(repeatedKeys('{ "a" : 1 , "a"\n:\n2 }')).toEqual([{ key: 'a', path: [], line: 1 }]);
  });
});

describe('repeatedKeysOf, which counts colons before it scans', () => {
  it('finds what the full scan finds, whether or not strings hold colons', () => {
    // Objects of keys drawn from a small set, written out by hand so that keys may repeat,
    // with strings that may hold colons and quotes, some colons escaped (`a\u003ab` is `a:b`).
    const key = fc.constantFrom('"a"', '"b"', '"c"', '"a:b"', '"a\\u003ab"', '"x\\"y"');
    const scalar = fc.oneof(fc.integer().map(String), fc.constantFrom('"10:30"', '"a\\"b:"', '""', '":"', '"\\u003a"', '"plain"'));
    const text = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(',')}}`),
      ),
    })).value;
    fc.assert(
      fc.property(text, (json) => {
        expect(repeatedKeysOf(json, JSON.parse(json))).toEqual(repeatedKeys(json));
      }),
      { numRuns: 300 },
    );
  });

  it('scans a text nested too deep to count by recursion instead of overflowing the stack', () => {
    // JSON.parse reads 20,000 levels; counting their members by recursion threw a RangeError.
    const depth = 20_000;
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(repeatedKeysOf(arrays, JSON.parse(arrays))).toEqual([]);
    const objects = `${'{"a":'.repeat(depth)}{"k":1,"k":2}${'}'.repeat(depth)}`;
    expect(repeatedKeysOf(objects, JSON.parse(objects))).toEqual([{ key: 'k', path: Array.from({ length: depth }, () => 'a'), line: 1 }]);
  });

  it('finds a repeat beside a colon in a note, and none in a record without one', () => {
    expect(repeatedKeysOf('{"n":{"note":"at 10:30"},"n":1}', { n: 1 })).toEqual([{ key: 'n', path: [], line: 1 }]);
    expect(repeatedKeysOf('{"n":{"note":"at 10:30"}}', { n: { note: 'at 10:30' } })).toEqual([]);
  });

  it('is not fooled by a colon written escaped, which the text does not show as a colon', () => {
    // Two colons in the text; one member, whose string holds one colon: 2 = 1 + 1, yet "a" is repeated.
    for (const text of ['{"a":1,"a":"\\u003a"}', '{"a":1,"a":"\\u003A"}']) {
      expect(repeatedKeysOf(text, JSON.parse(text))).toEqual([{ key: 'a', path: [], line: 1 }]);
    }
  });
});
