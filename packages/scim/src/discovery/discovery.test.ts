import { describe, expect, it } from 'vitest';
import { LIST_RESPONSE_SCHEMA } from '../resource/list.js';
import { EGNYTE_USER_SCHEMA } from '../schemas/egnyte-user.js';
import { ENTERPRISE_USER_SCHEMA, enterpriseUserSchema } from '../schemas/enterprise-user.js';
import { GROUP_SCHEMA } from '../schemas/group.js';
import { allSchemas, groupResourceType, userResourceType } from '../schemas/resource-types.js';
import { USER_SCHEMA, userSchema } from '../schemas/user.js';
import { resourceTypesListResponse, schemasListResponse } from './lists.js';
import { findResourceType, RESOURCE_TYPE_SCHEMA, resourceTypeRepresentation } from './resource-type.js';
import { findSchema, SCHEMA_SCHEMA, schemaRepresentation } from './schema.js';
import { SERVICE_PROVIDER_CONFIG_SCHEMA, serviceProviderConfig } from './service-provider-config.js';

const base = 'https://scim.example.com/scim/v2/acme';

/** Every path in `v` whose value is null or undefined (Entra: "don't send nulls"). */
function nullPaths(v: unknown, path = '$'): string[] {
  if (v === null || v === undefined) return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => nullPaths(x, `${path}[${i}]`));
  if (typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => nullPaths(x, `${path}.${k}`));
  return [];
}

describe('serviceProviderConfig', () => {
  const opts = { baseUrl: `${base}/`, bulk: { maxOperations: 1000, maxPayloadSize: 1048576 }, filterMax: 200 };

  it('describes the features scimdesk supports', () => {
    expect(serviceProviderConfig(opts)).toEqual({
      schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
      patch: { supported: true },
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [
        {
          type: 'oauthbearertoken',
          name: 'OAuth Bearer Token',
          description: 'Authentication with a secret bearer token generated for the tenant in scimdesk.',
          specUri: 'https://www.rfc-editor.org/info/rfc6750',
          primary: true,
        },
      ],
      meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
    });
  });

  it('adds documentationUri only when given', () => {
    const config = serviceProviderConfig({ ...opts, documentationUri: 'https://docs.example.com/scim' });
    expect(config.documentationUri).toBe('https://docs.example.com/scim');
    expect(config.authenticationSchemes[0].documentationUri).toBe('https://docs.example.com/scim');
    expect(nullPaths(serviceProviderConfig(opts))).toEqual([]);
  });
});

describe('resourceTypeRepresentation', () => {
  it('lists the User extensions, none required', () => {
    expect(resourceTypeRepresentation(userResourceType, base)).toEqual({
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: USER_SCHEMA,
      schemaExtensions: [
        { schema: ENTERPRISE_USER_SCHEMA, required: false },
        { schema: EGNYTE_USER_SCHEMA, required: false },
      ],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    });
  });

  it('omits schemaExtensions for Group rather than sending an empty list', () => {
    const group = resourceTypeRepresentation(groupResourceType, base);
    expect(group).not.toHaveProperty('schemaExtensions');
    expect(group).toMatchObject({ schema: GROUP_SCHEMA, meta: { location: `${base}/ResourceTypes/Group` } });
  });

  it('finds a resource type by id in any case', () => {
    expect(findResourceType('user')).toBe(userResourceType);
    expect(findResourceType('GROUP')).toBe(groupResourceType);
    expect(findResourceType('Device')).toBeUndefined();
  });
});

describe('schemaRepresentation', () => {
  const user = schemaRepresentation(userSchema, base);

  it('carries id, name, meta and no common attributes', () => {
    expect(user).toMatchObject({
      schemas: [SCHEMA_SCHEMA],
      id: USER_SCHEMA,
      name: 'User',
      description: 'User Account',
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` },
    });
    expect(user.attributes.map((a) => a.name)).not.toContain('id');
    expect(user.attributes.map((a) => a.name)).toContain('userName');
  });

  it('writes every characteristic of a simple attribute', () => {
    expect(user.attributes.find((a) => a.name === 'userName')).toEqual({
      name: 'userName',
      type: 'string',
      multiValued: false,
      description: 'Unique identifier for the User, typically used by the user to directly authenticate.',
      required: true,
      caseExact: false,
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: 'server',
    });
    expect(user.attributes.find((a) => a.name === 'password')).toMatchObject({
      mutability: 'writeOnly',
      returned: 'never',
    });
  });

  it('writes subAttributes, canonicalValues and referenceTypes only when non-empty', () => {
    const emails = user.attributes.find((a) => a.name === 'emails');
    expect(emails?.multiValued).toBe(true);
    expect(emails?.subAttributes?.map((s) => s.name)).toEqual(['value', 'display', 'type', 'primary']);
    expect(emails?.subAttributes?.find((s) => s.name === 'type')?.canonicalValues).toEqual(['work', 'home', 'other']);
    const roleType = user.attributes.find((a) => a.name === 'roles')?.subAttributes?.find((s) => s.name === 'type');
    expect(roleType).not.toHaveProperty('canonicalValues');
    expect(user.attributes.find((a) => a.name === 'userName')).not.toHaveProperty('subAttributes');
    const manager = schemaRepresentation(enterpriseUserSchema, base).attributes.find((a) => a.name === 'manager');
    expect(manager?.subAttributes?.find((s) => s.name === '$ref')).toMatchObject({
      type: 'reference',
      referenceTypes: ['User'],
    });
    expect(manager?.subAttributes?.find((s) => s.name === 'displayName')?.mutability).toBe('readOnly');
  });

  it('sends no nulls in any schema', () => {
    for (const schema of allSchemas) expect(nullPaths(schemaRepresentation(schema, base))).toEqual([]);
  });

  it('finds a schema by URN in any case', () => {
    expect(findSchema(ENTERPRISE_USER_SCHEMA.toUpperCase())).toBe(enterpriseUserSchema);
    expect(findSchema('urn:nope')).toBeUndefined();
  });
});

describe('discovery list responses', () => {
  it('lists every schema as a ListResponse (Entra and Okta read Resources[0].id / attributes)', () => {
    const list = schemasListResponse(base);
    expect(list.schemas).toEqual([LIST_RESPONSE_SCHEMA]);
    expect(list.totalResults).toBe(allSchemas.length);
    expect(list.itemsPerPage).toBe(allSchemas.length);
    expect(list.Resources.map((s) => s.id)).toEqual([
      USER_SCHEMA,
      GROUP_SCHEMA,
      ENTERPRISE_USER_SCHEMA,
      EGNYTE_USER_SCHEMA,
    ]);
    expect(list.Resources[0].attributes.length).toBeGreaterThan(0);
  });

  it('lists resource types with name, endpoint and schema', () => {
    const list = resourceTypesListResponse(base);
    expect(list).toMatchObject({ totalResults: 2, startIndex: 1 });
    expect(list.Resources.map((t) => [t.name, t.endpoint, t.schema])).toEqual([
      ['User', '/Users', USER_SCHEMA],
      ['Group', '/Groups', GROUP_SCHEMA],
    ]);
  });
});
