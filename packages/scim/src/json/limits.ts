import { ScimError } from '../errors.js';

/** What one request may carry, so that one request cannot hold the event loop for seconds. */
export interface RequestLimits {
  /** Operations in one PATCH body (`Operations` array). */
  maxOperations: number;
  /**
   * Elements of any list in one resource body (POST/PUT) or one PATCH operation's value, e.g. the
   * emails of a user or the members one operation adds. Not a cap on what is stored: a group
   * grows past it by several PATCH requests (Entra adds members in batches).
   */
  maxValues: number;
}

const tooMany = (detail: string) => new ScimError(400, 'tooMany', detail);

/** Throws 400 tooMany when a list inside `value` holds more than `maxValues` elements; `label` names `value`. */
export function assertListSizes(value: unknown, maxValues: number, label: string): void {
  const stack: [unknown, string][] = [[value, label]];
  while (stack.length) {
    const [v, where] = stack.pop() as [unknown, string];
    if (Array.isArray(v)) {
      if (v.length > maxValues) {
        throw tooMany(`${where} holds ${v.length} values; one request may carry at most ${maxValues} per attribute`);
      }
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push([x, where]);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) if (typeof x === 'object' && x !== null) stack.push([x, `"${k}"`]);
    }
  }
}

/** POST/PUT body of a resource: every list within `maxValues`. */
export function checkResourceLimits(body: unknown, limits: Pick<RequestLimits, 'maxValues'>): void {
  assertListSizes(body, limits.maxValues, 'The body');
}

/**
 * PatchOp body: at most `maxOperations` operations, each value's lists within `maxValues`.
 * Runs before the PATCH is parsed or applied; a body that is not a PatchOp is left to the parser.
 */
export function checkPatchLimits(body: unknown, limits: RequestLimits): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'operations');
  const ops = key === undefined ? undefined : (body as Record<string, unknown>)[key];
  if (!Array.isArray(ops)) return;
  if (ops.length > limits.maxOperations) {
    throw tooMany(`The PATCH holds ${ops.length} operations; at most ${limits.maxOperations} are accepted`);
  }
  ops.forEach((op, i) => {
    if (typeof op !== 'object' || op === null) return;
    const vk = Object.keys(op).find((k) => k.toLowerCase() === 'value');
    if (vk !== undefined)
      assertListSizes((op as Record<string, unknown>)[vk], limits.maxValues, `Operations[${i}].value`);
  });
}
