import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { appAccess, appAccessById } from '../apps/app.access.js';
import type { App } from '../apps/app.entity.js';
import { toDiagnosticNode } from '../apps/apps.node.js';
import { AppNode } from '../apps/apps.types.js';
import { toCycleNode } from '../cycles/cycles.types.js';
import { platformOwner, signedIn } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { ApiError, badInput } from '../graphql/errors.js';
import { applyPlan, dropPlan, PlanError } from './plan.apply.js';
import { computePlan, createPlan, PlanInputError } from './plan.compute.js';
import { type PlanRow, planEntries, plansOf, readPlan } from './plan.row.js';
import {
  PlanAppliedNode,
  PlanEntryNode,
  type PlanKindValue,
  PlanNode,
  PlanResultNode,
  type PlanStatusValue,
} from './plans.types.js';

const toPlanNode = (p: PlanRow, app: string): PlanNode => ({
  id: p.id,
  app,
  kind: p.kind as PlanKindValue,
  status: p.status as PlanStatusValue,
  total: p.total,
  done: p.done,
  totals: p.totals,
  outcome: p.outcome,
  cycleId: p.cycleId,
  error: p.error,
  createdBy: p.createdBy,
  createdAt: p.createdAt,
  finishedAt: p.finishedAt,
});

function apiError(e: unknown): never {
  if (e instanceof PlanError) {
    const code = e.code === 'PLAN_NOT_FOUND' ? 'NOT_FOUND' : e.code === 'PLAN_INVALID' ? 'BAD_USER_INPUT' : 'CONFLICT';
    throw new ApiError(code, e.message, { reason: e.code });
  }
  throw e;
}

/** A plan's app, for a caller with `role` in its target tenant; a proposal's plan needs a platform owner to apply. */
async function planApp(ctx: GqlContext, id: string, role: 'viewer' | 'admin'): Promise<{ plan: PlanRow; app: App }> {
  await signedIn(ctx);
  const plan = await readPlan(ctx.services.sql, id);
  const what = `Plan ${id}`;
  if (!plan) throw new ApiError('NOT_FOUND', `${what} not found`);
  const app = await appAccessById(ctx, plan.appId, role, what);
  return { plan, app };
}

@Resolver(() => AppNode)
export class AppPlansResolver {
  @FieldResolver(() => [PlanNode], { description: "The app's plans, newest first." })
  async plans(
    @Ctx() ctx: GqlContext,
    @Root() app: AppNode,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 200.' }) first: number,
  ): Promise<PlanNode[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first must be between 1 and 200', 'first');
    return (await plansOf(ctx.services.sql, app.id, first)).map((p) => toPlanNode(p, app.name));
  }
}

@Resolver(() => PlanNode)
export class PlansResolver {
  @Query(() => PlanNode, { description: "One plan with its progress (viewers of its app's target tenant and up)." })
  async plan(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string): Promise<PlanNode> {
    const { plan, app } = await planApp(ctx, id, 'viewer');
    return toPlanNode(plan, app.name);
  }

  @FieldResolver(() => [PlanEntryNode], { description: 'The planned objects, users then groups, by source id.' })
  async entries(
    @Ctx() ctx: GqlContext,
    @Root() plan: PlanNode,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`<objectType>:<sourceId>` of the last entry of the previous page.',
    })
    after?: string,
    @Arg('objectType', () => String, { nullable: true, description: '`user` or `group`.' }) objectType?: string,
    @Arg('action', () => String, { nullable: true, description: 'Create, Update, Disable, Delete, Skip or Other.' })
    action?: string,
    @Arg('outcome', () => String, { nullable: true, description: 'as-planned, replanned or failed.' }) outcome?: string,
    @Arg('changesOnly', () => Boolean, { defaultValue: false, description: 'Leave out "no change" skips.' })
    changesOnly?: boolean,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the source name, source id or target id (any case).',
    })
    search?: string,
  ): Promise<PlanEntryNode[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw badInput('first must be between 1 and 1000', 'first');
    if (objectType && objectType !== 'user' && objectType !== 'group')
      throw badInput('objectType is user or group', 'objectType');
    if (after && !after.includes(':')) throw badInput('after is `<objectType>:<sourceId>`', 'after');
    if (search && search.length > 256) throw badInput('search is at most 256 characters', 'search');
    return planEntries(
      ctx.services.sql,
      plan.id,
      { objectType: objectType as 'user' | 'group' | undefined, action, outcome, changesOnly, search },
      first,
      after,
    );
  }

  @Mutation(() => PlanResultNode, {
    description:
      'Plans what the next cycle (default), a restart, or a proposed app file (`proposal`, as applyApp takes it) would do, sending nothing to the target. Computed in the background unless `wait`: follow `plan(id)`. Role admin; a proposal needs a platform owner.',
  })
  async planApp(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, { description: "The app's name." }) name: string,
    @Arg('restart', () => Boolean, { defaultValue: false, description: 'Plan a restart: every object again.' })
    restart: boolean,
    @Arg('proposal', () => GraphQLJSON, {
      nullable: true,
      description: 'An app file for this app with the proposed mappings and scope (name, source and target unchanged).',
    })
    proposal: unknown,
    @Arg('wait', () => Boolean, { defaultValue: false, description: 'Answer once the plan is computed.' })
    wait: boolean,
  ): Promise<PlanResultNode> {
    const app = await appAccess(ctx, name, 'admin');
    if (proposal !== undefined && proposal !== null) await platformOwner(ctx, 'proposed app changes');
    const principal = await signedIn(ctx);
    let made: Awaited<ReturnType<typeof createPlan>>;
    try {
      made = await createPlan(ctx.services, app, {
        kind: proposal != null ? 'proposal' : restart ? 'restart' : 'next',
        proposal: proposal ?? undefined,
        actor: principal.userName,
      });
    } catch (e) {
      if (e instanceof PlanInputError) return { plan: null, diagnostics: e.diagnostics.map(toDiagnosticNode) };
      throw e;
    }
    const running = computePlan(ctx.services, ctx.services.db.orm.em.fork(), app, made);
    if (wait) await running;
    else void running.catch((err) => ctx.req.log.error({ err }, 'plan failed'));
    return { plan: toPlanNode((await readPlan(ctx.services.sql, made.id)) as PlanRow, app.name), diagnostics: [] };
  }

  @Mutation(() => PlanAppliedNode, {
    description:
      "Applies a ready plan: saves its proposal, then a cycle does what it planned; objects changed on either side since are re-planned and listed (entries with outcome `replanned`). CONFLICT (extensions.reason PLAN_STALE, PLAN_BUSY, PLAN_APP_NOT_RUNNING, PLAN_NOT_READY) when it can't. Role admin; a proposal needs a platform owner.",
  })
  async applyPlan(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string): Promise<PlanAppliedNode> {
    const { plan, app } = await planApp(ctx, id, 'admin');
    if (plan.proposal) await platformOwner(ctx, 'proposed app changes');
    try {
      const out = await applyPlan(ctx.services, ctx.services.db.orm.em.fork(), id);
      return { plan: toPlanNode(out.plan, app.name), cycle: toCycleNode(out.cycle, app.name) };
    } catch (e) {
      apiError(e);
    }
  }

  @Mutation(() => PlanNode, { description: 'Drops a plan that was not applied. Role admin.' })
  async dropPlan(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string): Promise<PlanNode> {
    const { app } = await planApp(ctx, id, 'admin');
    try {
      return toPlanNode(await dropPlan(ctx.services, id), app.name);
    } catch (e) {
      apiError(e);
    }
  }
}
