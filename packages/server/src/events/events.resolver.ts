import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { inTenant, TENANT_ARG } from '../graphql/access.js';
import { pageSize, toConnection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { dialectFor } from '../scim/sql/dialect.js';
import { toEventNode } from './events.mapper.js';
import { pageEvents } from './events.query.js';
import { EventConnection, EventFilter } from './events.types.js';

/** A page of a tenant's events; queued events are flushed first, so a change is visible at once. */
export async function eventsConnection(
  ctx: GqlContext,
  tenantId: string,
  filter: EventFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<EventConnection> {
  const size = pageSize(first);
  await ctx.services.events.flush();
  const { page, count } = await pageEvents(ctx.em, dialectFor(ctx.services.db.kind), tenantId, filter, size, after);
  return toConnection(new EventConnection(), { ...page, nodes: page.nodes.map(toEventNode) }, count);
}

@Resolver()
export class EventsResolver {
  @Query(() => EventConnection, { description: "A tenant's provisioning log, newest first (SPEC S7)." })
  async events(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
  ): Promise<EventConnection> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    return eventsConnection(ctx, membership.tenant.id, filter ?? {}, first, after);
  }
}
