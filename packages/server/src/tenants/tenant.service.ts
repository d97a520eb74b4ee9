import type { EntityManager } from '@mikro-orm/core';
import { newId } from '../http/ids.js';
import { type RuleSetName, Tenant } from './tenant.entity.js';

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** True when `text` can be a tenant's slug: anything else is found nowhere, so no query is needed. */
export const isTenantSlug = (text: string): boolean => SLUG.test(text);

export class TenantError extends Error {
  constructor(
    readonly code: 'INVALID_SLUG' | 'TENANT_EXISTS' | 'TENANT_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

export async function createTenant(
  em: EntityManager,
  input: { slug: string; name?: string; rules?: RuleSetName; ssoEnabled?: boolean },
): Promise<Tenant> {
  if (!SLUG.test(input.slug))
    throw new TenantError('INVALID_SLUG', `Tenant slug "${input.slug}" must be 2-63 lower-case letters, digits or "-"`);
  if (await em.findOne(Tenant, { slug: input.slug }))
    throw new TenantError('TENANT_EXISTS', `Tenant "${input.slug}" exists`);
  const tenant = Object.assign(new Tenant(), {
    id: newId(),
    slug: input.slug,
    name: input.name ?? input.slug,
    rules: input.rules ?? 'egnyte',
    ssoEnabled: input.ssoEnabled ?? false,
  });
  await em.persistAndFlush(tenant);
  return tenant;
}

export async function requireTenant(em: EntityManager, slug: string): Promise<Tenant> {
  const tenant = await em.findOne(Tenant, { slug });
  if (!tenant) throw new TenantError('TENANT_NOT_FOUND', `No tenant "${slug}"`);
  return tenant;
}
