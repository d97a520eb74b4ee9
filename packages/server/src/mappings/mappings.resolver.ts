import {
  type ExpressionContext,
  type MappingOutcome,
  type MappingSet,
  mappingPresets,
  previewExpression,
  previewMapping,
} from '@scimdesk/scim';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { serverExpressionContext } from '../expression/context.js';
import { signedIn } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { previewBudget } from './bounded.js';
import { parseMappingSet } from './mapping-set.input.js';
import {
  ExpressionPreviewNode,
  MappingObjectType,
  type MappingOutcomeNode,
  MappingPresetNode,
  MappingPreviewNode,
} from './mappings.types.js';

/** RE2 for regexes, the real clock unless the caller fixes `now`. */
function context(now: Date | undefined): ExpressionContext {
  return serverExpressionContext(now ? { now: () => now } : {});
}

const outcomes = (list: MappingOutcome[]): MappingOutcomeNode[] =>
  list.map(({ mapping, target, status, value, old }) => ({ mapping, target, status, value, old }));

/**
 * The mapping editor's previews (issue 3): pure evaluation with @scimdesk/scim, nothing is read
 * or written. Any signed-in admin may call them; all the previews of one request share one time
 * budget (bounded.ts) and each costs extra in the query-cost rule (graphql/costs.ts).
 */
@Resolver()
export class MappingsResolver {
  @Query(() => [MappingPresetNode], { description: 'The mapping sets scimdesk ships.' })
  async mappingPresets(@Ctx() ctx: GqlContext): Promise<MappingPresetNode[]> {
    await signedIn(ctx);
    return Object.entries(mappingPresets).map(([name, set]) => ({
      name,
      mappingSet: set as unknown as Record<string, unknown>,
    }));
  }

  @Query(() => ExpressionPreviewNode, { description: 'Evaluates an Entra mapping expression against a source object.' })
  async previewExpression(
    @Ctx() ctx: GqlContext,
    @Arg('expression', () => String) expression: string,
    @Arg('source', () => GraphQLJSONObject, { nullable: true, description: 'The source object; none means {}.' })
    source?: Record<string, unknown>,
    @Arg('now', () => Date, { nullable: true, description: 'The clock for Now().' }) now?: Date,
  ): Promise<ExpressionPreviewNode> {
    await signedIn(ctx);
    const r = previewBudget(ctx).run(() => previewExpression(expression, source ?? {}, context(now ?? undefined)));
    return { value: r.value, ignoreFlow: r.ignoreFlow, diagnostics: r.diagnostics };
  }

  @Query(() => MappingPreviewNode, {
    description:
      'What a mapping set (a preset, or one sent as JSON) does with a source object; with `current`, the update.',
  })
  async previewMapping(
    @Ctx() ctx: GqlContext,
    @Arg('source', () => GraphQLJSONObject) source: Record<string, unknown>,
    @Arg('objectType', () => MappingObjectType, { defaultValue: MappingObjectType.USER }) objectType: MappingObjectType,
    @Arg('preset', () => String, { nullable: true }) preset?: string,
    @Arg('mappingSet', () => GraphQLJSONObject, { nullable: true }) mappingSet?: Record<string, unknown>,
    @Arg('current', () => GraphQLJSONObject, { nullable: true }) current?: Record<string, unknown>,
    @Arg('now', () => Date, { nullable: true }) now?: Date,
  ): Promise<MappingPreviewNode> {
    await signedIn(ctx);
    let set: MappingSet;
    if (mappingSet) {
      const parsed = parseMappingSet(mappingSet);
      if (typeof parsed === 'string') throw badInput(parsed, 'mappingSet');
      set = parsed;
    } else {
      const found = mappingPresets[preset ?? 'seed'];
      if (!found) throw badInput(`Unknown preset "${preset}"`, 'preset');
      set = found;
    }
    const p = previewBudget(ctx).run(() =>
      previewMapping(set, objectType, source, { current: current ?? undefined, ctx: context(now ?? undefined) }),
    );
    const runtime = p.update ?? p.create;
    return {
      diagnostics: [...p.diagnostics, ...p.create.diagnostics, ...(p.update?.diagnostics ?? [])],
      matching: p.matching.queries,
      resource: p.create.resource,
      createOutcomes: outcomes(p.create.outcomes),
      patch: p.update ? p.update.body : undefined,
      updateOutcomes: p.update ? outcomes(p.update.outcomes) : undefined,
      ok: p.diagnostics.every((d) => d.severity !== 'error') && runtime.ok,
    };
  }
}
