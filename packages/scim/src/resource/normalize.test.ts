import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.js';
import { ENTERPRISE_USER_SCHEMA } from '../schemas/enterprise-user.js';
import { GROUP_SCHEMA } from '../schemas/group.js';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import { USER_SCHEMA } from '../schemas/user.js';
import { normalizeResource } from './normalize.js';

const create = { mode: 'create' } as const;
const user = (body: unknown) => normalizeResource(body, userResourceType, create);

/** The ScimError `fn` throws, as { status, scimType, detail }. */
function errorOf(fn: () => unknown): { status: number; scimType?: string; detail: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScimError) return { status: e.status, scimType: e.scimType, detail: e.detail };
    throw e;
  }
  throw new Error('expected a ScimError');
}

describe('normalizeResource: names', () => {
  it('matches attribute names in any case and writes them schema-cased', () => {
    const { resource, ignored } = user({
      SCHEMAS: [USER_SCHEMA.toUpperCase()],
      USERNAME: 'bjensen',
      Name: { GivenName: 'Barbara', FAMILYNAME: 'Jensen' },
      EMAILS: [{ VALUE: 'b@x.com', Type: 'Work', PRIMARY: 'TRUE' }],
      'URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER': { DEPARTMENT: 'R&D' },
    });
    expect(resource).toEqual({
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName: 'bjensen',
      name: { familyName: 'Jensen', givenName: 'Barbara' },
      emails: [{ value: 'b@x.com', type: 'Work', primary: true }],
      [ENTERPRISE_USER_SCHEMA]: { department: 'R&D' },
    });
    expect(ignored).toEqual([]);
  });

  it('places dotted and URN-qualified top-level keys, merging them with the object form', () => {
    const { resource } = user({
      userName: 'a',
      name: { givenName: 'Kkom' },
      'name.FamilyName': 'Unua',
      [`${ENTERPRISE_USER_SCHEMA}:employeeNumber`]: 'Aklq',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager.value': 'm1',
      [`${USER_SCHEMA}:nickName`]: 'Babs',
    });
    expect(resource).toEqual({
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName: 'a',
      name: { familyName: 'Unua', givenName: 'Kkom' },
      nickName: 'Babs',
      [ENTERPRISE_USER_SCHEMA]: { employeeNumber: 'Aklq', manager: { value: 'm1' } },
    });
  });

  it('lists attributes no schema defines in `ignored`, as sent, and stores none of them', () => {
    const { resource, ignored } = user({
      userName: 'a',
      foo: 1,
      name: { givenName: 'A', nickname: 'x' },
      emails: [{ value: 'a@x', label: 'work' }],
      'urn:x:y': { bar: 1 },
      'urn:x:y:baz': 'q',
      [ENTERPRISE_USER_SCHEMA]: { favouriteColour: 'red', department: 'D' },
    });
    expect(ignored).toEqual([
      'foo',
      'name.nickname',
      'emails.label',
      'urn:x:y:bar',
      'urn:x:y:baz',
      `${ENTERPRISE_USER_SCHEMA}:favouriteColour`,
    ]);
    expect(resource).toEqual({
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName: 'a',
      name: { givenName: 'A' },
      emails: [{ value: 'a@x' }],
      [ENTERPRISE_USER_SCHEMA]: { department: 'D' },
    });
  });
});

describe('normalizeResource: mutability', () => {
  it('drops readOnly attributes silently: id, meta, groups, manager.displayName (members[].display is kept)', () => {
    const { resource, ignored } = user({
      id: 'client-chosen',
      meta: { resourceType: 'User', created: '2019-09-18T18:15:26.5788954+00:00' },
      'meta.lastModified': '2019-09-18T18:15:26Z',
      userName: 'a',
      groups: [{ value: 'g1', display: 'G' }],
      [ENTERPRISE_USER_SCHEMA]: { manager: { value: 'm', displayName: 'Boss' } },
    });
    expect(resource).toEqual({
      schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName: 'a',
      [ENTERPRISE_USER_SCHEMA]: { manager: { value: 'm' } },
    });
    expect(ignored).toEqual([]);
    const group = normalizeResource(
      { displayName: 'G', members: [{ value: 'u1', display: 'U', type: 'User' }] },
      groupResourceType,
      create,
    );
    expect(group.resource).toEqual({
      schemas: [GROUP_SCHEMA],
      displayName: 'G',
      members: [{ value: 'u1', display: 'U', type: 'User' }],
    });
  });

  it('keeps the writeOnly password in the stored form', () => {
    expect(user({ userName: 'a', password: 't1meMa$heen' }).resource.password).toBe('t1meMa$heen');
  });

  it('keeps externalId and empty strings as sent', () => {
    const { resource } = user({ userName: 'a', externalId: 'EXT-1', displayName: '', title: null });
    expect(resource).toEqual({ schemas: [USER_SCHEMA], externalId: 'EXT-1', userName: 'a', displayName: '' });
  });
});

