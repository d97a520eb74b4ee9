import { coreAttributesOf } from '../schemas/common.js';
import { resolveAttribute, schemaOf, splitAttrPath } from '../schemas/resource-types.js';
import { type AttributeDef, attr, type ResourceTypeDef, type ScimResource } from '../schemas/types.js';
import { findDef, isJsonObject } from './coerce.js';

/**
 * `attributes` / `excludedAttributes` projection (RFC 7644 §3.4.2.5, §3.9), driven by the
 * `returned` characteristic: `always` (id) is always present, `never` (password) never,
 * `default` unless excluded or another list was asked for, `request` only when named.
 * `schemas` is always returned unchanged, even when the projection leaves an extension with
 * nothing to show (its key is then dropped): the resource still has that schema.
 */

export interface ProjectionOptions {
  attributes?: string[];
  excludedAttributes?: string[];
}

/** Splits a comma-separated `attributes` / `excludedAttributes` query value; blanks are dropped. */
export function parseAttributeList(q?: string): string[] {
  if (!q) return [];
  return q
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Names resolved against a resource type. Scope '' is the core schema (and id/externalId/meta). */
interface Selection {
  /** Scopes named as a whole schema URN. */
  wholeScopes: Set<string>;
  /** `${scope} ${attr}` -> 'all' when the attribute was named, else the named sub-attributes. */
  attrs: Map<string, 'all' | Set<string>>;
}

const keyOf = (scope: string, name: string) => `${scope} ${name}`;

function select(rt: ResourceTypeDef, names: readonly string[]): Selection {
  const sel: Selection = { wholeScopes: new Set(), attrs: new Map() };
  for (const asked of names) {
    // Microsoft's test collection asks for `emails[type eq "work"]`: select the attribute, ignore the filter.
    const name = asked.replace(/\[[^\]]*\]/, '');
    const whole = schemaOf(rt, name);
    if (whole) {
      sel.wholeScopes.add(whole.extension ? whole.schema.id : '');
      continue;
    }
    // Unknown names select nothing (RFC 7644 leaves them to the service provider).
    const r = resolveAttribute(rt, splitAttrPath(name));
    if (!r) continue;
    const key = keyOf(r.extension ?? '', r.def.name);
    const prev = sel.attrs.get(key);
    if (!r.subDef) sel.attrs.set(key, 'all');
    else if (prev !== 'all') sel.attrs.set(key, (prev ?? new Set<string>()).add(r.subDef.name));
  }
  return sel;
}

/** Nothing named: what `excludedAttributes` is when the request has none (shared, never changed). */
const NOTHING: Selection = { wholeScopes: new Set(), attrs: new Map() };

/** Returns a projected copy of `resource`; the input is not modified. */
export function projectResource(resource: ScimResource, rt: ResourceTypeDef, opts: ProjectionOptions): ScimResource {
  const requested = opts.attributes?.length ? select(rt, opts.attributes) : undefined;
  const excluded = opts.excludedAttributes?.length ? select(rt, opts.excludedAttributes) : NOTHING;
  const coreDefs = coreAttributesOf(rt);
  const out: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key.toLowerCase() === 'schemas') {
      out[key] = value;
      continue;
    }
    const hit = key.includes(':') ? schemaOf(rt, key) : undefined;
    const ext = hit?.extension ? hit : undefined;
    if (!ext) {
      const v = projectAttribute(findDef(coreDefs, key) ?? attr(key, 'string'), '', value, requested, excluded);
      if (v !== undefined) out[key] = v;
      continue;
    }
    if (!isJsonObject(value)) continue;
    const part: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(value)) {
      const def = findDef(ext.schema.attributes, name) ?? attr(name, 'string');
      const projected = projectAttribute(def, ext.schema.id, v, requested, excluded);
      if (projected !== undefined) part[name] = projected;
    }
    if (Object.keys(part).length > 0) out[key] = part;
  }
  return out;
}

/** The projected value of one attribute, or undefined when it is not returned. */
function projectAttribute(
  def: AttributeDef,
  scope: string,
  value: unknown,
  requested: Selection | undefined,
  excluded: Selection,
): unknown {
  if (def.returned === 'never') return undefined;
  // excludedAttributes "SHALL have no effect on attributes whose returned is always".
  if (def.returned === 'always') return projectSubs(def, value, undefined, undefined);
  const key = keyOf(scope, def.name);
  const ex = excluded.attrs.get(key);
  if (ex === 'all' || excluded.wholeScopes.has(scope)) return undefined;
  let only: Set<string> | undefined;
  if (requested) {
    const req = requested.attrs.get(key);
    if (req === undefined && !(requested.wholeScopes.has(scope) && def.returned === 'default')) return undefined;
    if (req !== 'all') only = req;
  } else if (def.returned === 'request') {
    return undefined;
  }
  return projectSubs(def, value, only, ex);
}

/** Whether sub-attribute `name` of `def` is returned (helpers at module level: this runs for every value of every reply). */
function keepSub(
  def: AttributeDef,
  name: string,
  only: Set<string> | undefined,
  excludedSubs: Set<string> | undefined,
): boolean {
  const sub = findDef(def.subAttributes, name);
  const returned = sub?.returned ?? 'default';
  if (returned === 'never') return false;
  if (returned === 'always') return true;
  const canonical = sub?.name ?? name;
  if (only) return only.has(canonical);
  return returned !== 'request' && !excludedSubs?.has(canonical);
}

function projectObject(
  def: AttributeDef,
  v: unknown,
  only: Set<string> | undefined,
  excludedSubs: Set<string> | undefined,
): unknown {
  if (!isJsonObject(v)) return v;
  const o: Record<string, unknown> = {};
  for (const k in v) if (Object.hasOwn(v, k) && keepSub(def, k, only, excludedSubs)) o[k] = v[k];
  return o;
}

function isEmptyObject(v: unknown): boolean {
  if (!isJsonObject(v)) return false;
  for (const k in v) if (Object.hasOwn(v, k)) return false;
  return true;
}

/** Applies the sub-attribute selection to a complex value (or to each element of a list). */
function projectSubs(
  def: AttributeDef,
  value: unknown,
  only: Set<string> | undefined,
  excludedSubs: Set<string> | undefined,
): unknown {
  if (def.type !== 'complex') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const items: unknown[] = [];
    for (const item of value) {
      const projected = projectObject(def, item, only, excludedSubs);
      if (!isEmptyObject(projected)) items.push(projected);
    }
    return items.length > 0 ? items : undefined;
  }
  const projected = projectObject(def, value, only, excludedSubs);
  return isEmptyObject(projected) && !isEmptyObject(value) ? undefined : projected;
}
