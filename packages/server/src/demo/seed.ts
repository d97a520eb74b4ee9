import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { en, Faker } from '@faker-js/faker';
import type { EntityManager } from '@mikro-orm/core';
import { EGNYTE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from '@scimdesk/scim';
import { AdminAccount } from '../admins/admin.entity.js';
import { createAdmin } from '../admins/admin.service.js';
import { generatePassword } from '../admins/password.js';
import { sqlitePath } from '../config.js';
import type { Runtime } from '../runtime.js';
import { asActor, publicBase } from '../scim/actor.js';
import type { Services } from '../scim/services.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { createTenant } from '../tenants/tenant.service.js';

/** The seed's three domains (egnyte rules, SSO on). */
export const DEMO_TENANTS = [
  { slug: 'acmeusw', name: 'Acme US West' },
  { slug: 'acmeuse', name: 'Acme US East' },
  { slug: 'acmeemea', name: 'Acme EMEA' },
];
const DEPARTMENTS = [
  'Engineering',
  'Sales',
  'Marketing',
  'Finance',
  'Legal',
  'Support',
  'Operations',
  'HR',
  'Design',
  'IT',
];
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** One demo admin with the same password in every demo tenant: one sign-in, a tenant switcher. */
export const DEMO_ADMIN = 'demo.admin';

/**
 * Creates the demo data once: per domain a tenant, the admin `demo.admin` (authType egnyte, the
 * seed's break-glass advice; one password for all three, so one sign-in reaches every tenant;
 * platform owner when it is the install's first admin), a SCIM token and users and groups sent through the same services a
 * SCIM request uses, so the event log shows them. Returns lines to print; secrets shown at
 * first start are kept in `<data dir>/demo-credentials.txt` (mode 600) so later starts can show them.
 */
export async function seedDemo(rt: Runtime): Promise<string[]> {
  const base = publicBase(rt.services);
  const credFile = credentialsFile(rt.config.DATABASE_URL);
  const em = rt.db.orm.em.fork();
  const lines: string[] = [];
  const password = generatePassword();
  const firstAdmin = (await em.count(AdminAccount, {})) === 0;
  for (const [i, t] of DEMO_TENANTS.entries()) {
    if (await em.findOne(Tenant, { slug: t.slug })) continue;
    const tenant = await createTenant(em, { ...t, rules: 'egnyte', ssoEnabled: true });
    const admin = await createAdmin(rt.services, em, tenant, {
      userName: DEMO_ADMIN,
      email: `admin@${t.slug}.example.com`,
      role: 'owner',
      password,
      platformOwner: firstAdmin && i === 0,
      actor: 'demo-seed',
    });
    const { token, secret } = await rt.services.tokens.create(em, tenant, admin.admin, { description: 'demo token' });
    await provisionDemo(rt.services, em, tenant, token.id, rt.config.DEMO_USERS_PER_TENANT, i + 1);
    lines.push(`${t.name}: tenant URL ${base}/scim/v2/${t.slug}`, `  secret token: ${secret}`);
  }
  if (lines.length)
    lines.push(
      `Dashboard and GraphQL (${base}/graphql) sign-in for ${lines.length / 2} tenant(s): ${DEMO_ADMIN} / password ${password}`,
    );
  if (credFile && lines.length) {
    mkdirSync(dirname(credFile), { recursive: true });
    writeFileSync(credFile, `${lines.join('\n')}\n`, { mode: 0o600 });
    chmodSync(credFile, 0o600);
  }
  await rt.services.events.flush();
  if (!lines.length && credFile && existsSync(credFile)) {
    return ['Demo data (created at first start):', ...readFileSync(credFile, 'utf8').trimEnd().split('\n')];
  }
  return lines.length
    ? ['Demo data created:', ...lines]
    : ['Demo tenants exist; their tokens were printed at first start.'];
}

function credentialsFile(url: string): string | undefined {
  if (!url.startsWith('sqlite:')) return undefined;
  const path = sqlitePath(url);
  return path === ':memory:' ? undefined : join(dirname(path), 'demo-credentials.txt');
}

/** Users and groups as Entra would provision them under the seed's mapping preset. */
async function provisionDemo(
  services: Services,
  em: EntityManager,
  tenant: Tenant,
  tokenId: string,
  count: number,
  seed: number,
) {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed * 7919);
  const domain = `${tenant.slug}.example.com`;
  const run = <T>(method: string, path: string, fn: Parameters<typeof asActor<T>>[5]) =>
    asActor(services, em, tenant, 'demo-seed', { method, path, tokenId, writer: 'scim' }, fn);
  const byDept = new Map<string, string[]>();
  const used = new Set<string>();
  for (let n = 0; n < count; n++) {
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    let userName = `${givenName}.${familyName}`.toLowerCase().replace(/[^a-z0-9._-]/g, '');
    while (used.has(userName)) userName = `${userName}${faker.number.int({ min: 1, max: 99 })}`;
    used.add(userName);
    const upn = `${userName}@${domain}`;
    const department = faker.helpers.arrayElement(DEPARTMENTS);
    const service = n % 97 === 5;
    const res = await run('POST', '/Users', (ctx) =>
      services.users.create(ctx, {
        schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
        userName,
        externalId: faker.string.uuid(),
        active: n % 23 !== 7,
        displayName: `${givenName} ${familyName}`,
        title: faker.person.jobTitle(),
        userType: n % 9 === 4 ? 'standard' : 'power',
        name: { givenName, familyName, formatted: `${givenName} ${familyName}` },
        emails: [{ value: upn, type: 'work', primary: true }],
        [ENTERPRISE_USER_SCHEMA]: { department, employeeNumber: String(10000 + n) },
        [EGNYTE_USER_SCHEMA]: {
          idpUserId: upn,
          email: upn,
          emailChangeImmediate: 'True',
          authType: 'sso',
          sendInvite: 'False',
          isServiceAccount: service,
          twoFactorEnabled: n % 3 === 0 && !service,
        },
      }),
    );
    const list = byDept.get(department) ?? [];
    list.push(String(res.id));
    byDept.set(department, list);
  }
  for (const [department, ids] of byDept) {
    const group = await run('POST', '/Groups', (ctx) =>
      services.groups.create(ctx, {
        schemas: [GROUP_SCHEMA],
        displayName: department,
        externalId: faker.string.uuid(),
      }),
    );
    for (let i = 0; i < ids.length; i += 50) {
      const value = ids.slice(i, i + 50).map((id) => ({ value: id }));
      await run('PATCH', `/Groups/${group.id}`, (ctx) =>
        services.groups.patch(ctx, String(group.id), {
          schemas: [PATCH_OP],
          Operations: [{ op: 'Add', path: 'members', value }],
        }),
      );
    }
  }
}