describe('normalizeResource: multi-valued attributes', () => {
  it('wraps a single object, keeps only the first primary, removes exact duplicates and null elements', () => {
    const { resource } = user({
      userName: 'a',
      addresses: { locality: 'Oslo', type: 'home' },
      emails: [
        { value: 'a@x', type: 'work', primary: true },
        null,
        { value: 'b@x', type: 'home', primary: 'True' },
        { value: 'a@x', type: 'work', primary: true },
        { value: 'b@x', type: 'home', primary: false },
      ],
    });
    expect(resource.addresses).toEqual([{ locality: 'Oslo', type: 'home' }]);
    expect(resource.emails).toEqual([
      { value: 'a@x', type: 'work', primary: true },
      { value: 'b@x', type: 'home', primary: false },
    ]);
  });

  it('treats canonicalValues as suggestions: custom and differently cased types are kept', () => {
    const { resource } = user({ userName: 'a', phoneNumbers: [{ value: '+1 555', type: 'Satellite' }] });
    expect(resource.phoneNumbers).toEqual([{ value: '+1 555', type: 'Satellite' }]);
  });

  it('keeps an empty list as sent and drops elements left empty', () => {
    const { resource } = user({ userName: 'a', roles: [], photos: [{ value: null, display: null }] });
    expect(resource.roles).toEqual([]);
    expect(resource.photos).toEqual([]);
  });
});

describe('normalizeResource: schemas', () => {
  it('tolerates a body without schemas and lists only extensions that have data', () => {
    const { resource } = user({ userName: 'a', [ENTERPRISE_USER_SCHEMA]: {} });
    expect(resource).toEqual({ schemas: [USER_SCHEMA], userName: 'a' });
  });

  it('refuses a schemas list without the core schema of the endpoint', () => {
    expect(errorOf(() => user({ schemas: [GROUP_SCHEMA], userName: 'a' }))).toEqual({
      status: 400,
      scimType: 'invalidValue',
      detail: `"schemas" must include "${USER_SCHEMA}" for a User`,
    });
  });
});

describe('normalizeResource: errors', () => {
  it.each([
    ['an array', []],
    ['null', null],
    ['a string', '{"userName":"a"}'],
  ])('rejects %s as body with 400 invalidSyntax', (_, body) => {
    expect(errorOf(() => user(body))).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
  });

  it('rejects a schemas value that is not a list of strings with 400 invalidSyntax', () => {
    expect(errorOf(() => user({ schemas: USER_SCHEMA, userName: 'a' }))).toMatchObject({
      status: 400,
      scimType: 'invalidSyntax',
    });
  });

  it.each([
    [{}, 'Attribute "userName" is required'],
    [{ userName: null }, 'Attribute "userName" is required'],
    [{ userName: '' }, 'Attribute "userName" is required'],
    [{ userName: '   ' }, 'Attribute "userName" is required'],
  ])('requires userName: %j', (body, detail) => {
    expect(errorOf(() => user(body))).toEqual({ status: 400, scimType: 'invalidValue', detail });
  });

  it('requires displayName on a Group, also on replace', () => {
    expect(errorOf(() => normalizeResource({ members: [] }, groupResourceType, { mode: 'replace' }))).toEqual({
      status: 400,
      scimType: 'invalidValue',
      detail: 'Attribute "displayName" is required',
    });
  });

  it.each([
    [{ active: 'yes' }, 'Attribute "active" must be a boolean, got "yes"'],
    [{ active: 1 }, 'Attribute "active" must be a boolean, got 1'],
    [{ displayName: true }, 'Attribute "displayName" must be a string, got true'],
    [{ displayName: { text: 'x' } }, 'Attribute "displayName" must be a string, got {"text":"x"}'],
    [{ name: 'Barbara Jensen' }, 'Attribute "name" must be a complex object, got "Barbara Jensen"'],
    [{ emails: ['a@x'] }, 'Attribute "emails" must be a list of complex objects, got an element "a@x"'],
    [{ emails: [{ value: 'a@x', primary: 'yes' }] }, 'Attribute "emails.primary" must be a boolean, got "yes"'],
    [
      { x509Certificates: [{ value: 'not base64!' }] },
      'Attribute "x509Certificates.value" must be base64-encoded binary, got "not base64!"',
    ],
    [{ [ENTERPRISE_USER_SCHEMA]: 'Sales' }, `"${ENTERPRISE_USER_SCHEMA}" must be a JSON object of its attributes`],
    [
      { [ENTERPRISE_USER_SCHEMA]: { manager: true } },
      `Attribute "${ENTERPRISE_USER_SCHEMA}:manager" must be a complex object, got true`,
    ],
    [{ 'emails.value': 'a@x' }, 'Attribute "emails.value" cannot be set alone: "emails" is multi-valued'],
  ])('rejects %j with 400 invalidValue', (extra, detail) => {
    expect(errorOf(() => user({ userName: 'a', ...extra }))).toEqual({ status: 400, scimType: 'invalidValue', detail });
  });
});
