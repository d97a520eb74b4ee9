/** The ScimTarget of an app: its local tenant in-process, or its external SCIM base URL over HTTP. */
import type { EntityManager } from '@mikro-orm/core';
import { secretFromEnv } from '../config.js';
import { LocalTenantTarget } from '../outbound/local-target.js';
import type { ConnectionTest, ScimTarget } from '../outbound/target.js';
import type { Services } from '../scim/services.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { App } from './app.entity.js';

export class TargetUnavailable extends Error {}

export async function targetFor(services: Services, em: EntityManager, app: App): Promise<ScimTarget> {
  if (app.targetTenantId) {
    const tenant = await em.findOne(Tenant, { id: app.targetTenantId });
    if (!tenant) throw new TargetUnavailable(`The target tenant of app ${app.name} no longer exists.`);
    return new LocalTenantTarget(services, em, tenant, `app:${app.name}`);
  }
  if (!app.targetUrl) throw new TargetUnavailable(`App ${app.name} has no target.`);
  const token = app.targetTokenEnv
    ? secretFromEnv(app.targetTokenEnv)
    : app.targetTokenSealed
      ? services.secrets.open(app.targetTokenSealed)
      : undefined;
  if (!token)
    throw new TargetUnavailable(
      app.targetTokenEnv
        ? `The environment variable ${app.targetTokenEnv} (the target's token) is not set.`
        : `App ${app.name} has no target token.`,
    );
  // Loaded on first use: undici is not needed by apps that target a local tenant.
  const { HttpScimTarget } = await import('../outbound/http-target.js');
  return new HttpScimTarget({ baseUrl: app.targetUrl, token, policy: services.httpPolicy });
}

export async function testTarget(services: Services, em: EntityManager, app: App): Promise<ConnectionTest> {
  let target: ScimTarget | undefined;
  try {
    target = await targetFor(services, em, app);
    return await target.testConnection();
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  } finally {
    await target?.close();
  }
}
