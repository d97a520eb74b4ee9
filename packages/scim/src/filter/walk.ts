/** Generic helpers over the filter AST: a visitor and a printer (canonical RFC 7644 text). */
import type { AttrPath, FilterNode, PatchPath, ValuePathNode } from './ast.js';

/**
 * Visits `node` and its descendants depth-first, parents before children. `within` is the
 * innermost value path enclosing the visited node: when set, the node's paths are relative to
 * an element of `within.path` (their `attr` is a sub-attribute name).
 */
export function walkFilter(node: FilterNode, visit: (node: FilterNode, within?: ValuePathNode) => void): void {
  const go = (n: FilterNode, within: ValuePathNode | undefined): void => {
    visit(n, within);
    switch (n.kind) {
      case 'and':
      case 'or':
        go(n.left, within);
        go(n.right, within);
        return;
      case 'not':
        go(n.filter, within);
        return;
      case 'valuePath':
        go(n.filter, n);
        return;
      default:
        return;
    }
  };
  go(node, undefined);
}

/** `{ uri, attr, sub }` back to `uri:attr.sub`. */
export function formatAttrPath(path: AttrPath): string {
  const base = path.uri ? `${path.uri}:${path.attr}` : path.attr;
  return path.sub !== undefined ? `${base}.${path.sub}` : base;
}

/**
 * Prints a filter as RFC 7644 text that `parseFilter` reads back to the same AST. Entra's
 * `emails[type eq "work"].value eq "x"` comes out as `emails[type eq "work" and value eq "x"]`.
 */
export function formatFilter(node: FilterNode): string {
  switch (node.kind) {
    case 'compare':
      return `${formatAttrPath(node.path)} ${node.op} ${JSON.stringify(node.value)}`;
    case 'present':
      return `${formatAttrPath(node.path)} pr`;
    case 'not':
      return `not (${formatFilter(node.filter)})`;
    case 'valuePath':
      return `${formatAttrPath(node.path)}[${formatFilter(node.filter)}]`;
    case 'and': {
      // `and` is left-associative and binds tighter than `or`.
      const left = node.left.kind === 'or' ? `(${formatFilter(node.left)})` : formatFilter(node.left);
      const right = isLogical(node.right) ? `(${formatFilter(node.right)})` : formatFilter(node.right);
      return `${left} and ${right}`;
    }
    case 'or': {
      const right = node.right.kind === 'or' ? `(${formatFilter(node.right)})` : formatFilter(node.right);
      return `${formatFilter(node.left)} or ${right}`;
    }
  }
}

/** Prints a PATCH path as `attrPath`, `attrPath[filter]` or `attrPath[filter].sub`. */
export function formatPatchPath(p: PatchPath): string {
  let out = formatAttrPath(p.path);
  if (p.filter) out += `[${formatFilter(p.filter)}]`;
  if (p.subAfterFilter !== undefined) out += `.${p.subAfterFilter}`;
  return out;
}

const isLogical = (n: FilterNode) => n.kind === 'and' || n.kind === 'or';
