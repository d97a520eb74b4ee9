import { ScimError } from '../errors.js';
import { assertJsonShape } from '../json/depth.js';
import { coreAttributesOf } from '../schemas/common.js';
import { schemaOf, splitAttrPath } from '../schemas/resource-types.js';
import type { AttributeDef, ResourceTypeDef, SchemaDef, ScimResource } from '../schemas/types.js';
import { findDef, invalidValue, isJsonObject } from './coerce.js';
import { normalizeValue, type ValueContext } from './values.js';

export interface NormalizeOptions {
  /**
   * `create` for POST, `replace` for PUT. Both treat the body as the complete resource and
   * validate alike (RFC 7644 §3.3, §3.5.1); comparing immutable attributes with the stored
   * resource is the caller's job, since this pure function sees no storage.
   */
  mode: 'create' | 'replace';
}

export interface NormalizeResult {
  /** Canonical stored form: schema-cased names, coerced values, extension data under its URN. */
  resource: ScimResource;
  /** Attributes no schema defines, named as sent (`foo`, `name.nickname`, `urn:x:y:bar`), for a warning. */
  ignored: string[];
}

/** Where attributes are looked up and stored: core (plus id/externalId/meta) or one extension. */
interface Scope {
  /** '' for the core schema, else the extension URN (the key its data is stored under). */
  key: string;
  schema: SchemaDef;
  defs: readonly AttributeDef[];
  /** Prefix of attribute names in messages: '' for core, `urn:...:User:` for an extension. */
  prefix: string;
}

interface State extends ValueContext {
  rt: ResourceTypeDef;
  values: Map<string, Map<string, unknown>>;
}

/**
 * Validates and coerces a POST/PUT body into the stored form of a resource of type `rt`.
 * Tolerates what Entra ID sends: unknown URIs in `schemas`, extension data whose URN is not
 * listed there, `"active": "True"`, explicit nulls, a bare manager id, names in any case,
 * dotted (`name.givenName`) and URN-qualified (`urn:...:User:department`) keys.
 * Throws ScimError 400 invalidSyntax (not an object, malformed `schemas`) or invalidValue.
 */
export function normalizeResource(input: unknown, rt: ResourceTypeDef, opts: NormalizeOptions): NormalizeResult {
  if (!isJsonObject(input)) {
    throw new ScimError(
      400,
      'invalidSyntax',
      `The ${opts.mode === 'create' ? 'POST' : 'PUT'} body must be a JSON object`,
    );
  }
  // Normalization recurses on values (dedupe, error messages): bound the depth first.
  assertJsonShape(input);
  checkSchemas(input, rt);
  const st: State = { rt, values: new Map(), ignored: new Set() };
  const core = coreScope(rt);
  for (const [key, raw] of Object.entries(input)) {
    if (key.toLowerCase() === 'schemas') continue;
    const whole = schemaOf(rt, key);
    if (whole) applyObject(whole.extension ? extensionScope(whole.schema) : core, raw, st);
    else if (key.includes(':')) applyQualified(key, raw, st);
    else applyEntry(core, key, raw, key, st);
  }
  return { resource: assemble(rt, st), ignored: [...st.ignored] };
}

function coreScope(rt: ResourceTypeDef): Scope {
  return { key: '', schema: rt.schema, defs: coreAttributesOf(rt), prefix: '' };
}

function extensionScope(schema: SchemaDef): Scope {
  return { key: schema.id, schema, defs: schema.attributes, prefix: `${schema.id}:` };
}

/**
 * RFC 7643 §3: `schemas` lists the core schema and extensions. A missing `schemas` is
 * tolerated (the output gets one); unknown URIs in it are ignored (Entra's ADSCIM Group URI,
 * its `enterprise:2.0User` typo), but a list that omits this type's core schema is refused.
 */
function checkSchemas(input: Record<string, unknown>, rt: ResourceTypeDef): void {
  const key = Object.keys(input).find((k) => k.toLowerCase() === 'schemas');
  const list = key === undefined ? undefined : input[key];
  if (list === undefined || list === null) return;
  if (!Array.isArray(list) || !list.every((u) => typeof u === 'string')) {
    throw new ScimError(400, 'invalidSyntax', '"schemas" must be an array of schema URIs');
  }
  const core = rt.schema.id.toLowerCase();
  if (list.length > 0 && !list.some((u) => u.toLowerCase() === core)) {
    throw new ScimError(400, 'invalidValue', `"schemas" must include "${rt.schema.id}" for a ${rt.name}`);
  }
}

