import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from '../../../renderer/src/domain/journal/canonical-json';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0, y: -1.5 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":-1.5,"z":0}}',
    );
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });

  it('is independent of key order and stable under a JSON round trip for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('sorts keys by UTF-16 code units and keeps non-ASCII text as is', () => {
    expect(canonicalJson({ é: 'café', a: '😀', Z: 'Ω', b: 'line\nbreak' })).toBe(
      '{"Z":"Ω","a":"😀","b":"line\\nbreak","é":"café"}',
    );
  });

  it('writes nested arrays and objects in place', () => {
    expect(canonicalJson([{ b: [{ d: 1, c: 2 }] }, [[]], {}])).toBe('[{"b":[{"c":2,"d":1}]},[[]],{}]');
  });

  it('writes numbers in their shortest JavaScript form and -0 as 0', () => {
    expect(canonicalJson([1e21, 0.1, -0, 100])).toBe('[1e+21,0.1,0,100]');
  });

  it('rejects NaN and infinities, naming where they are', () => {
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(
      new CanonicalJsonError('Cannot write NaN at $.a[1] as canonical JSON.'),
    );
    expect(() => canonicalJson(Infinity)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(-Infinity)).toThrow(CanonicalJsonError);
  });

  it('rejects undefined inside an array or at the top, but leaves out an undefined property', () => {
    expect(() => canonicalJson([1, undefined])).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(undefined)).toThrow(CanonicalJsonError);
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('rejects values JSON would silently change: dates, maps, bigints, functions and cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const bad of [new Date(0), new Map(), 1n, () => 1, Symbol('s'), cycle]) {
      expect(() => canonicalJson({ bad })).toThrow(CanonicalJsonError);
    }
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { k: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
  });
});
