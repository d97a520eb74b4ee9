import { coreAttributesOf } from '../schemas/common.js';
import type { AttributeDef, ResourceTypeDef } from '../schemas/types.js';
import { getValue } from './state.js';
import { deepEqual, findSubDef, hasValueSub, isPlainObject, type JsonObject } from './values.js';

function asObject(v: unknown): JsonObject | undefined {
  return isPlainObject(v) ? v : undefined;
}

/** Sub-attribute names of two values of a record-like complex attribute, schema order first. */
function subNames(def: AttributeDef, a: JsonObject | undefined, b: JsonObject | undefined): string[] {
  const names = (def.subAttributes ?? []).map((s) => s.name);
  for (const k of [...Object.keys(a ?? {}), ...Object.keys(b ?? {})]) {
    const canonical = findSubDef(def, k)?.name ?? k;
    if (!names.includes(canonical)) names.push(canonical);
  }
  return names;
}

function compare(
  out: string[],
  before: JsonObject | undefined,
  after: JsonObject | undefined,
  attrs: readonly AttributeDef[],
  prefix: string,
): void {
  for (const def of attrs) {
    const x = getValue(before, def.name);
    const y = getValue(after, def.name);
    if (deepEqual(x, y)) continue;
    const name = prefix + def.name;
    const record = def.type === 'complex' && !def.multiValued && !hasValueSub(def);
    if (record && (x == null || isPlainObject(x)) && (y == null || isPlainObject(y))) {
      const xo = asObject(x);
      const yo = asObject(y);
      for (const sub of subNames(def, xo, yo)) {
        if (!deepEqual(getValue(xo, sub), getValue(yo, sub))) out.push(`${name}.${sub}`);
      }
    } else {
      out.push(name);
    }
  }
}

/**
 * Canonical paths of the attributes that differ between two versions of a resource:
 * `name.givenName` for sub-attributes of record-like complex attributes, the attribute itself
 * for multi-valued ones (`emails`, `members`) and references (`...:manager`), extension
 * attributes prefixed by their URN.
 */
export function diffResources(before: JsonObject, after: JsonObject, rt: ResourceTypeDef): string[] {
  const out: string[] = [];
  compare(out, before, after, coreAttributesOf(rt), '');
  for (const { schema } of rt.extensions) {
    const b = asObject(getValue(before, schema.id));
    const a = asObject(getValue(after, schema.id));
    compare(out, b, a, schema.attributes, `${schema.id}:`);
  }
  return out;
}
