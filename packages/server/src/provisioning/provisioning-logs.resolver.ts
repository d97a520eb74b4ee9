import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { appAccess, appAccessById } from '../apps/app.access.js';
import { signedIn } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { selectsAny } from '../graphql/selection.js';
import { countLogs, getLog, pageLogs } from './log.query.js';
import { logReport } from './log.report.js';
import type { LogFilter, LogRecord } from './log.types.js';
import {
  type ProvisioningActionKind,
  ProvisioningLogConnection,
  ProvisioningLogFilter,
  ProvisioningLogNode,
  ProvisioningLogReportNode,
  type ProvisioningObjectKind,
  type ProvisioningStatusKind,
  toLogReportNode,
} from './provisioning-logs.types.js';

const IDENTITY_MAX = 256;

function toFilter(f: ProvisioningLogFilter | null | undefined): LogFilter {
  if (!f) return {};
  if (f.identity && f.identity.length > IDENTITY_MAX)
    throw badInput(`identity is at most ${IDENTITY_MAX} characters`, 'identity');
  return { ...f };
}

export function toLogNode(r: LogRecord, appName: string): ProvisioningLogNode {
  return {
    ...r,
    app: appName,
    objectType: r.objectType as ProvisioningObjectKind,
    action: r.action as ProvisioningActionKind,
    status: r.status as ProvisioningStatusKind,
    modified: r.modified.map((m) => ({ attribute: String(m.attribute), old: m.old, new: m.new })),
    steps: r.steps.map((s) => ({ step: String(s.step), status: String(s.status), details: s.details ?? {} })),
  };
}

async function report(ctx: GqlContext, appId: string, appName: string, filter: LogFilter) {
  return toLogReportNode(appName, filter.cycleId ?? null, await logReport(ctx.services.sql, appId, filter));
}

/** The provisioning log of apps (SPEC E9): who may read it is apps/app.access.ts's rule. */
@Resolver()
export class ProvisioningLogsResolver {
  @Query(() => ProvisioningLogConnection, { description: "An app's provisioning log, newest first (SPEC E9)." })
  async provisioningLogs(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, { description: "The app's name." }) appName: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ProvisioningLogFilter, { nullable: true }) filter?: ProvisioningLogFilter,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ProvisioningLogConnection> {
    const size = pageSize(first);
    const app = await appAccess(ctx, appName, 'viewer');
    const f = toFilter(filter);
    // A list page shows no steps: they are read only when asked for (a group's can be its whole member list).
    const withDetail = !info || selectsAny(info, ['edges', 'node'], ['steps', 'modified']);
    const page = await pageLogs(ctx.services.sql, app.id, f, size, after, { withDetail });
    return toConnection(
      new ProvisioningLogConnection(),
      { ...page, nodes: page.nodes.map((r) => toLogNode(r, app.name)) },
      () => countLogs(ctx.services.sql, app.id, f),
    );
  }

  @Query(() => ProvisioningLogNode, { description: 'One log entry with its steps and modified properties.' })
  async provisioningLog(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string): Promise<ProvisioningLogNode> {
    const what = `Provisioning log entry ${id}`;
    await signedIn(ctx);
    const r = await getLog(ctx.services.sql, id);
    if (!r) throw notFound(what);
    const app = await appAccessById(ctx, r.appId, 'viewer', what);
    return toLogNode(r, app.name);
  }

  @Query(() => ProvisioningLogReportNode, {
    description:
      "A cycle's counts: success rate (successes / (successes + failures)), actions, failures by error code.",
  })
  async cycleReport(
    @Ctx() ctx: GqlContext,
    @Arg('cycleId', () => ID) cycleId: string,
  ): Promise<ProvisioningLogReportNode> {
    const what = `Cycle ${cycleId}`;
    const cycle = await ctx.services.sql.get<{ app_id: string }>('select app_id from cycle where id = ?', [cycleId]);
    const app = await appAccessById(ctx, cycle?.app_id ?? '', 'viewer', what);
    return report(ctx, app.id, app.name, { cycleId });
  }

  @Query(() => ProvisioningLogReportNode, {
    description: "The same counts over an app's log entries matching a filter.",
  })
  async provisioningLogReport(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, { description: "The app's name." }) appName: string,
    @Arg('filter', () => ProvisioningLogFilter, { nullable: true }) filter?: ProvisioningLogFilter,
  ): Promise<ProvisioningLogReportNode> {
    const app = await appAccess(ctx, appName, 'viewer');
    return report(ctx, app.id, app.name, toFilter(filter));
  }
}
