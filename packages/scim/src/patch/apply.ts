import { isScimError, ScimError } from '../errors.js';
import { assertJsonShape } from '../json/depth.js';
import type { ResourceTypeDef, ScimResource } from '../schemas/types.js';
import { diffResources } from './diff.js';
import { parsePatchRequest } from './operations.js';
import { removeSchema, removeTarget } from './remove.js';
import { type SetKind, setTarget } from './set.js';
import { finishExtensions, getValue, holderOf, type PatchState } from './state.js';
import { type PatchTarget, resolveTarget, type SchemaTarget } from './target.js';
import type { PatchOperation, PatchResult } from './types.js';
import { deepClone, deepEqual, isPlainObject } from './values.js';

/** Resolves a key of a value object; undefined (and reported) when it names no attribute. */
function resolveKey(state: PatchState, text: string): PatchTarget | undefined {
  try {
    return resolveTarget(text, state.rt);
  } catch (e) {
    if (isScimError(e) && e.scimType === 'invalidPath') {
      state.ignored.push(text);
      return undefined;
    }
    throw e;
  }
}

/** A client echoing `id` or `meta` unchanged in a path-less value is harmless. */
function isUnchangedReadOnly(state: PatchState, t: PatchTarget, value: unknown): boolean {
  if (t.kind !== 'attribute' || t.def.mutability !== 'readOnly' || t.sub || t.filter) return false;
  return deepEqual(getValue(holderOf(state, t.extension, false), t.def.name), value);
}

/**
 * add/replace of a value object: without a path (`{"displayName":..,"name.givenName":..,
 * "urn:..:enterprise:2.0:User:employeeNumber":..}`), or with a path naming an extension URN.
 * Each key is applied as if it were the path of its own operation; keys that name no attribute
 * are skipped and reported in `ignored`.
 */
function applyValueObject(state: PatchState, kind: SetKind, value: unknown, schema?: SchemaTarget): void {
  if (!isPlainObject(value)) {
    const where = schema ? `path '${schema.schema.id}'` : 'an operation without path';
    throw new ScimError(400, 'invalidValue', `The value of ${where} must be an object`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (!schema && key.toLowerCase() === 'schemas') continue;
    const t = resolveKey(state, schema ? `${schema.schema.id}:${key}` : key);
    if (!t) continue;
    if (t.kind === 'schema') {
      if (schema) {
        state.ignored.push(`${schema.schema.id}:${key}`);
      } else if (v === null && kind === 'replace') {
        removeSchema(state, t);
      } else {
        applyValueObject(state, kind, v, t);
      }
      continue;
    }
    if (isUnchangedReadOnly(state, t, v)) continue;
    setTarget(state, kind, t, v);
  }
}

function applyOperation(state: PatchState, op: PatchOperation): void {
  if (op.op === 'remove') {
    if (op.path === undefined) {
      throw new ScimError(400, 'noTarget', `Operations[${op.index}]: remove requires a path`);
    }
    const t = resolveTarget(op.path, state.rt);
    if (t.kind === 'schema') removeSchema(state, t);
    else removeTarget(state, t, op.value);
    return;
  }
  if (op.path === undefined) {
    applyValueObject(state, op.op, op.value);
    return;
  }
  const t = resolveTarget(op.path, state.rt);
  if (t.kind === 'attribute') setTarget(state, op.op, t, op.value);
  else if (op.value === null && op.op === 'replace') removeSchema(state, t);
  else applyValueObject(state, op.op, op.value, t);
}

/**
 * Applies a SCIM PatchOp body (RFC 7644 §3.5.2, with Microsoft Entra ID's deviations) to a resource
 * stored in canonical form. Pure: returns a new resource and never mutates `resource`; the operations
 * are atomic (any error throws ScimError and nothing is returned).
 */
export function applyPatch(resource: ScimResource, body: unknown, rt: ResourceTypeDef): PatchResult {
  // The code below recurses on values (coercion, clone, diff): bound the depth first.
  assertJsonShape(body);
  const ops = parsePatchRequest(body);
  const state: PatchState = {
    rt,
    root: deepClone(resource),
    ignored: [],
    touchedExtensions: new Set(),
    listKeys: new WeakMap(),
  };
  for (const op of ops) applyOperation(state, op);
  finishExtensions(state, resource);
  return {
    resource: state.root,
    changed: diffResources(resource, state.root, rt),
    ignored: [...new Set(state.ignored)],
  };
}
