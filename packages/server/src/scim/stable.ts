/** JSON with object keys sorted, so that equal resources compare equal whatever their key order. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const isNode = (v: unknown) => typeof v === 'object' && v !== null;

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // An object or array never has the text of a scalar or of null: no need to write it out.
  if (isNode(a) !== isNode(b)) return false;
  return stableStringify(a) === stableStringify(b);
}
