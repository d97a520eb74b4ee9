import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { fieldCost } from './costs.js';
import { ApiError } from './errors.js';

export interface QueryLimits {
  /**
   * Deepest field nesting allowed. Introspection does not count (the standard introspection
   * query nests `ofType` eight deep; its size is the cost rule's business, not depth's).
   */
  maxDepth: number;
  /**
   * Largest estimated cost: each field's cost (1, or its entry in costs.ts) plus its selections'
   * cost multiplied by the `first` of the connection it sits in. Introspection fields count.
   */
  maxCost: number;
  /** Most aliased fields in one operation (fragments counted where they are spread). */
  maxAliases: number;
  /** The multiplier for a `first` given as a variable (validation runs before variables are known): the page cap. */
  variablePage: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

type Args = FieldNode['arguments'];

/**
 * One validation rule for the three limits, over each operation with its fragments inlined (each
 * fragment is measured once: a fragment spread ten times in a fragment spread ten times costs a
 * hundred, but is not walked a hundred times). Small on purpose: the maintained depth- and
 * cost-limit packages target older graphql versions or only do depth.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const measured = new Map<string, Measure>();

    const multiplier = (args: Args) => {
      const first = args?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      if (!first) return 1;
      if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
      return limits.variablePage;
    };

    const childType = (parent: GraphQLNamedType | undefined, field: string): GraphQLNamedType | undefined => {
      if (field === '__schema') return schema.getType('__Schema');
      if (field === '__type') return schema.getType('__Type');
      if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
      const def = parent.getFields()[field];
      return def ? getNamedType(def.type) : undefined;
    };

    const fragment = (name: string, seen: Set<string>): Measure => {
      const done = measured.get(name);
      if (done) return done;
      const frag = fragments.get(name);
      // Unknown and cyclic fragments are reported by graphql's own rules.
      if (!frag || seen.has(name)) return { depth: 0, cost: 0, aliases: 0 };
      const m = measure(frag.selectionSet, schema.getType(frag.typeCondition.name.value), new Set([...seen, name]));
      measured.set(name, m);
      return m;
    };

    const measure = (
      set: SelectionSetNode | undefined,
      parent: GraphQLNamedType | undefined,
      seen: Set<string>,
    ): Measure => {
      const out = { depth: 0, cost: 0, aliases: 0 };
      for (const sel of set?.selections ?? []) {
        let m: Measure;
        if (sel.kind === Kind.FIELD) {
          const name = sel.name.value;
          const inner = measure(sel.selectionSet, childType(parent, name), seen);
          const times = multiplier(sel.arguments);
          m = {
            depth: name.startsWith('__') ? 0 : inner.depth + 1,
            cost: fieldCost(parent?.name, name) + inner.cost * times,
            aliases: (sel.alias ? 1 : 0) + inner.aliases * times,
          };
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          m = measure(
            sel.selectionSet,
            sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent,
            seen,
          );
        } else {
          m = fragment(sel.name.value, seen);
        }
        out.depth = Math.max(out.depth, m.depth);
        out.cost += m.cost;
        out.aliases += m.aliases;
      }
      return out;
    };

    return {
      OperationDefinition(op) {
        const root =
          op.operation === 'query'
            ? schema.getQueryType()
            : op.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const { depth, cost, aliases } = measure(op.selectionSet, root ?? undefined, new Set());
        if (depth > limits.maxDepth)
          context.reportError(
            new ApiError('QUERY_TOO_DEEP', `The query is ${depth} levels deep; the limit is ${limits.maxDepth}`),
          );
        if (aliases > limits.maxAliases)
          context.reportError(
            new ApiError(
              'TOO_MANY_ALIASES',
              `The operation has ${aliases} aliased fields; the limit is ${limits.maxAliases} (send several requests)`,
            ),
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
