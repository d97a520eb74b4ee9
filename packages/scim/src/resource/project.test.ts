import { describe, expect, it } from 'vitest';
import { EGNYTE_USER_SCHEMA } from '../schemas/egnyte-user.js';
import { ENTERPRISE_USER_SCHEMA } from '../schemas/enterprise-user.js';
import { GROUP_SCHEMA } from '../schemas/group.js';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import { attr, type ResourceTypeDef, type ScimResource } from '../schemas/types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import { parseAttributeList, projectResource } from './project.js';

const meta = { resourceType: 'User', created: '2024-05-01T12:00:00Z', lastModified: '2024-05-01T12:00:00Z' };

/** A stored user as normalizeResource plus the server would hold it. */
const stored: ScimResource = {
  schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA, EGNYTE_USER_SCHEMA],
  id: 'u1',
  externalId: 'ext-1',
  userName: 'bjensen',
  name: { familyName: 'Jensen', givenName: 'Barbara' },
  active: true,
  password: 'secret',
  emails: [
    { value: 'b@work', type: 'work', primary: true },
    { value: 'b@home', type: 'home' },
  ],
  [ENTERPRISE_USER_SCHEMA]: { department: 'R&D', manager: { value: 'm1', $ref: 'https://x/Users/m1' } },
  [EGNYTE_USER_SCHEMA]: { authType: 'sso' },
  meta,
};

const project = (opts: { attributes?: string; excludedAttributes?: string }) =>
  projectResource(stored, userResourceType, {
    attributes: parseAttributeList(opts.attributes),
    excludedAttributes: parseAttributeList(opts.excludedAttributes),
  });

const { password: _password, ...withoutPassword } = stored;

describe('projectResource: defaults', () => {
  it('returns everything but the password when nothing is asked', () => {
    expect(projectResource(stored, userResourceType, {})).toEqual(withoutPassword);
  });

  it('does not modify the stored resource', () => {
    const before = JSON.stringify(stored);
    project({ attributes: 'name.givenName', excludedAttributes: 'emails.type' });
    expect(JSON.stringify(stored)).toBe(before);
  });
});

describe('projectResource: attributes', () => {
  it('returns only the named attributes plus id and schemas', () => {
    expect(project({ attributes: 'userName' })).toEqual({ schemas: stored.schemas, id: 'u1', userName: 'bjensen' });
    expect(project({ attributes: 'id' })).toEqual({ schemas: stored.schemas, id: 'u1' });
  });

  it('selects sub-attributes of single and multi-valued complex attributes', () => {
    expect(project({ attributes: 'name.givenName,emails.value' })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      name: { givenName: 'Barbara' },
      emails: [{ value: 'b@work' }, { value: 'b@home' }],
    });
  });

  it('drops elements and attributes the sub-attribute selection leaves empty', () => {
    expect(project({ attributes: 'emails.display,name.middleName' })).toEqual({ schemas: stored.schemas, id: 'u1' });
  });

  it('matches names in any case', () => {
    expect(project({ attributes: 'USERNAME, Name.FamilyName, emails.PRIMARY' })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      userName: 'bjensen',
      name: { familyName: 'Jensen' },
      emails: [{ primary: true }],
    });
  });

  it('accepts URN-qualified names, keeping schemas unchanged', () => {
    expect(project({ attributes: `${ENTERPRISE_USER_SCHEMA}:department,${USER_SCHEMA}:active` })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      active: true,
      [ENTERPRISE_USER_SCHEMA]: { department: 'R&D' },
    });
    expect(project({ attributes: `${ENTERPRISE_USER_SCHEMA}:manager.value` })[ENTERPRISE_USER_SCHEMA]).toEqual({
      manager: { value: 'm1' },
    });
  });

  it('resolves an unqualified extension attribute name', () => {
    expect(project({ attributes: 'department' })[ENTERPRISE_USER_SCHEMA]).toEqual({ department: 'R&D' });
  });

  it('returns a whole extension, or the whole core schema, when its URN is named', () => {
    expect(project({ attributes: EGNYTE_USER_SCHEMA.toUpperCase() })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      [EGNYTE_USER_SCHEMA]: { authType: 'sso' },
    });
    const core = project({ attributes: USER_SCHEMA });
    expect(Object.keys(core)).toEqual(['schemas', 'id', 'externalId', 'userName', 'name', 'active', 'emails', 'meta']);
  });

  it('never returns the password, even when asked', () => {
    expect(project({ attributes: 'password,userName' })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      userName: 'bjensen',
    });
  });

  it('returns only id and schemas when every name is unknown', () => {
    expect(project({ attributes: 'nosuch,urn:x:y:z' })).toEqual({ schemas: stored.schemas, id: 'u1' });
  });
});

