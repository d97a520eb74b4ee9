import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ApiError } from './errors.js';

export interface QueryLimits {
  /** Deepest field nesting allowed (introspection fields are free). */
  maxDepth: number;
  /** Largest estimated cost: one per field, multiplied by the `first` of every connection it sits in. */
  maxCost: number;
  /** The multiplier for a `first` given as a variable (validation runs before variables are known): the page cap. */
  variablePage: number;
}

interface Measure {
  depth: number;
  cost: number;
}

/**
 * One validation rule for both limits, over each operation with its fragments inlined. Small on
 * purpose: the maintained depth-limit packages target older graphql versions or only do depth.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const multiplier = (args: readonly { name: { value: string }; value: { kind: string } }[] | undefined) => {
      const first = args?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      if (!first) return 1;
      if (first.value.kind === Kind.INT)
        return Math.max(1, Number((first.value as unknown as { value: string }).value));
      return limits.variablePage;
    };

    const measure = (set: SelectionSetNode | undefined, seen: Set<string>): Measure => {
      const out = { depth: 0, cost: 0 };
      for (const sel of set?.selections ?? []) {
        let m: Measure;
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          const inner = measure(sel.selectionSet, seen);
          m = { depth: inner.depth + 1, cost: 1 + inner.cost * multiplier(sel.arguments) };
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          m = measure(sel.selectionSet, seen);
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
          m = measure(frag.selectionSet, new Set([...seen, name]));
        }
        out.depth = Math.max(out.depth, m.depth);
        out.cost += m.cost;
      }
      return out;
    };

    return {
      OperationDefinition(op) {
        const { depth, cost } = measure(op.selectionSet, new Set());
        if (depth > limits.maxDepth)
          context.reportError(
            new ApiError('QUERY_TOO_DEEP', `The query is ${depth} levels deep; the limit is ${limits.maxDepth}`),
          );
        if (cost > limits.maxCost)
          context.reportError(
            new ApiError(
              'QUERY_TOO_COMPLEX',
              `The query's estimated cost is ${cost}; the limit is ${limits.maxCost} (lower "first" or select fewer fields)`,
            ),
          );
      },
    };
  };
}
