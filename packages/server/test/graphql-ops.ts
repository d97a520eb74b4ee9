import type { TenantFixture } from './graphql-fixture.js';

/** Every tenant-scoped query and mutation of the API, aimed at one fixture's tenant and ids. */
export interface Op {
  name: string;
  kind: 'query' | 'mutation';
  /** Takes ids of some object (so a test can aim one tenant's slug at another tenant's ids). */
  byId: boolean;
  doc: (slug: string, f: TenantFixture) => string;
}

export const OPS: Op[] = [
  { name: 'tenant', kind: 'query', byId: false, doc: (s) => `{ tenant(slug: "${s}") { id } }` },
  {
    name: 'users',
    kind: 'query',
    byId: false,
    doc: (s) => `{ users(tenant: "${s}") { totalCount edges { node { id } } } }`,
  },
  { name: 'user', kind: 'query', byId: true, doc: (s, f) => `{ user(tenant: "${s}", id: "${f.userId}") { id scim } }` },
  { name: 'groups', kind: 'query', byId: false, doc: (s) => `{ groups(tenant: "${s}") { totalCount } }` },
  { name: 'group', kind: 'query', byId: true, doc: (s, f) => `{ group(tenant: "${s}", id: "${f.groupId}") { id } }` },
  { name: 'scimTokens', kind: 'query', byId: false, doc: (s) => `{ scimTokens(tenant: "${s}") { id } }` },
  { name: 'apiTokens', kind: 'query', byId: false, doc: (s) => `{ apiTokens(tenant: "${s}") { id } }` },
  { name: 'admins', kind: 'query', byId: false, doc: (s) => `{ admins(tenant: "${s}") { id } }` },
  { name: 'events', kind: 'query', byId: false, doc: (s) => `{ events(tenant: "${s}") { totalCount } }` },
  {
    name: 'report',
    kind: 'query',
    byId: false,
    doc: (s) => `{ report(tenant: "${s}") { users eventsPerDay { day } } }`,
  },
  { name: 'health', kind: 'query', byId: false, doc: (s) => `{ health(tenant: "${s}") { code } }` },
  {
    name: 'updateUser',
    kind: 'mutation',
    byId: true,
    doc: (s, f) =>
      `mutation { updateUser(tenant: "${s}", id: "${f.userId}", input: { twoFactorEnabled: true }) { id } }`,
  },
  {
    name: 'renameUser',
    kind: 'mutation',
    byId: true,
    doc: (s, f) => `mutation { renameUser(tenant: "${s}", id: "${f.userId}", userName: "renamed.by.attacker") { id } }`,
  },
  {
    name: 'confirmPendingEmail',
    kind: 'mutation',
    byId: true,
    doc: (s, f) => `mutation { confirmPendingEmail(tenant: "${s}", id: "${f.userId}") { id } }`,
  },
  {
    name: 'createScimToken',
    kind: 'mutation',
    byId: false,
    doc: (s) => `mutation { createScimToken(tenant: "${s}") { secret } }`,
  },
  {
    name: 'revokeScimToken',
    kind: 'mutation',
    byId: true,
    doc: (s, f) => `mutation { revokeScimToken(tenant: "${s}", id: "${f.scimTokenId}") { id } }`,
  },
  {
    name: 'createAdmin',
    kind: 'mutation',
    byId: false,
    doc: (s) =>
      `mutation { createAdmin(tenant: "${s}", input: { userName: "intruder", role: OWNER }) { generatedPassword } }`,
  },
  {
    name: 'createApiToken',
    kind: 'mutation',
    byId: false,
    doc: (s) => `mutation { createApiToken(tenant: "${s}") { secret } }`,
  },
  {
    name: 'revokeApiToken',
    kind: 'mutation',
    byId: true,
    doc: (s, f) => `mutation { revokeApiToken(tenant: "${s}", id: "${f.apiTokenId}") { id } }`,
  },
];

export const CREATE_TENANT = 'mutation { createTenant(input: { slug: "made-by-test" }) { slug } }';
