import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from './canonical';

describe('canonicalJson', () => {
  it('should sort nested keys and keep non-ASCII unescaped', () => {
    expect(canonicalJson({ z: { b: 'Huỷ', a: 'Đợt 1' }, a: [3, { y: true, x: null }] })).toBe(
      '{"a":[3,{"x":null,"y":true}],"z":{"a":"Đợt 1","b":"Huỷ"}}',
    );
  });

  it('should sort keys by UTF-16 code units, not code points (RFC 8785 §3.2.3)', () => {
    const value = { '\ufb33': 1, '\ud83d\ude00': 2, '\u20ac': 3, a: 4, '1': 5 };
    expect(canonicalJson(value)).toBe('{"1":5,"a":4,"\u20ac":3,"\ud83d\ude00":2,"\ufb33":1}');
  });

  it('should write numbers and escapes as ECMAScript does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 457, 1.5e-7])).toBe('[1e+21,0.1,0,457,1.5e-7]');
    expect(canonicalJson('a"b\\c\n\u0007/é')).toBe('"a\\"b\\\\c\\n\\u0007/é"');
  });

  it('should leave out undefined properties and refuse what JSON cannot hold', () => {
    expect(canonicalJson({ a: 1, digest: undefined })).toBe('{"a":1}');
    expect(() => canonicalJson([undefined])).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: 1n })).toThrow(CanonicalJsonError);
  });
});
