/**
 * A local tenant as an app's target: the same services, rules and inbound provisioning events as
 * a SCIM request, called in-process (no HTTP, no token). The event log shows `app:<name>` as the
 * actor, so an admin sees which app wrote what.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { parseFilter, ScimError } from '@scimdesk/scim';
import { asActor } from '../scim/actor.js';
import type { ScimContext } from '../scim/context.js';
import type { Services } from '../scim/services.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import {
  type ConnectionTest,
  endpointOf,
  type ScimTarget,
  TargetError,
  type TargetObjectType,
  type TargetResource,
  type TargetResult,
} from './target.js';

export class LocalTenantTarget implements ScimTarget {
  readonly kind = 'tenant' as const;

  constructor(
    private readonly services: Services,
    private readonly em: EntityManager,
    private readonly tenant: Tenant,
    private readonly actor: string,
  ) {}

  private async call<T>(
    method: string,
    path: string,
    body: unknown,
    run: (ctx: ScimContext) => Promise<T>,
    okStatus: number,
  ): Promise<TargetResult<T>> {
    const started = performance.now();
    const call = { method, path, status: okStatus, retries: 0, durationMs: 0, body };
    try {
      const value = await asActor(
        this.services,
        this.em,
        this.tenant,
        this.actor,
        { method, path, writer: 'scim', quietReads: true },
        run,
      );
      call.durationMs = performance.now() - started;
      return { value, call };
    } catch (err) {
      call.durationMs = performance.now() - started;
      if (err instanceof ScimError) {
        call.status = err.status;
        throw new TargetError(`SCIM_${err.status}`, err.message, call, err.status, err.scimType);
      }
      call.status = 500;
      throw new TargetError('LOCAL_500', (err as Error).message ?? 'internal error', call, 500);
    }
  }

  async testConnection(): Promise<ConnectionTest> {
    const probe = await this.find('user', `userName eq "${randomUUID()}"`);
    return probe.value.length === 0
      ? { ok: true, message: `Tenant ${this.tenant.slug} answers in-process.`, status: 200 }
      : { ok: false, message: 'A random userName matched a user: the filter is not applied.', status: 200 };
  }

  find(type: TargetObjectType, filter: string, count = 2): Promise<TargetResult<TargetResource[]>> {
    const path = `${endpointOf(type)}?filter=${encodeURIComponent(filter)}&count=${count}`;
    const query = { filter: parseFilter(filter), offset: 0, limit: count };
    return this.call(
      'GET',
      path,
      undefined,
      async (ctx) => {
        const list =
          type === 'user'
            ? await this.services.users.list(ctx, query, false)
            : await this.services.groups.list(ctx, query, true);
        return list.resources as TargetResource[];
      },
      200,
    );
  }

  async get(type: TargetObjectType, id: string): Promise<TargetResult<TargetResource | null>> {
    try {
      return await this.call(
        'GET',
        `${endpointOf(type)}/${id}`,
        undefined,
        async (ctx) => {
          const r = type === 'user' ? await this.services.users.get(ctx, id) : await this.services.groups.get(ctx, id);
          return r as TargetResource;
        },
        200,
      );
    } catch (err) {
      if (err instanceof TargetError && err.status === 404) return { value: null, call: { ...err.call, status: 404 } };
      throw err;
    }
  }

  create(type: TargetObjectType, body: Record<string, unknown>): Promise<TargetResult<TargetResource>> {
    return this.call(
      'POST',
      endpointOf(type),
      body,
      async (ctx) => {
        const r =
          type === 'user' ? await this.services.users.create(ctx, body) : await this.services.groups.create(ctx, body);
        return r as TargetResource;
      },
      201,
    );
  }

  patch(
    type: TargetObjectType,
    id: string,
    body: Record<string, unknown>,
  ): Promise<TargetResult<TargetResource | null>> {
    return this.call(
      'PATCH',
      `${endpointOf(type)}/${id}`,
      body,
      async (ctx) => {
        ctx.request = {
          ...(ctx.request ?? { method: 'PATCH', path: '', startedAt: performance.now() }),
          okStatus: 204,
        };
        if (type === 'user') await this.services.users.patch(ctx, id, body, undefined, { withGroups: false });
        else await this.services.groups.patch(ctx, id, body);
        return null;
      },
      204,
    );
  }

  async delete(type: TargetObjectType, id: string): Promise<TargetResult<void>> {
    try {
      return await this.call(
        'DELETE',
        `${endpointOf(type)}/${id}`,
        undefined,
        async (ctx) => {
          if (type === 'user') await this.services.users.delete(ctx, id);
          else await this.services.groups.delete(ctx, id);
        },
        204,
      );
    } catch (err) {
      if (err instanceof TargetError && err.status === 404)
        return { value: undefined, call: { ...err.call, status: 404 } };
      throw err;
    }
  }

  async close(): Promise<void> {}
}
