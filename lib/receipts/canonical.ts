// RFC 8785 (JCS) for the JSON this project produces: plain objects, arrays, strings, finite numbers,
// booleans and null. JCS numbers are the ECMAScript Number-to-String form, which JSON.stringify uses,
// and JCS string escaping is JSON.stringify's (only ", \ and control characters; non-ASCII kept).

/** Thrown for a value JSON cannot represent (undefined in an array, NaN, a function, a bigint, …). */
export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

/** RFC 8785 canonical JSON: keys sorted by UTF-16 code units at every level, no white space. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`Not a finite number: ${value}`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new CanonicalJsonError(`Not JSON: ${typeof value}`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  return `[${items.map((item) => canonicalJson(item)).join(',')}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  // Array.prototype.sort without a comparator compares UTF-16 code units, exactly as JCS asks.
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined) // as JSON.stringify: an undefined property is absent
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}
