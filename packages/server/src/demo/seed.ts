import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AdminAccount } from '../admins/admin.entity.js';
import { createAdmin } from '../admins/admin.service.js';
import { generatePassword } from '../admins/password.js';
import { sqlitePath } from '../config.js';
import type { Runtime } from '../runtime.js';
import { publicBase } from '../scim/actor.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { createTenant } from '../tenants/tenant.service.js';
import { seedDemoApps } from './apps.js';
import { seedDemoDirectory } from './directory.js';

/** The seed's three domains (egnyte rules, SSO on). */
export const DEMO_TENANTS = [
  { slug: 'acmeusw', name: 'Acme US West' },
  { slug: 'acmeuse', name: 'Acme US East' },
  { slug: 'acmeemea', name: 'Acme EMEA' },
];
/** One demo admin with the same password in every demo tenant: one sign-in, a tenant switcher. */
export const DEMO_ADMIN = 'demo.admin';

/**
 * Creates the demo data once: per domain a tenant, the admin `demo.admin` (authType egnyte, the
 * seed's break-glass advice; one password for all three, so one sign-in reaches every tenant;
 * platform owner when it is the install's first admin) and a SCIM token; then the source directory
 * `acme` and one provisioning app per domain, whose initial cycles bring the users and groups in
 * through the same services a SCIM request uses (demo/apps.ts), so the event and provisioning
 * logs show them. Returns lines to print; secrets shown at
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
    const { secret } = await rt.services.tokens.create(em, tenant, admin.admin, { description: 'demo token' });
    lines.push(`${t.name}: tenant URL ${base}/scim/v2/${t.slug}`, `  secret token: ${secret}`);
  }
  // The source directory and one app per domain; their initial cycles provision the tenants.
  await seedDemoDirectory(rt.services, rt.config.DEMO_DIRECTORY_USERS);
  const apps = await seedDemoApps(rt.services, em);
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
    return ['Demo data (created at first start):', ...readFileSync(credFile, 'utf8').trimEnd().split('\n'), ...apps];
  }
  return lines.length
    ? ['Demo data created:', ...lines, ...apps]
    : ['Demo tenants exist; their tokens were printed at first start.', ...apps];
}

function credentialsFile(url: string): string | undefined {
  if (!url.startsWith('sqlite:')) return undefined;
  const path = sqlitePath(url);
  return path === ':memory:' ? undefined : join(dirname(path), 'demo-credentials.txt');
}
