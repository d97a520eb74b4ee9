import { isDeepStrictEqual } from 'node:util';
import { en, Faker } from '@faker-js/faker';
import {
  ENTERPRISE_USER_SCHEMA,
  normalizeResource,
  type ScimResource,
  USER_SCHEMA,
  userResourceType,
} from '@scimdesk/scim';
import { newId } from '../src/http/ids.js';
import { rulesFor } from '../src/rules/index.js';
import type { Runtime } from '../src/runtime.js';
import { newAudit, type ScimContext } from '../src/scim/context.js';
import type { Tenant } from '../src/tenants/tenant.entity.js';
import { ScimUserRow } from '../src/users/user.entity.js';
import { userColumns } from '../src/users/user.mapper.js';

const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'Legal', 'Support', 'Operations', 'HR', 'IT'];

/** Deterministic pools of realistic values (faker, seeded) and a cheap PRNG to pick from them. */
export class UserFactory {
  private readonly first: string[];
  private readonly last: string[];
  private readonly titles: string[];

  constructor(seed = 20261129) {
    const faker = new Faker({ locale: [en] });
    faker.seed(seed);
    const uniq = (make: () => string, n: number) => [...new Set(Array.from({ length: n }, make))];
    this.first = uniq(() => faker.person.firstName(), 600);
    this.last = uniq(() => faker.person.lastName(), 600);
    this.titles = uniq(() => faker.person.jobTitle(), 300);
  }

  /** User number `n` as an IdP would POST it; the userName `first.last.n` is unique per n. */
  body(n: number): ScimResource {
    const h = hash32(n);
    const givenName = this.first[h % this.first.length];
    const familyName = this.last[(h >>> 10) % this.last.length];
    const userName = `${givenName}.${familyName}.${n}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    return {
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName,
      externalId: uuidOf(n),
      active: n % 23 !== 7,
      displayName: `${givenName} ${familyName}`,
      title: this.titles[(h >>> 20) % this.titles.length],
      userType: n % 9 === 4 ? 'Contractor' : 'Employee',
      name: { givenName, familyName, formatted: `${givenName} ${familyName}` },
      emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
      [ENTERPRISE_USER_SCHEMA]: { department: DEPARTMENTS[h % DEPARTMENTS.length], employeeNumber: String(100000 + n) },
    };
  }
}

/** The row UserService.create would insert for this body: same normalization, rules and userColumns(). */
export function rowFor(tenant: Tenant, body: ScimResource, createdAt: Date): ScimUserRow {
  const { resource } = normalizeResource(body, userResourceType, { mode: 'create' });
  const write = rulesFor(tenant.rules).prepareUserCreate(tenant, resource, 'scim');
  return Object.assign(new ScimUserRow(), {
    id: newId(),
    tenantId: tenant.id,
    ...userColumns(write.resource),
    createdAt,
    updatedAt: createdAt,
    version: 1,
  });
}

/**
 * Creates one user through UserService.create (the SCIM POST path) and checks that rowFor() builds
 * the same columns for the same body, so that bulk-loaded rows are what the service would store.
 */
export async function checkRowsMatchService(rt: Runtime, tenant: Tenant, factory: UserFactory): Promise<void> {
  const em = rt.db.orm.em.fork();
  const ctx: ScimContext = { em, tenant, baseUrl: 'http://bench/scim/v2/bench', writer: 'scim', audit: newAudit() };
  const body = { ...factory.body(0), userName: 'bench.selfcheck' };
  const created = await rt.services.users.create(ctx, body);
  const stored = await em.fork().findOneOrFail(ScimUserRow, { id: String(created.id) }, { disableIdentityMap: true });
  const built = rowFor(tenant, body, stored.createdAt);
  const keys = [...Object.keys(userColumns({ userName: '' })), 'tenantId', 'pendingEmail', 'version'];
  const cols = (r: ScimUserRow) => Object.fromEntries(keys.map((k) => [k, r[k as keyof ScimUserRow] ?? null]));
  if (!isDeepStrictEqual(cols(built), cols(stored)))
    throw new Error(
      `bulk rows differ from service rows:\n${JSON.stringify(cols(built))}\n${JSON.stringify(cols(stored))}`,
    );
  await rt.services.users.delete(ctx, stored.id);
}

function hash32(n: number): number {
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A stable, UUID-shaped externalId per user number (as an IdP object id would be). */
function uuidOf(n: number): string {
  const hex = [hash32(n), hash32(n + 0x1000000), hash32(n + 0x2000000), hash32(n + 0x3000000)]
    .map((x) => x.toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
