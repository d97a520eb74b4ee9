/**
 * Splits a planned PATCH so no request carries more than `maxValues` values in one operation or
 * more than `maxOperations` operations (a 1,000-member group change must not trip a target's
 * limits, or ours: SCIM_PATCH_MAX_OPERATIONS / SCIM_MAX_MULTI_VALUES).
 */

import type { PlannedOperation } from '../mapping/index.js';
import { PATCH_OP_SCHEMA } from '../patch/types.js';

export interface PatchLimits {
  maxOperations: number;
  maxValues: number;
}

export const DEFAULT_PATCH_LIMITS: PatchLimits = { maxOperations: 500, maxValues: 500 };

export function splitOperations(ops: readonly PlannedOperation[], limits: PatchLimits = DEFAULT_PATCH_LIMITS) {
  const flat: PlannedOperation[] = [];
  for (const op of ops) {
    if (!Array.isArray(op.value) || op.value.length <= limits.maxValues) {
      flat.push(op);
      continue;
    }
    for (let i = 0; i < op.value.length; i += limits.maxValues)
      flat.push({ ...op, value: op.value.slice(i, i + limits.maxValues) });
  }
  const bodies: Record<string, unknown>[] = [];
  for (let i = 0; i < flat.length; i += limits.maxOperations)
    bodies.push({ schemas: [PATCH_OP_SCHEMA], Operations: flat.slice(i, i + limits.maxOperations) });
  return bodies;
}
