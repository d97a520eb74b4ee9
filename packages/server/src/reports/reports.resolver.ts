import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ProvisioningEvent } from '../events/event.entity.js';
import { inTenant, TENANT_ARG } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { refusedRequests } from '../limits/refused.query.js';
import { dialectFor } from '../scim/sql/dialect.js';
import { healthWarnings } from './health.js';
import { eventsPerDay, failuresByType, userReport } from './reports.query.js';
import { DayCount, FailureCount, HealthWarning, RefusedCount, TenantReport } from './reports.types.js';

function since(days: number): Date {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('days must be between 1 and 366', 'days');
  return new Date(Date.now() - days * 86_400_000);
}

@Resolver(() => TenantReport)
export class ReportsResolver {
  @Query(() => TenantReport, { description: "Counts of a tenant's users and provisioning events." })
  async report(@Ctx() ctx: GqlContext, @Arg('tenant', () => String, TENANT_ARG) tenant: string): Promise<TenantReport> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    return userReport(ctx.em, membership.tenant.id);
  }

  @Query(() => [HealthWarning], { description: "A tenant's health warnings (SPEC S9); empty when all is well." })
  async health(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
  ): Promise<HealthWarning[]> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    await ctx.services.events.flush();
    return healthWarnings(ctx.em, dialectFor(ctx.services.db.kind), membership.tenant);
  }

  @FieldResolver(() => [DayCount], { description: 'Events per UTC day over the last `days` days.' })
  async eventsPerDay(
    @Ctx() ctx: GqlContext,
    @Root() report: TenantReport,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
  ): Promise<DayCount[]> {
    await ctx.services.events.flush();
    return eventsPerDay(ctx.em, dialectFor(ctx.services.db.kind), report.tenantId, since(days));
  }

  @FieldResolver(() => [FailureCount], {
    description: 'Failed events by status and SCIM error type over the last `days` days.',
  })
  async failuresByType(
    @Ctx() ctx: GqlContext,
    @Root() report: TenantReport,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
  ): Promise<FailureCount[]> {
    await ctx.services.events.flush();
    return failuresByType(ctx.em, dialectFor(ctx.services.db.kind), report.tenantId, since(days));
  }

  @FieldResolver(() => [RefusedCount], {
    description:
      'SCIM requests refused for a missing or bad token over the last `days` days, per day and reason (not in the event log).',
  })
  async refusedRequests(
    @Ctx() ctx: GqlContext,
    @Root() report: TenantReport,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
  ): Promise<RefusedCount[]> {
    await ctx.services.limits.limiter.sync();
    return refusedRequests(ctx.em, report.tenantId, since(days));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When an IdP last sent a SCIM request (with a token) to this tenant; null when never.',
  })
  async lastScimRequestAt(@Ctx() ctx: GqlContext, @Root() report: TenantReport): Promise<Date | null> {
    await ctx.services.events.flush();
    const last = await ctx.em.findOne(
      ProvisioningEvent,
      { tenantId: report.tenantId, tokenId: { $ne: null } },
      { orderBy: { createdAt: 'desc' }, fields: ['createdAt'], disableIdentityMap: true },
    );
    return last?.createdAt ?? null;
  }
}
