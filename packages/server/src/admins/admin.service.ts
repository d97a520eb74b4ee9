import type { EntityManager } from '@mikro-orm/core';
import { USER_SCHEMA, usernameKey } from '@scimdesk/scim';
import { newId } from '../http/ids.js';
import { asActor } from '../scim/actor.js';
import type { Services } from '../scim/services.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { ScimUserRow } from '../users/user.entity.js';
import { AdminAccount, type AdminRole } from './admin.entity.js';
import { generatePassword, hashPassword } from './password.js';

export interface CreatedAdmin {
  admin: AdminAccount;
  /** Set when scimdesk generated the password (shown once). */
  generatedPassword?: string;
  linkedUser?: { id: string; created: boolean };
}

/**
 * Creates an admin account tied to the tenant user with the same userName: under the egnyte
 * rules the user is created (userType admin) when missing, as in the seed; under the standard
 * rules the tie is made only when such a user already exists.
 */
export async function createAdmin(
  services: Services,
  em: EntityManager,
  tenant: Tenant,
  input: {
    userName: string;
    email?: string;
    role?: AdminRole;
    password?: string;
    platformOwner?: boolean;
    actor?: string;
  },
): Promise<CreatedAdmin> {
  const actor = input.actor ?? 'cli';
  const lower = input.userName.toLowerCase();
  if (await em.findOne(AdminAccount, { tenantId: tenant.id, userNameLower: lower }))
    throw new Error(`Admin "${input.userName}" already exists in tenant ${tenant.slug}`);
  let user = await em.findOne(ScimUserRow, { tenantId: tenant.id, userNameLower: usernameKey(input.userName) });
  let created = false;
  if (!user && tenant.rules === 'egnyte') {
    const res = await asActor(services, em, tenant, actor, { method: 'POST', path: '/Users' }, (ctx) =>
      services.users.create(ctx, {
        schemas: [USER_SCHEMA],
        userName: input.userName,
        userType: 'admin',
        active: true,
        ...(input.email ? { emails: [{ value: input.email, type: 'work', primary: true }] } : {}),
        'urn:scim:schemas:extension:custom:egnyte:1.0:User': {
          authType: 'egnyte',
          ...(input.email ? { email: input.email } : {}),
        },
      }),
    );
    user = await em.findOneOrFail(ScimUserRow, { id: String(res.id) });
    created = true;
  } else if (user && tenant.rules === 'egnyte' && user.userType !== 'admin') {
    await asActor(services, em, tenant, actor, { method: 'PATCH', path: `/Users/${user.id}` }, (ctx) =>
      services.users.patch(ctx, user!.id, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'userType', value: 'admin' }],
      }),
    );
  }
  const generatedPassword = input.password ? undefined : generatePassword();
  const admin = Object.assign(new AdminAccount(), {
    id: newId(),
    tenantId: tenant.id,
    userName: input.userName,
    userNameLower: lower,
    email: input.email ?? null,
    role: input.role ?? 'owner',
    passwordHash: await hashPassword(input.password ?? generatedPassword!),
    userId: user?.id ?? null,
    platformOwner: input.platformOwner ?? false,
  });
  await em.persistAndFlush(admin);
  return { admin, generatedPassword, linkedUser: user ? { id: user.id, created } : undefined };
}

export async function findAdmin(em: EntityManager, tenant: Tenant, userName: string): Promise<AdminAccount | null> {
  return em.findOne(AdminAccount, { tenantId: tenant.id, userNameLower: userName.toLowerCase() });
}
