import type { EntityManager } from '@mikro-orm/core';
import { findAdmin } from '../admins/admin.service.js';
import type { Runtime } from '../runtime.js';
import { publicBase } from '../scim/actor.js';
import { requireTenant } from '../tenants/tenant.service.js';
import { CliError, parseDuration } from './args.js';

type Flags = Record<string, string | true>;

/** `api-token create --admin <userName> --tenant <slug> [--expires-in 30d] [--description D]`: the token is the last line. */
export async function createApiTokenCli(rt: Runtime, em: EntityManager, flags: Flags): Promise<void> {
  if (typeof flags.tenant !== 'string') throw new CliError('--tenant is required');
  if (typeof flags.admin !== 'string') throw new CliError('--admin is required');
  const tenant = await requireTenant(em, flags.tenant);
  const admin = await findAdmin(em, tenant, flags.admin);
  if (!admin) throw new CliError(`No admin "${flags.admin}" in tenant ${tenant.slug}`);
  const expiresInMs = typeof flags['expires-in'] === 'string' ? parseDuration(flags['expires-in']) : undefined;
  const description = typeof flags.description === 'string' ? flags.description : undefined;
  const { token, secret } = await rt.services.apiTokens.create(em, admin, {
    expiresInMs,
    description,
    createdBy: 'cli',
  });
  console.log(
    `API token ${token.id} for ${admin.userName} (${admin.role}) in ${tenant.slug}, expires ${token.expiresAt?.toISOString() ?? 'never'}`,
  );
  console.log(`GraphQL endpoint: ${publicBase(rt.services)}/graphql (send it as Authorization: Bearer <token>)`);
  console.log(secret);
}

export async function revokeApiTokenCli(rt: Runtime, em: EntityManager, id: string | undefined): Promise<void> {
  if (!id) throw new CliError('the token id is required');
  const token = await rt.services.apiTokens.revoke(em, id);
  if (!token) throw new CliError(`No API token ${id}`);
  console.log(`API token ${token.id} revoked at ${token.revokedAt?.toISOString()}`);
}
