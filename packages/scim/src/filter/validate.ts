/**
 * Schema checks of a parsed filter, for servers that answer 400 rather than silently return a
 * wrong (empty) list: Entra matches on the result, so a filter we don't understand must fail.
 */
import { ScimError } from '../errors.js';
import { resolveAttribute } from '../schemas/resource-types.js';
import type { AttributeDef, ResourceTypeDef } from '../schemas/types.js';
import type { AttrPath, CompareOp, FilterNode } from './ast.js';
import { subAttributeOf } from './attributes.js';
import { formatAttrPath, walkFilter } from './walk.js';

const ORDERING: ReadonlySet<CompareOp> = new Set(['gt', 'ge', 'lt', 'le']);
const SUBSTRING: ReadonlySet<CompareOp> = new Set(['co', 'sw', 'ew']);

/**
 * Throws ScimError(400, 'invalidFilter') when a path of `node` does not resolve against `rt`
 * (`Unknown attribute "x"`), including sub-attributes inside value paths, which resolve
 * relative to the multi-valued attribute (`emails[foo eq 1]` -> `Unknown attribute "emails.foo"`).
 * Also rejects comparisons that cannot apply to the attribute's type (RFC 7644 §3.4.2.2):
 * gt/ge/lt/le on boolean or binary, co/sw/ew on boolean, and comparing a complex attribute
 * that has no `value` sub-attribute (`name eq "x"`).
 */
export function validateFilterPaths(node: FilterNode, rt: ResourceTypeDef): void {
  walkFilter(node, (n, within) => {
    if (n.kind !== 'compare' && n.kind !== 'present' && n.kind !== 'valuePath') return;
    const def = within ? resolveRelative(rt, within.path, n.path) : resolveTop(rt, n.path);
    if (n.kind === 'valuePath' && def.type !== 'complex' && !def.multiValued) {
      fail(`Attribute "${formatAttrPath(n.path)}" is neither multi-valued nor complex; "[...]" does not apply`);
    }
    if (n.kind === 'compare') checkOperator(n.op, def, shown(within?.path, n.path));
  });
}

function resolveTop(rt: ResourceTypeDef, path: AttrPath): AttributeDef {
  const r = resolveAttribute(rt, path);
  if (!r) return fail(`Unknown attribute "${formatAttrPath(path)}"`);
  return r.subDef ?? r.def;
}

function resolveRelative(rt: ResourceTypeDef, parentPath: AttrPath, path: AttrPath): AttributeDef {
  const parent = resolveTop(rt, parentPath);
  const def = subAttributeOf(parent, path.attr);
  if (!def) return fail(`Unknown attribute "${formatAttrPath(parentPath)}.${path.attr}"`);
  if (path.sub === undefined) return def;
  const sub = subAttributeOf(def, path.sub);
  return sub ?? fail(`Unknown attribute "${shown(parentPath, path)}"`);
}

function checkOperator(op: CompareOp, def: AttributeDef, name: string): void {
  let target = def;
  if (def.type === 'complex') {
    const value = subAttributeOf(def, 'value');
    if (!value) fail(`Attribute "${name}" is complex; compare one of its sub-attributes`);
    target = value;
  }
  if (ORDERING.has(op) && (target.type === 'boolean' || target.type === 'binary')) {
    fail(`Operator "${op}" cannot compare the ${target.type} attribute "${name}"`);
  }
  if (SUBSTRING.has(op) && target.type === 'boolean') {
    fail(`Operator "${op}" cannot compare the boolean attribute "${name}"`);
  }
}

const shown = (parent: AttrPath | undefined, path: AttrPath) =>
  parent ? `${formatAttrPath(parent)}.${formatAttrPath(path)}` : formatAttrPath(path);

function fail(detail: string): never {
  throw new ScimError(400, 'invalidFilter', detail);
}
