/**
 * compileMappingSet: parses every source expression and target path of a mapping set once, so
 * a provisioning cycle evaluates many objects without re-parsing. Reports every problem found.
 */

import { ScimError } from '../errors.js';
import { type CompiledExpression, compileExpression } from '../expression/compile.js';
import { expressionRedacts } from '../expression/redaction.js';
import type { ResourceTypeDef } from '../schemas/types.js';
import { type DeclaredTypes, withDeclaredTypes } from './declared-types.js';
import { fromExpression, hasErrors, type MappingDiagnostic, mappingDiagnostic } from './diagnostics.js';
import { compileTarget, type TargetSlot } from './target.js';
import { targetResourceType } from './target-schema.js';
import type { AttributeMapping, MappingSet, ObjectMapping, ObjectType } from './types.js';

/** How values of a `roles` mapping are sent: added only, or replacing every role (Entra's two role functions). */
export type RoleMode = 'add' | 'replace';

export interface CompiledMapping {
  index: number;
  mapping: AttributeMapping;
  /** Absent when the target path is invalid. */
  slot?: TargetSlot;
  /** For direct and expression mappings (a direct mapping compiles to `[attribute]`). */
  expression?: CompiledExpression;
  /** The name of the top-level function of an expression mapping. */
  topFunction?: string;
  roleMode?: RoleMode;
  /** The expression calls Redact: logs and previews show "[Redact]" instead of the value. */
  redacts: boolean;
  /** False when the mapping has an error and is left out of evaluation. */
  usable: boolean;
}

export interface CompiledObjectMapping {
  objectType: ObjectType;
  enabled: boolean;
  actions: ObjectMapping['actions'];
  rt: ResourceTypeDef;
  mappings: CompiledMapping[];
  /** Usable matching mappings, by precedence. */
  matching: CompiledMapping[];
  diagnostics: MappingDiagnostic[];
}

export interface CompiledMappingSet {
  user: CompiledObjectMapping;
  group: CompiledObjectMapping;
  diagnostics: MappingDiagnostic[];
  ok: boolean;
}

/** A source attribute's name; a SCIM path may hold one bracketed filter per step (`emails[type eq "work"].value`). */
const ATTRIBUTE_NAME = /^[^[\]]+(\[[^[\]]+\][^[\]]*)*$/;
const ROLE_FUNCTIONS: Record<string, RoleMode> = {
  AppRoleAssignmentsComplex: 'add',
  AssertiveAppRoleAssignmentsComplex: 'replace',
};

function compileSource(m: AttributeMapping, index: number, out: MappingDiagnostic[]): CompiledExpression | undefined {
  if (m.kind === 'constant') return undefined;
  if (m.kind === 'direct') {
    const name = m.source.trim();
    if (!ATTRIBUTE_NAME.test(name)) {
      out.push(
        mappingDiagnostic('MAP_INVALID_SOURCE', `"${m.source}" is not a source attribute name.`, 'source', index),
      );
      return undefined;
    }
    return compileExpression(`[${name}]`);
  }
  const compiled = compileExpression(m.source);
  for (const d of compiled.diagnostics) out.push(fromExpression(d, index));
  return compiled;
}

function compileOne(
  m: AttributeMapping,
  index: number,
  rt: ResourceTypeDef,
  out: MappingDiagnostic[],
): CompiledMapping {
  const before = out.length;
  const c: CompiledMapping = { index, mapping: m, usable: false, redacts: false };
  if (!['direct', 'constant', 'expression'].includes(m.kind)) {
    out.push(mappingDiagnostic('MAP_INVALID_KIND', `Unknown mapping type "${m.kind}".`, 'source', index));
  }
  if (m.apply !== 'always' && m.apply !== 'createOnly') {
    out.push(mappingDiagnostic('MAP_INVALID_APPLY', `"apply" must be always or createOnly.`, 'set', index));
  }
  c.expression = compileSource(m, index, out);
  const ast = c.expression?.ast;
  if (m.kind === 'expression' && ast?.kind === 'call') c.topFunction = ast.name;
  if (c.expression) c.redacts = expressionRedacts(c.expression);
  try {
    c.slot = compileTarget(m.target, rt);
  } catch (err) {
    if (!(err instanceof ScimError)) throw err;
    out.push(mappingDiagnostic('MAP_INVALID_TARGET', err.detail ?? err.message, 'target', index));
  }
  if (c.slot && /^(id|meta)$/i.test(c.slot.def.name) && !c.slot.extension) {
    out.push(
      mappingDiagnostic(
        'MAP_INVALID_TARGET',
        `"${m.target}" is set by the target and cannot be mapped.`,
        'target',
        index,
      ),
    );
  }
  const roleMode = c.topFunction ? ROLE_FUNCTIONS[c.topFunction] : undefined;
  if (roleMode && c.slot && c.slot.kind === 'list') c.roleMode = roleMode;
  if (c.topFunction === 'SelectUniqueValue') {
    if (m.matchingPrecedence != null) {
      out.push(
        mappingDiagnostic(
          'MAP_UNIQUE_ON_MATCHING',
          'SelectUniqueValue cannot be used on a matching attribute.',
          'source',
          index,
        ),
      );
    }
    if (m.apply !== 'createOnly') {
      out.push(
        mappingDiagnostic(
          'MAP_UNIQUE_NOT_CREATE_ONLY',
          'SelectUniqueValue should apply only during object creation.',
          'set',
          index,
          'warning',
        ),
      );
    }
  }
  c.usable = !hasErrors(out.slice(before));
  return c;
}