describe('projectResource: excludedAttributes', () => {
  it('removes members from a group (Entra: GET /Groups?excludedAttributes=members)', () => {
    const group = {
      schemas: [GROUP_SCHEMA],
      id: 'g1',
      displayName: 'Sales',
      members: [{ value: 'u1', display: 'Barbara' }],
      meta: { resourceType: 'Group' },
    };
    expect(projectResource(group, groupResourceType, { excludedAttributes: ['members'] })).toEqual({
      schemas: [GROUP_SCHEMA],
      id: 'g1',
      displayName: 'Sales',
      meta: { resourceType: 'Group' },
    });
  });

  it('cannot exclude id or schemas', () => {
    expect(project({ excludedAttributes: 'id,schemas' })).toEqual(withoutPassword);
  });

  it('removes sub-attributes, whole attributes, meta and whole extensions', () => {
    const out = project({ excludedAttributes: `name.givenName,emails.type,meta,${EGNYTE_USER_SCHEMA}` });
    expect(out).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      externalId: 'ext-1',
      userName: 'bjensen',
      name: { familyName: 'Jensen' },
      active: true,
      emails: [{ value: 'b@work', primary: true }, { value: 'b@home' }],
      [ENTERPRISE_USER_SCHEMA]: stored[ENTERPRISE_USER_SCHEMA],
    });
  });

  it('drops an extension key the exclusion leaves empty; schemas stays as stored', () => {
    const out = project({ excludedAttributes: `${ENTERPRISE_USER_SCHEMA}:department,manager` });
    expect(out).not.toHaveProperty(ENTERPRISE_USER_SCHEMA);
    expect(out.schemas).toEqual(stored.schemas);
  });

  it('applies exclusions to an attributes selection too', () => {
    expect(project({ attributes: 'emails', excludedAttributes: 'emails.type' })).toEqual({
      schemas: stored.schemas,
      id: 'u1',
      emails: [{ value: 'b@work', primary: true }, { value: 'b@home' }],
    });
  });
});

describe('projectResource: returned=request', () => {
  const badgeType: ResourceTypeDef = {
    ...userResourceType,
    schema: {
      ...userResourceType.schema,
      attributes: [...userResourceType.schema.attributes, attr('badge', 'string', { returned: 'request' })],
    },
  };
  const resource = { schemas: [USER_SCHEMA], id: 'u1', userName: 'a', badge: 'B-7' };

  it('returns a request-only attribute only when it is named', () => {
    expect(projectResource(resource, badgeType, {})).toEqual({ schemas: [USER_SCHEMA], id: 'u1', userName: 'a' });
    expect(projectResource(resource, badgeType, { attributes: [USER_SCHEMA] })).not.toHaveProperty('badge');
    expect(projectResource(resource, badgeType, { attributes: ['Badge'] })).toEqual({
      schemas: [USER_SCHEMA],
      id: 'u1',
      badge: 'B-7',
    });
  });
});

describe('parseAttributeList', () => {
  it('splits on commas, trims and drops blanks', () => {
    expect(parseAttributeList(' userName, name.givenName ,,emails ')).toEqual(['userName', 'name.givenName', 'emails']);
    expect(parseAttributeList('')).toEqual([]);
    expect(parseAttributeList(undefined)).toEqual([]);
  });
});
