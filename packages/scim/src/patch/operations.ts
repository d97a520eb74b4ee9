import { ScimError } from '../errors.js';
import { PATCH_OP_SCHEMA, type PatchOperation, type PatchOpKind } from './types.js';
import { isPlainObject } from './values.js';

const OP_KINDS: readonly PatchOpKind[] = ['add', 'replace', 'remove'];

/** Looks a member up by name, ignoring case (`Operations`, `operations`, `OPERATIONS`). */
function member(obj: Record<string, unknown>, name: string): { found: boolean; value: unknown } {
  if (Object.hasOwn(obj, name)) return { found: true, value: obj[name] };
  const n = name.toLowerCase();
  for (const key of Object.keys(obj)) {
    if (key.toLowerCase() === n) return { found: true, value: obj[key] };
  }
  return { found: false, value: undefined };
}

function invalid(detail: string): ScimError {
  return new ScimError(400, 'invalidSyntax', detail);
}

function hasPatchSchema(schemas: unknown): boolean {
  const want = PATCH_OP_SCHEMA.toLowerCase();
  const list = typeof schemas === 'string' ? [schemas] : Array.isArray(schemas) ? schemas : [];
  return list.some((s) => typeof s === 'string' && s.trim().toLowerCase() === want);
}

function parseOperation(raw: unknown, index: number): PatchOperation {
  if (!isPlainObject(raw)) throw invalid(`Operations[${index}] is not an object`);
  const op = member(raw, 'op').value;
  const kind = typeof op === 'string' ? op.trim().toLowerCase() : '';
  if (!OP_KINDS.includes(kind as PatchOpKind)) {
    throw invalid(`Operations[${index}].op must be add, replace or remove (got ${JSON.stringify(op ?? null)})`);
  }
  const out: PatchOperation = { op: kind as PatchOpKind, index };
  const path = member(raw, 'path').value;
  if (path !== undefined && path !== null) {
    if (typeof path !== 'string') throw invalid(`Operations[${index}].path must be a string`);
    if (path.trim() !== '') out.path = path.trim();
  }
  const value = member(raw, 'value');
  if (value.found) out.value = value.value;
  if (out.op !== 'remove' && !value.found) {
    throw invalid(`Operations[${index}] (${out.op}) has no value`);
  }
  return out;
}

/**
 * Validates a PatchOp request body (RFC 7644 §3.5.2) and normalises its operations.
 * Tolerant where Entra ID is non-standard: `op` in any letter case, member names in any case.
 * Throws ScimError 400 invalidSyntax.
 */
export function parsePatchRequest(body: unknown): PatchOperation[] {
  if (!isPlainObject(body)) throw invalid('PATCH body must be a JSON object');
  if (!hasPatchSchema(member(body, 'schemas').value)) {
    throw invalid(`PATCH body schemas must contain ${PATCH_OP_SCHEMA}`);
  }
  const ops = member(body, 'Operations').value;
  if (!Array.isArray(ops) || ops.length === 0) throw invalid('PATCH body must have a non-empty Operations array');
  return ops.map(parseOperation);
}
