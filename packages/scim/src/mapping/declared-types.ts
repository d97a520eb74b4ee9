/**
 * A target's own word on attribute types. An external SCIM service publishes its schemas at
 * `/Schemas` (RFC 7643 §7); where it declares an attribute the mapping set also writes with
 * another type (a custom extension attribute the admin left as String that the target takes as
 * a boolean, an integer the target keeps as text), values are converted to the target's type, so
 * strict servers that refuse `"True"` for a boolean accept what the engine sends.
 */
import type { AttributeDef, AttributeType, ResourceTypeDef, SchemaDef } from '../schemas/types.js';

/** Declared scalar types per schema URN (lower case), then attribute path (`name` or `name.sub`, lower case). */
export type DeclaredTypes = ReadonlyMap<string, ReadonlyMap<string, AttributeType>>;

const SCALARS = new Set<AttributeType>(['string', 'boolean', 'decimal', 'integer', 'dateTime', 'reference', 'binary']);

function typeOf(raw: unknown): AttributeType | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw === 'datetime' ? 'dateTime' : raw;
  return SCALARS.has(t as AttributeType) || t === 'complex' ? (t as AttributeType) : undefined;
}

function collect(attributes: unknown, prefix: string, into: Map<string, AttributeType>, depth: number): void {
  if (!Array.isArray(attributes) || depth > 2) return;
  for (const a of attributes) {
    if (typeof a !== 'object' || a === null) continue;
    const { name, type, subAttributes } = a as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') continue;
    const t = typeOf(type);
    if (!t) continue;
    const path = `${prefix}${name.toLowerCase()}`;
    if (t === 'complex') collect(subAttributes, `${path}.`, into, depth + 1);
    else into.set(path, t);
  }
}

/**
 * Reads a `/Schemas` answer: a ListResponse, a bare array of schemas, or one schema. Entries that
 * are not schemas are ignored; an answer with none gives an empty map (nothing is overridden).
 */
export function declaredTypes(body: unknown): DeclaredTypes {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { Resources?: unknown }).Resources)
      ? ((body as { Resources: unknown[] }).Resources as unknown[])
      : [body];
  const out = new Map<string, Map<string, AttributeType>>();
  for (const s of list) {
    if (typeof s !== 'object' || s === null) continue;
    const { id, attributes } = s as Record<string, unknown>;
    if (typeof id !== 'string' || !id) continue;
    const types = new Map<string, AttributeType>();
    collect(attributes, '', types, 0);
    if (types.size) out.set(id.toLowerCase(), types);
  }
  return out;
}

function retype(
  defs: readonly AttributeDef[],
  types: ReadonlyMap<string, AttributeType>,
  prefix: string,
): readonly AttributeDef[] {
  let changed = false;
  const next = defs.map((d): AttributeDef => {
    const path = `${prefix}${d.name.toLowerCase()}`;
    if (d.type === 'complex') {
      if (!d.subAttributes) return d;
      const subs = retype(d.subAttributes, types, `${path}.`);
      if (subs === d.subAttributes) return d;
      changed = true;
      return { ...d, subAttributes: subs };
    }
    const t = types.get(path);
    if (!t || t === d.type || t === 'complex') return d;
    changed = true;
    return { ...d, type: t };
  });
  return changed ? next : defs;
}

function retypeSchema(schema: SchemaDef, declared: DeclaredTypes): SchemaDef {
  const types = declared.get(schema.id.toLowerCase());
  if (!types) return schema;
  const attributes = retype(schema.attributes, types, '');
  return attributes === schema.attributes ? schema : { ...schema, attributes };
}

/** `rt` with every scalar attribute the target declares under another type retyped to the target's. */
export function withDeclaredTypes(rt: ResourceTypeDef, declared: DeclaredTypes | undefined): ResourceTypeDef {
  if (!declared || declared.size === 0) return rt;
  const schema = retypeSchema(rt.schema, declared);
  const extensions = rt.extensions.map((e) => {
    const s = retypeSchema(e.schema, declared);
    return s === e.schema ? e : { ...e, schema: s };
  });
  const same = schema === rt.schema && extensions.every((e, i) => e === rt.extensions[i]);
  return same ? rt : { ...rt, schema, extensions };
}
