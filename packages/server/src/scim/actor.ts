import type { EntityManager } from '@mikro-orm/core';
import { eventOf } from '../events/event.write.js';
import { configuredOrigin } from '../http/origin.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { newAudit, type ScimContext } from './context.js';
import type { Services } from './services.js';

/**
 * Runs a change outside an HTTP request (CLI, demo seed, admins) through the same services a
 * SCIM request uses, and records it as a provisioning event with `actor` as who did it.
 */
export async function asActor<T>(
  services: Services,
  em: EntityManager,
  tenant: Tenant,
  actor: string,
  what: {
    method: string;
    path: string;
    tokenId?: string | null;
    writer?: 'scim' | 'admin';
    /** Reads are not written to the event log (the engine's lookups; its own log has them). */
    quietReads?: boolean;
  },
  run: (ctx: ScimContext) => Promise<T>,
): Promise<T> {
  const audit = newAudit();
  const ctx: ScimContext = {
    em,
    tenant,
    baseUrl: `${publicBase(services)}/scim/v2/${tenant.slug}`,
    writer: what.writer ?? (actor === 'scim' ? 'scim' : 'admin'),
    audit,
    actor,
    tokenId: what.tokenId ?? null,
    request: { method: what.method, path: what.path, startedAt: performance.now() },
  };
  let status = 200;
  let error: { status: number; scimType?: string; message: string } | undefined;
  try {
    const out = await run(ctx);
    status = what.method === 'POST' ? 201 : what.method === 'DELETE' ? 204 : 200;
    return out;
  } catch (err) {
    const e = err as { status?: number; scimType?: string; message?: string };
    error = { status: e.status ?? 500, scimType: e.scimType, message: e.message ?? 'error' };
    status = error.status;
    throw err;
  } finally {
    const quiet = what.quietReads && what.method === 'GET' && !error;
    if (!audit.recorded && !quiet) services.events.record(eventOf(ctx, status, error));
  }
}

/** PUBLIC_URL, else http://HOST:PORT (outside a request: the CLI, the demo seed). */
export function publicBase(services: Services): string {
  return configuredOrigin(services.config);
}
