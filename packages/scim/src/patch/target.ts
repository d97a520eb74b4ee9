import { ScimError } from '../errors.js';
import type { FilterNode } from '../filter/ast.js';
import { parsePatchPath } from '../filter/parser.js';
import { type ResolvedAttribute, resolveAttribute, schemaOf } from '../schemas/resource-types.js';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from '../schemas/types.js';
import { findSubDef } from './values.js';

/** A PATCH path that names a whole schema: `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
export interface SchemaTarget {
  kind: 'schema';
  schema: SchemaDef;
  /** The URN when the schema is an extension (its data lives under `resource[urn]`). */
  extension?: string;
}

/** A PATCH path that names an attribute, optionally a filter on its elements and a sub-attribute. */
export interface AttributeTarget {
  kind: 'attribute';
  def: AttributeDef;
  /** The extension URN when the attribute lives under `resource[urn]`. */
  extension?: string;
  /** Canonical name: `emails`, `urn:...:enterprise:2.0:User:department`. */
  name: string;
  /** `name.familyName`, `emails[type eq "work"].value`: the sub-attribute. */
  sub?: AttributeDef;
  /** `emails[type eq "work"]`: element filter, paths relative to the element. */
  filter?: FilterNode;
}

export type PatchTarget = SchemaTarget | AttributeTarget;

function invalidPath(text: string, why: string): ScimError {
  return new ScimError(400, 'invalidPath', `Invalid PATCH path '${text}': ${why}`);
}

export function attributeName(resolved: Pick<ResolvedAttribute, 'extension' | 'def'>): string {
  return resolved.extension ? `${resolved.extension}:${resolved.def.name}` : resolved.def.name;
}

/** Every path inside `attr[...]` must name a sub-attribute of `attr` (`emails[bogus eq "x"]` -> invalidPath). */
function checkFilterPaths(text: string, def: AttributeDef, node: FilterNode): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      checkFilterPaths(text, def, node.left);
      checkFilterPaths(text, def, node.right);
      return;
    case 'not':
      checkFilterPaths(text, def, node.filter);
      return;
    case 'valuePath':
      throw invalidPath(text, 'value filters do not nest');
    default: {
      const sub = findSubDef(def, node.path.attr);
      if (!sub || node.path.sub !== undefined || node.path.uri !== undefined) {
        throw invalidPath(text, `no sub-attribute '${node.path.attr}' in '${def.name}'`);
      }
    }
  }
}

/**
 * Resolves a PATCH path (or a key of a path-less value object) against a resource type.
 * Throws ScimError 400 invalidPath when it does not parse or names no attribute.
 */
export function resolveTarget(text: string, rt: ResourceTypeDef): PatchTarget {
  const whole = schemaOf(rt, text.trim());
  if (whole) {
    return whole.extension
      ? { kind: 'schema', schema: whole.schema, extension: whole.schema.id }
      : { kind: 'schema', schema: whole.schema };
  }
  const parsed = parsePatchPath(text);
  const resolved = resolveAttribute(rt, { uri: parsed.path.uri, attr: parsed.path.attr });
  if (!resolved) throw invalidPath(text, `no attribute '${parsed.path.attr}' in ${rt.name}`);
  const { def, extension } = resolved;
  const target: AttributeTarget = { kind: 'attribute', def, name: attributeName(resolved) };
  if (extension) target.extension = extension;
  if (parsed.filter) {
    if (!def.multiValued || def.type !== 'complex') {
      throw invalidPath(text, `'${def.name}' is not a multi-valued complex attribute`);
    }
    checkFilterPaths(text, def, parsed.filter);
    target.filter = parsed.filter;
  }
  const subName = parsed.path.sub ?? parsed.subAfterFilter;
  if (subName !== undefined) {
    const sub = def.type === 'complex' ? findSubDef(def, subName) : undefined;
    if (!sub) throw invalidPath(text, `no sub-attribute '${subName}' in '${def.name}'`);
    target.sub = sub;
  }
  return target;
}

export function targetLabel(t: AttributeTarget): string {
  return t.sub ? `${t.name}.${t.sub.name}` : t.name;
}
