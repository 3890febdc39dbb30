import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../json/canonical';
import { exampleBody, exampleCanonical } from './test-data';

// The receipt's canonical form (PRODUCT.md 4.2: the digest's input), on the example receipt.
describe('canonicalJson of a receipt', () => {
  it('should match the hand-written canonical form of the example receipt', () => {
    expect(canonicalJson(exampleBody)).toBe(exampleCanonical);
  });

  it('should not depend on key order, at any level', () => {
    const { participant, ...rest } = exampleBody;
    const shuffled = Object.fromEntries(Object.entries({ ...rest, participant: Object.fromEntries(Object.entries(participant).reverse()) }).reverse());
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(exampleBody)[0]);
    expect(canonicalJson(shuffled)).toBe(exampleCanonical);
  });

});