/** `"urn:...:User": { ... }`: every key of the object is an attribute of that schema. */
function applyObject(scope: Scope, raw: unknown, st: State): void {
  if (raw === null || raw === undefined) return;
  if (!isJsonObject(raw)) {
    throw new ScimError(400, 'invalidValue', `"${scope.schema.id}" must be a JSON object of its attributes`);
  }
  for (const [key, value] of Object.entries(raw)) applyEntry(scope, key, value, `${scope.schema.id}:${key}`, st);
}

/** A top-level `urn:...:User:department` or `urn:...:core:2.0:User:name.givenName` key. */
function applyQualified(key: string, raw: unknown, st: State): void {
  const path = splitAttrPath(key);
  const found = path.uri ? schemaOf(st.rt, path.uri) : undefined;
  if (path.uri && found) {
    const scope = found.extension ? extensionScope(found.schema) : coreScope(st.rt);
    applyEntry(scope, key.slice(path.uri.length + 1), raw, key, st);
    return;
  }
  // A schema this resource type does not have: name each attribute that goes nowhere.
  if (isJsonObject(raw)) for (const sub of Object.keys(raw)) st.ignored.add(`${key}:${sub}`);
  else st.ignored.add(key);
}

/** One attribute (`name`, or dotted `name.givenName`) of `scope`. `ignoredName` is how it was sent. */
function applyEntry(scope: Scope, key: string, raw: unknown, ignoredName: string, st: State): void {
  const dot = key.indexOf('.');
  const def = findDef(scope.defs, dot >= 0 ? key.slice(0, dot) : key);
  if (!def) {
    st.ignored.add(ignoredName);
    return;
  }
  const label = scope.prefix + def.name;
  if (dot < 0) {
    const v = normalizeValue(def, raw, label, st);
    if (v !== undefined) store(st, scope, def, v);
    return;
  }
  const sub = def.type === 'complex' ? findDef(def.subAttributes, key.slice(dot + 1)) : undefined;
  if (!sub) {
    st.ignored.add(ignoredName);
    return;
  }
  if (def.mutability === 'readOnly') return;
  if (def.multiValued) throw invalidValue(`${label}.${sub.name}`, `cannot be set alone: "${label}" is multi-valued`);
  const v = normalizeValue(sub, raw, `${label}.${sub.name}`, st);
  if (v !== undefined) store(st, scope, def, { [sub.name]: v });
}

/** Stores a value; complex single values given in parts (`name` and `name.givenName`) are merged. */
function store(st: State, scope: Scope, def: AttributeDef, value: unknown): void {
  let bucket = st.values.get(scope.key);
  if (!bucket) {
    bucket = new Map();
    st.values.set(scope.key, bucket);
  }
  const prev = bucket.get(def.name);
  if (def.type === 'complex' && !def.multiValued && isJsonObject(prev) && isJsonObject(value)) {
    const merged: Record<string, unknown> = { ...prev, ...value };
    const ordered: Record<string, unknown> = {};
    for (const sub of def.subAttributes ?? []) if (sub.name in merged) ordered[sub.name] = merged[sub.name];
    bucket.set(def.name, ordered);
  } else {
    bucket.set(def.name, value);
  }
}

function isEmpty(v: unknown): boolean {
  return v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** `scope`'s values as an object in schema order, checking `required` (RFC 7643 §2.2). */
function collect(scope: Scope, bucket: Map<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of scope.defs) {
    const v = bucket?.get(def.name);
    if (def.required && def.mutability !== 'readOnly' && isEmpty(v)) {
      throw new ScimError(400, 'invalidValue', `Attribute "${scope.prefix}${def.name}" is required`);
    }
    if (v !== undefined) out[def.name] = v;
  }
  return out;
}

function assemble(rt: ResourceTypeDef, st: State): ScimResource {
  const schemas = [rt.schema.id];
  const extensions: Record<string, unknown> = {};
  for (const ext of rt.extensions) {
    const bucket = st.values.get(ext.schema.id);
    if (!bucket?.size) {
      if (ext.required) throw new ScimError(400, 'invalidValue', `Extension "${ext.schema.id}" is required`);
      continue;
    }
    schemas.push(ext.schema.id);
    extensions[ext.schema.id] = collect(extensionScope(ext.schema), bucket);
  }
  return { schemas, ...collect(coreScope(rt), st.values.get('')), ...extensions };
}
