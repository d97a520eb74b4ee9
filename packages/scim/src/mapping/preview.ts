/**
 * previewMapping: what a mapping set does with one source object, without sending anything:
 * the matching queries, the resource a create would POST, and, given the target's current
 * resource, the PATCH an update would send. The dashboard's mapping editor calls it.
 */
import { buildCreate, type CreateResult } from './build.js';
import { compileObjectMapping } from './compile.js';
import type { MappingDiagnostic } from './diagnostics.js';
import type { MappingContext } from './evaluate.js';
import { type MatchPlan, matchQueries } from './matching.js';
import type { SourceObject } from './source.js';
import type { MappingSet, ObjectType } from './types.js';
import { planUpdate, type UpdatePlan } from './update.js';

export interface MappingPreview {
  objectType: ObjectType;
  /** Compile-time problems of the object mapping (runtime ones are in `create` and `update`). */
  diagnostics: MappingDiagnostic[];
  matching: Omit<MatchPlan, 'queries'> & { queries: { precedence: number; target: string; filter: string }[] };
  create: CreateResult;
  update?: UpdatePlan;
}

export function previewMapping(
  set: MappingSet,
  objectType: ObjectType,
  source: SourceObject,
  opts: { current?: Record<string, unknown>; ctx?: MappingContext } = {},
): MappingPreview {
  const com = compileObjectMapping(objectType, set[objectType]);
  const match = matchQueries(com, source, opts.ctx);
  const preview: MappingPreview = {
    objectType,
    diagnostics: com.diagnostics,
    matching: {
      diagnostics: match.diagnostics,
      queries: match.queries.map(({ precedence, target, filter }) => ({ precedence, target, filter })),
    },
    create: buildCreate(com, source, opts.ctx),
  };
  if (opts.current) preview.update = planUpdate(com, source, opts.current, opts.ctx);
  return preview;
}
