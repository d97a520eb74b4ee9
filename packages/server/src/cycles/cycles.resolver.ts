import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { appAccess, appAccessById } from '../apps/app.access.js';
import type { App, AppState } from '../apps/app.entity.js';
import { appNodeOf } from '../apps/apps.node.js';
import { AppNode } from '../apps/apps.types.js';
import { signedIn } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { ApiError, badInput, conflict, notFound } from '../graphql/errors.js';
import { countHeld, heldAmong, listHeld } from './cycle.deletes.js';
import { countFailures, failedAmong, listFailures } from './cycle.failures.js';
import { countCycles, lastFinishedCycle, pageCycles } from './cycle.query.js';
import { appReport } from './cycle.report.js';
import { readCycle } from './cycle.row.js';
import { decideHeld, openCycle, restartApp, retryFailures, setAppState, startCycle, stopApp } from './cycle.service.js';
import {
  AppReportNode,
  CycleConnection,
  CycleNode,
  FailedObjectNode,
  HeldDeleteNode,
  HeldDeletesResultNode,
  RetryFailuresResultNode,
  toCycleNode,
} from './cycles.types.js';
import { OnDemandError, provisionOnDemand } from './on-demand.js';
import { OnDemandResultNode, toOnDemandNode } from './on-demand.types.js';

const APP = { description: "The app's name." };
const REPORT_MAX = 50;

/** Steering needs role admin (or owner) in the app's target tenant, or a platform owner. */
const steer = (ctx: GqlContext, name: string) => appAccess(ctx, name, 'admin');

async function toState(ctx: GqlContext, app: App, state: AppState): Promise<AppNode> {
  if (state === 'stopped') await stopApp(ctx.services, app);
  else await setAppState(ctx.services, app, state);
  return appNodeOf(ctx.services.sql, app);
}

/** Cycles of apps (SPEC E4, G1): history, live progress, reports, and steering. */
@Resolver(() => AppNode)
export class AppCyclesResolver {
  @FieldResolver(() => CycleNode, { nullable: true, description: 'The queued or running cycle, with live progress.' })
  async currentCycle(@Ctx() ctx: GqlContext, @Root() app: AppNode): Promise<CycleNode | null> {
    const c = await openCycle(ctx.services.sql, app.id);
    return c ? toCycleNode(c, app.name) : null;
  }

  @FieldResolver(() => CycleNode, { nullable: true, description: 'The newest finished cycle.' })
  async lastCycle(@Ctx() ctx: GqlContext, @Root() app: AppNode): Promise<CycleNode | null> {
    const c = await lastFinishedCycle(ctx.services.sql, app.id);
    return c ? toCycleNode(c, app.name) : null;
  }

