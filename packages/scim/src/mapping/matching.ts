/**
 * Matching (azure.md §2.2): the matching mappings are tried in precedence order, and the first
 * one with a value gives the query that finds the target object. A source object with no value
 * for any matching attribute cannot be matched (Entra logs it as ImportSkipped).
 */
import type { CompiledObjectMapping } from './compile.js';
import type { MappingDiagnostic } from './diagnostics.js';
import { evaluateMapping, expressionContext, type MappingContext } from './evaluate.js';
import { type SourceObject, sourceView } from './source.js';
import { readSlot, type TargetSlot } from './target.js';

export interface MatchQuery {
  mapping: number;
  precedence: number;
  target: string;
  value: string | number | boolean;
  /** The SCIM filter that finds the target object: `userName eq "jdoe"`. */
  filter: string;
  slot: TargetSlot;
}

export interface MatchPlan {
  /** Every matching attribute with a value, by precedence: query the first; on no hit, the next. */
  queries: MatchQuery[];
  diagnostics: MappingDiagnostic[];
}

export function matchQueries(com: CompiledObjectMapping, source: SourceObject, ctx?: MappingContext): MatchPlan {
  const view = sourceView(source);
  const ectx = expressionContext(ctx);
  const queries: MatchQuery[] = [];
  const diagnostics: MappingDiagnostic[] = [];
  for (const c of com.matching) {
    const r = evaluateMapping(c, view, ectx, true, ctx);
    diagnostics.push(...r.diagnostics);
    const v = r.value;
    if (!c.slot || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) continue;
    queries.push({
      mapping: c.index,
      precedence: c.mapping.matchingPrecedence ?? 0,
      target: c.mapping.target,
      value: v,
      filter: `${c.mapping.target} eq ${JSON.stringify(v)}`,
      slot: c.slot,
    });
  }
  return { queries, diagnostics };
}

/** In-memory check of a query against a target resource (case per the attribute's caseExact). */
export function queryMatches(q: MatchQuery, resource: Record<string, unknown>): boolean {
  const have = readSlot(resource, q.slot);
  if (typeof have === 'string' && typeof q.value === 'string' && !q.slot.valueDef.caseExact) {
    return have.toLowerCase() === q.value.toLowerCase();
  }
  return have === q.value;
}

/** The first candidate matched by the highest-precedence query that matches any candidate. */
export function findMatch<T extends Record<string, unknown>>(
  plan: MatchPlan,
  candidates: readonly T[],
): { query: MatchQuery; target: T } | undefined {
  for (const query of plan.queries) {
    const target = candidates.find((c) => queryMatches(query, c));
    if (target) return { query, target };
  }
  return undefined;
}
