// Marshalling both ways: inputs (JS → Marshalled) with caps and cycles, results (Marshalled → JS)
// with shape checks on untrusted data.

import { describe, expect, it } from 'vitest';
import { MarshalError, marshalInputs, unmarshal } from '../../src/host/marshal.js';

describe('marshalInputs', () => {
  it('converts plain values', () => {
    const m = marshalInputs({
      n: 1, f: 1.5, neg0: -0, big: 2n ** 64n, s: 'x', b: true, nil: null, undef: undefined,
      list: [1, [2]], obj: { k: 'v' }, map: new Map([[1, 'one']]), set: new Set([1]), bytes: new Uint8Array([1, 2]),
    });
    expect(m['n']).toBe(1);
    expect(m['f']).toBe(1.5);
    expect(Object.is(m['neg0'], 0)).toBe(true);
    expect(m['big']).toBe(2n ** 64n);
    expect(m['undef']).toBeNull();
    expect(m['list']).toEqual([1, [2]]);
    expect(m['obj']).toEqual({ $type: 'dict', entries: [['k', 'v']] });
    expect(m['map']).toEqual({ $type: 'dict', entries: [[1, 'one']] });
    expect(m['set']).toEqual({ $type: 'set', items: [1] });
    expect(m['bytes']).toEqual({ $type: 'bytes', data: new Uint8Array([1, 2]) });
  });

  it('allows shared references but rejects cycles', () => {
    const shared = [1];
    expect(marshalInputs({ a: [shared, shared] })['a']).toEqual([[1], [1]]);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => marshalInputs({ c: cyclic })).toThrow(/input 'c' contains a cycle/);
    const obj: Record<string, unknown> = {};
    obj['self'] = obj;
    expect(() => marshalInputs({ o: obj })).toThrow(MarshalError);
  });

  it('caps depth, size and string length', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(() => marshalInputs({ deep })).toThrow(/nests deeper than 100/);
    expect(() => marshalInputs({ big: new Array(20).fill(0) }, { maxDepth: 10, maxNodes: 10, maxChars: 100 })).toThrow(/too large/);
    expect(() => marshalInputs({ s: 'x'.repeat(101) }, { maxDepth: 10, maxNodes: 10, maxChars: 100 })).toThrow(/too large/);
  });

  it('rejects values that cannot cross and bad names', () => {
    expect(() => marshalInputs({ f: () => 1 })).toThrow(/function/);
    expect(() => marshalInputs({ d: new Date() })).toThrow(/Date/);
    expect(() => marshalInputs({ s: Symbol('x') })).toThrow(/symbol/);
    expect(() => marshalInputs({ 'not-a-name': 1 })).toThrow(/not a Python identifier/);
    expect(() => marshalInputs({ $x: 1 })).toThrow(/not a Python identifier/);
    expect(Object.keys(marshalInputs({ café: 1, _x2: 2 }))).toEqual(['café', '_x2']);
  });
});

describe('unmarshal', () => {
  it('converts every Marshalled kind', () => {
    expect(unmarshal(null)).toBeNull();
    expect(unmarshal(5n)).toBe(5);
    expect(unmarshal(2n ** 53n)).toBe(2n ** 53n);
    expect(unmarshal({ $type: 'float', value: 1 })).toBe(1);
    expect(unmarshal({ $type: 'tuple', items: [1, 'a'] })).toEqual([1, 'a']);
    expect(unmarshal({ $type: 'set', items: [1, 2] })).toEqual(new Set([1, 2]));
    expect(unmarshal({ $type: 'frozenset', items: [] })).toEqual(new Set());
    expect(unmarshal({ $type: 'bytes', data: new Uint8Array([7]) })).toEqual(new Uint8Array([7]));
    const obj = unmarshal({ $type: 'dict', entries: [['a', 1], ['__proto__', 2]] }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(obj)).toBeNull();
    expect(Object.keys(obj)).toEqual(['a', '__proto__']);
    expect(obj['__proto__']).toBe(2);
    expect(unmarshal({ $type: 'dict', entries: [[1, 'x'], ['a', 'y']] })).toEqual(new Map<unknown, unknown>([[1, 'x'], ['a', 'y']]));
    expect(unmarshal({ $unsupported: 'function' })).toEqual({ $unsupported: 'function' });
  });

  it('rejects malformed and oversized data', () => {
    for (const bad of [undefined, { $type: 'dict', entries: [[1]] }, { $type: 'bytes', data: [1] }, { $type: 'nope' },
      { $type: 'float', value: 'x' }, { a: 1 }, () => 1]) {
      expect(() => unmarshal(bad), JSON.stringify(bad)).toThrow(MarshalError);
    }
    let deep: unknown = 1;
    for (let i = 0; i < 150; i++) deep = [deep];
    expect(() => unmarshal(deep)).toThrow(/nests deeper/);
    expect(() => unmarshal(new Array(11).fill(1), { maxDepth: 5, maxNodes: 10, maxChars: 10 })).toThrow(/too large/);
  });
});
