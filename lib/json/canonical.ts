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

// Plain loops and string concatenation: the admin page canonicalises 30,000 receipts at a time.
function canonicalArray(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i ? ',' : '') + canonicalJson(items[i]);
  return `${out}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  // Array.prototype.sort without a comparator compares UTF-16 code units, exactly as JCS asks.
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const value = object[key];
    if (value === undefined) continue; // as JSON.stringify: an undefined property is absent
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(value)}`;
  }
  return `${out}}`;
}
