/**
 * Disabling an object that left scope (azure.md §1.9, §5.2): Entra sends only what the
 * `IsSoftDeleted` mappings produce when IsSoftDeleted is true (for SCIM, `active: false`).
 */
import { walkExpression } from '../expression/ast.js';
import type { CompiledMapping, CompiledObjectMapping, MappingContext, SourceObject } from '../mapping/index.js';
import { planUpdate } from '../mapping/index.js';

export const SOFT_DELETED = 'IsSoftDeleted';

export function referencesAttribute(c: CompiledMapping, name: string): boolean {
  const ast = c.expression?.ast;
  if (!ast) return false;
  let found = false;
  walkExpression(ast, (node) => {
    if (node.kind === 'attribute' && node.name === name) found = true;
  });
  return found;
}

/** The mapping set restricted to its IsSoftDeleted mappings (empty when there is none). */
export function disableMapping(com: CompiledObjectMapping): CompiledObjectMapping {
  return { ...com, mappings: com.mappings.filter((c) => referencesAttribute(c, SOFT_DELETED)) };
}

export function planDisable(
  com: CompiledObjectMapping,
  source: SourceObject,
  current: Record<string, unknown>,
  ctx?: MappingContext,
) {
  const only = disableMapping(com);
  // "Always" and create-only alike: disabling is the one update Entra sends to create-only targets too.
  const always = {
    ...only,
    mappings: only.mappings.map((c) => ({ ...c, mapping: { ...c.mapping, apply: 'always' as const } })),
  };
  return {
    usable: only.mappings.length > 0,
    plan: planUpdate(always, { ...source, [SOFT_DELETED]: true }, current, ctx),
  };
}