  @FieldResolver(() => CycleConnection, { description: 'Every cycle, newest first, one keyset page at a time.' })
  async cycles(
    @Ctx() ctx: GqlContext,
    @Root() app: AppNode,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CycleConnection> {
    const page = await pageCycles(ctx.services.sql, app.id, pageSize(first), after);
    return toConnection(
      new CycleConnection(),
      { ...page, nodes: page.nodes.map((c) => toCycleNode(c, app.name)) },
      () => countCycles(ctx.services.sql, app.id),
    );
  }

  @FieldResolver(() => Int, {
    description:
      'Disables and deletes the deletion threshold holds (not yet allowed): more than 0 is the "deletes held" state.',
  })
  async heldDeletes(@Ctx() ctx: GqlContext, @Root() app: AppNode): Promise<number> {
    return countHeld(ctx.services.sql, app.id);
  }

  @FieldResolver(() => [HeldDeleteNode], {
    description: 'The held objects (and allowed ones a cycle has not sent yet), by type and source id.',
  })
  async heldObjects(
    @Ctx() ctx: GqlContext,
    @Root() app: AppNode,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`<objectType>:<sourceId>` of the last object of the previous page.',
    })
    after?: string,
  ): Promise<HeldDeleteNode[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw badInput('first must be between 1 and 1000', 'first');
    const row = await ctx.services.sql.get<{ directory_id: string }>('select directory_id from app where id = ?', [
      app.id,
    ]);
    return listHeld(ctx.services.sql, app.id, row?.directory_id ?? '', first, after ?? '');
  }

  @FieldResolver(() => Int, { description: 'Objects whose last attempt failed, kept to be retried (escrow).' })
  async failureCount(@Ctx() ctx: GqlContext, @Root() app: AppNode): Promise<number> {
    return countFailures(ctx.services.sql, app.id);
  }

  @FieldResolver(() => [FailedObjectNode], {
    description: 'The failed objects with their last error and when they are retried, by type and source id.',
  })
  async failures(
    @Ctx() ctx: GqlContext,
    @Root() app: AppNode,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`<objectType>:<sourceId>` of the last object of the previous page.',
    })
    after?: string,
  ): Promise<FailedObjectNode[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw badInput('first must be between 1 and 1000', 'first');
    const row = await ctx.services.sql.get<{ directory_id: string }>('select directory_id from app where id = ?', [
      app.id,
    ]);
    return listFailures(ctx.services.sql, app.id, row?.directory_id ?? '', first, after ?? '');
  }

  @FieldResolver(() => AppReportNode, {
    description: "The last cycles' success rates and failures by error code (from the provisioning log).",
  })
  async report(
    @Ctx() ctx: GqlContext,
    @Root() app: AppNode,
    @Arg('cycles', () => Int, { defaultValue: 10, description: `How many of the last cycles, at most ${REPORT_MAX}.` })
    cycles: number,
  ): Promise<AppReportNode> {
    if (!Number.isInteger(cycles) || cycles < 1 || cycles > REPORT_MAX)
      throw badInput(`cycles must be between 1 and ${REPORT_MAX}`, 'cycles');
    return appReport(ctx.services.sql, app.id, app.name, cycles);
  }
}

@Resolver()
export class CyclesResolver {
  @Query(() => CycleNode, {
    description: "One cycle with its live progress (viewers of its app's target tenant and up).",
  })
  async cycle(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string): Promise<CycleNode> {
    const what = `Cycle ${id}`;
    await signedIn(ctx);
    const c = await readCycle(ctx.services.sql, id);
    if (!c) throw notFound(what);
    const app = await appAccessById(ctx, c.appId, 'viewer', what);
    return toCycleNode(c, app.name);
  }

  @Mutation(() => AppNode, { description: 'Queues a cycle now (or returns the app with its open one). Role admin.' })
  async startCycle(@Ctx() ctx: GqlContext, @Arg('app', () => String, APP) name: string): Promise<AppNode> {
    const app = await steer(ctx, name);
    if (app.state !== 'running') throw conflict(`App ${app.name} is ${app.state}: resume it first (resumeApp)`);
    await startCycle(ctx.services, app, 'manual');
    return appNodeOf(ctx.services.sql, app);
  }

