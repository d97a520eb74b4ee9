import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, under the resolved field and then `path` (e.g. `['edges', 'node']`), for
 * any of `names`: so a resolver can leave out what nobody asked for (a list page's rows without
 * the large `steps` of each log entry). Fragments and inline fragments count; directives such as
 * `@include(if: false)` are not evaluated, so the answer errs on the side of "asked".
 */
export function selectsAny(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  const wanted = new Set(names);
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === 'InlineFragment') {
        if (visit(sel.selectionSet, depth, seen)) return true;
      } else if (sel.kind === 'FragmentSpread') {
        const name = sel.name.value;
        const frag: FragmentDefinitionNode | undefined = info.fragments[name];
        if (frag && !seen.has(name) && visit(frag.selectionSet, depth, new Set([...seen, name]))) return true;
      } else if (depth === path.length) {
        if (wanted.has(sel.name.value)) return true;
      } else if (sel.name.value === path[depth] && visit(sel.selectionSet, depth + 1, seen)) return true;
    }
    return false;
  };
  return info.fieldNodes.some((f) => visit(f.selectionSet, 0, new Set()));
}
