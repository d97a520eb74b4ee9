/** buildCreate: the SCIM resource to POST for a source object that has no target object yet. */

import type { CompiledObjectMapping } from './compile.js';
import { hasErrors, type MappingDiagnostic } from './diagnostics.js';
import { evaluateMapping, expressionContext, type MappingContext } from './evaluate.js';
import { type MappingOutcome, shown } from './outcome.js';
import { type SourceObject, sourceView } from './source.js';
import { writeSlot } from './target.js';

export interface CreateResult {
  resource: Record<string, unknown>;
  outcomes: MappingOutcome[];
  diagnostics: MappingDiagnostic[];
  /** False when a mapping failed at run time (the engine escrows the object). */
  ok: boolean;
}

export function buildCreate(com: CompiledObjectMapping, source: SourceObject, ctx?: MappingContext): CreateResult {
  const view = sourceView(source);
  const ectx = expressionContext(ctx);
  const resource: Record<string, unknown> = { schemas: [com.rt.schema.id] };
  const outcomes: MappingOutcome[] = [];
  const diagnostics: MappingDiagnostic[] = [];
  for (const c of com.mappings) {
    const r = evaluateMapping(c, view, ectx, true, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined && c.slot) writeSlot(resource, c.slot, r.value);
    outcomes.push({
      mapping: c.index,
      target: c.mapping.target,
      status: r.status,
      value: shown(r.value, c.redacts),
      diagnostics: r.diagnostics,
    });
  }
  const schemas = resource.schemas as string[];
  for (const e of com.rt.extensions) if (resource[e.schema.id] !== undefined) schemas.push(e.schema.id);
  return { resource, outcomes, diagnostics, ok: !hasErrors(diagnostics) };
}