  @Mutation(() => OnDemandResultNode, {
    description:
      'Provision on demand (SPEC E6): one user (userPrincipalName or objectId) or one group (displayName or objectId) with all its direct user members, now, answered with every step. Writes the provisioning log and the links as a cycle does. Role admin.',
  })
  async provisionOnDemand(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, APP) name: string,
    @Arg('user', () => String, { nullable: true }) user?: string,
    @Arg('group', () => String, { nullable: true }) group?: string,
  ): Promise<OnDemandResultNode> {
    const app = await steer(ctx, name);
    if (!!user === !!group) throw badInput('Name one user or one group.', user ? 'group' : 'user');
    try {
      return toOnDemandNode(await provisionOnDemand(ctx.services, ctx.services.db.orm.em.fork(), app, { user, group }));
    } catch (e) {
      if (e instanceof OnDemandError)
        throw e.code === 'NOT_FOUND' ? new ApiError('NOT_FOUND', e.message) : badInput(e.message, 'group');
      throw e;
    }
  }

  @Mutation(() => HeldDeletesResultNode, {
    description:
      'Allows deletes the threshold held (all, or these source ids): a cycle is queued that sends them. Role admin.',
  })
  async allowHeldDeletes(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, APP) name: string,
    @Arg('sourceIds', () => [String], { nullable: true, description: 'Only these objects; default all.' })
    sourceIds?: string[],
  ): Promise<HeldDeletesResultNode> {
    return this.decide(ctx, name, 'allow', sourceIds);
  }

  @Mutation(() => HeldDeletesResultNode, {
    description:
      'Rejects deletes the threshold held (all, or these source ids): the target keeps those objects. Role admin.',
  })
  async rejectHeldDeletes(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, APP) name: string,
    @Arg('sourceIds', () => [String], { nullable: true, description: 'Only these objects; default all.' })
    sourceIds?: string[],
  ): Promise<HeldDeletesResultNode> {
    return this.decide(ctx, name, 'reject', sourceIds);
  }

  private async decide(
    ctx: GqlContext,
    name: string,
    verdict: 'allow' | 'reject',
    sourceIds: string[] | undefined,
  ): Promise<HeldDeletesResultNode> {
    const app = await steer(ctx, name);
    if (sourceIds && !sourceIds.length)
      throw badInput('sourceIds is empty: leave it out to choose every held object', 'sourceIds');
    if (sourceIds) {
      const held = await heldAmong(ctx.services.sql, app.id, sourceIds);
      const unknown = sourceIds.filter((id) => !held.has(id));
      if (unknown.length)
        throw badInput(`Not held in app ${app.name}: ${unknown.slice(0, 10).join(', ')}`, 'sourceIds');
    }
    const out = await decideHeld(ctx.services, app, verdict, sourceIds);
    return {
      changed: out.changed,
      cycle: out.cycle ? toCycleNode(out.cycle, app.name) : null,
      app: await appNodeOf(ctx.services.sql, app),
    };
  }

  @Mutation(() => RetryFailuresResultNode, {
    description:
      'Retries failed objects now (all, or these source ids), without waiting for their escrow interval: a cycle is queued that retries them. Role admin.',
  })
  async retryFailures(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, APP) name: string,
    @Arg('sourceIds', () => [String], { nullable: true, description: 'Only these objects; default all.' })
    sourceIds?: string[],
  ): Promise<RetryFailuresResultNode> {
    const app = await steer(ctx, name);
    if (sourceIds && !sourceIds.length)
      throw badInput('sourceIds is empty: leave it out to retry every failed object', 'sourceIds');
    if (sourceIds) {
      const failed = await failedAmong(ctx.services.sql, app.id, sourceIds);
      const unknown = sourceIds.filter((id) => !failed.has(id));
      if (unknown.length)
        throw badInput(`No failure of app ${app.name} for: ${unknown.slice(0, 10).join(', ')}`, 'sourceIds');
    }
    const out = await retryFailures(ctx.services, app, sourceIds);
    return {
      changed: out.changed,
      cycle: out.cycle ? toCycleNode(out.cycle, app.name) : null,
      app: await appNodeOf(ctx.services.sql, app),
    };
  }

  @Mutation(() => AppNode, { description: 'Pauses the app: its open cycle waits where it is. Role admin.' })
  async pauseApp(@Ctx() ctx: GqlContext, @Arg('app', () => String, APP) name: string): Promise<AppNode> {
    return toState(ctx, await steer(ctx, name), 'paused');
  }

  @Mutation(() => AppNode, { description: 'Resumes a paused or stopped app (a paused cycle continues). Role admin.' })
  async resumeApp(@Ctx() ctx: GqlContext, @Arg('app', () => String, APP) name: string): Promise<AppNode> {
    return toState(ctx, await steer(ctx, name), 'running');
  }

  @Mutation(() => AppNode, {
    description: 'Stops the app: its open cycle ends, nothing runs until resumed. Role admin.',
  })
  async stopApp(@Ctx() ctx: GqlContext, @Arg('app', () => String, APP) name: string): Promise<AppNode> {
    return toState(ctx, await steer(ctx, name), 'stopped');
  }

  @Mutation(() => AppNode, {
    description:
      'Restarts: ends the open cycle, clears the watermark and failures and queues an initial cycle; `full` also forgets the links. Role admin.',
  })
  async restartApp(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, APP) name: string,
    @Arg('full', () => Boolean, { defaultValue: false, description: 'Also drop what the app knows of the target.' })
    full: boolean,
  ): Promise<AppNode> {
    const app = await steer(ctx, name);
    await restartApp(ctx.services, app, full);
    return appNodeOf(ctx.services.sql, app);
  }
}