function checkSet(list: CompiledMapping[], objectType: ObjectType, out: MappingDiagnostic[]): void {
  const targets = new Map<string, number>();
  const precedences = new Map<number, number>();
  for (const c of list) {
    const key = c.mapping.target.replace(/\s+/g, ' ').trim().toLowerCase();
    const first = targets.get(key);
    if (first !== undefined) {
      out.push(
        mappingDiagnostic(
          'MAP_DUPLICATE_TARGET',
          `Target "${c.mapping.target}" is already mapped by mapping ${first + 1}.`,
          'target',
          c.index,
        ),
      );
    } else targets.set(key, c.index);
    const p = c.mapping.matchingPrecedence;
    if (p == null) continue;
    if (!Number.isInteger(p) || p < 1) {
      out.push(
        mappingDiagnostic(
          'MAP_INVALID_PRECEDENCE',
          'Matching precedence must be a whole number from 1.',
          'matchingPrecedence',
          c.index,
        ),
      );
    } else if (precedences.has(p)) {
      out.push(
        mappingDiagnostic(
          'MAP_DUPLICATE_PRECEDENCE',
          `Matching precedence ${p} is also used by mapping ${(precedences.get(p) ?? 0) + 1}.`,
          'matchingPrecedence',
          c.index,
        ),
      );
    } else precedences.set(p, c.index);
  }
  if (precedences.size === 0) {
    out.push(
      mappingDiagnostic('MAP_NO_MATCHING', `The ${objectType} mappings need at least one matching attribute.`, 'set'),
    );
  }
}

/** `declared`: the target's own attribute types (its `/Schemas`), which win over the set's. */
export function compileObjectMapping(
  objectType: ObjectType,
  om: ObjectMapping,
  declared?: DeclaredTypes,
): CompiledObjectMapping {
  const typed = targetResourceType(objectType, om.targetAttributes);
  const { diagnostics } = typed;
  const rt = withDeclaredTypes(typed.rt, declared);
  const mappings = om.mappings.map((m, i) => compileOne(m, i, rt, diagnostics));
  if (om.enabled) checkSet(mappings, objectType, diagnostics);
  const matching = mappings
    .filter((c) => c.usable && c.mapping.matchingPrecedence != null)
    .sort((a, b) => (a.mapping.matchingPrecedence ?? 0) - (b.mapping.matchingPrecedence ?? 0));
  return { objectType, enabled: om.enabled, actions: om.actions, rt, mappings, matching, diagnostics };
}

/** Compiles both object mappings of a set; never throws on bad input. */
export function compileMappingSet(set: MappingSet, declared?: DeclaredTypes): CompiledMappingSet {
  const user = compileObjectMapping('user', set.user, declared);
  const group = compileObjectMapping('group', set.group, declared);
  if (!user.enabled) {
    user.diagnostics.push(
      mappingDiagnostic('MAP_USERS_DISABLED', 'User mappings cannot be disabled (as in Entra).', 'set'),
    );
  }
  const tag = (list: MappingDiagnostic[], objectType: ObjectType) => list.map((d) => ({ ...d, objectType }));
  const diagnostics = [...tag(user.diagnostics, 'user'), ...tag(group.diagnostics, 'group')];
  return { user, group, diagnostics, ok: !hasErrors(diagnostics) };
}
