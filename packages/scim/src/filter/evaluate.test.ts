import { describe, expect, it } from 'vitest';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import type { ResourceTypeDef } from '../schemas/types.js';
import { scimErrorOf } from '../testing.js';
import { isPresentValue } from './attributes.js';
import { evaluateFilter } from './evaluate.js';
import { parseFilter } from './parser.js';
import { validateFilterPaths } from './validate.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

const user: Record<string, unknown> = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENT, EGN],
  id: '2819c223-7f76-453a-919d-413861904646',
  externalId: '4045ea11-f2b1-4e8a-9c1d-0a1b2c3d4e5f',
  userName: 'Bjensen@Contoso.com',
  name: { givenName: 'Barbara', familyName: 'Jensen', formatted: 'Ms. Barbara J Jensen III' },
  displayName: 'Babs Jensen',
  title: '',
  active: true,
  emails: [
    { value: 'bjensen@contoso.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  phoneNumbers: [],
  addresses: [{ type: 'work', streetAddress: '100 Universal City Plaza', country: 'USA' }],
  meta: {
    resourceType: 'User',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"a330bc54f0671c9"',
  },
  [ENT]: {
    employeeNumber: '701984',
    department: 'Retail',
    manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' },
  },
  [EGN]: { authType: 'sso', sendInvite: false, idpUserId: 'ABC-123' },
};

const group: Record<string, unknown> = {
  id: 'g1',
  externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
  displayName: 'Group One',
  members: [
    { value: '2819c223-7f76-453a-919d-413861904646', type: 'User', display: 'Babs Jensen' },
    { value: 'g2', type: 'Group' },
  ],
};

const matches = (filter: string, resource: Record<string, unknown> = user, rt: ResourceTypeDef = userResourceType) =>
  evaluateFilter(parseFilter(filter), resource, rt);

const errorOf = scimErrorOf;

describe('evaluateFilter: Entra ID fixtures', () => {
  it('Test Connection probe finds nobody', () => {
    expect(matches('userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"')).toBe(false);
  });

  it('matching by userName (case-insensitive) and externalId (caseExact)', () => {
    expect(matches('userName eq "bjensen@contoso.com"')).toBe(true);
    expect(matches('externalId eq "4045ea11-f2b1-4e8a-9c1d-0a1b2c3d4e5f"')).toBe(true);
    expect(matches('externalId eq "4045EA11-F2B1-4E8A-9C1D-0A1B2C3D4E5F"')).toBe(false);
    expect(matches('externalId eq jyoung')).toBe(false);
    expect(matches('externalId eq jyoung', { ...user, externalId: 'jyoung' })).toBe(true);
  });

  it('groups by displayName', () => {
    expect(matches('displayName eq "Group One"', group, groupResourceType)).toBe(true);
    expect(matches('displayName eq "group one"', group, groupResourceType)).toBe(true);
    expect(matches('displayName eq "Group Two"', group, groupResourceType)).toBe(false);
    expect(matches('members.value eq "g2"', group, groupResourceType)).toBe(true);
    expect(matches('members[type eq "Group" and value eq "g2"]', group, groupResourceType)).toBe(true);
    expect(matches('members[type eq "User" and value eq "g2"]', group, groupResourceType)).toBe(false);
  });

  it('emails[type eq "work"].value eq ...', () => {
    expect(matches('emails[type eq "work"].value eq "BJensen@contoso.com"')).toBe(true);
    expect(matches('emails[type eq "work"].value eq "babs@jensen.org"')).toBe(false);
    expect(matches('emails[type eq "home"].value pr')).toBe(true);
    expect(matches('emails[type eq "other"].value pr')).toBe(false);
  });

  it('id and manager (complex attribute compares its value)', () => {
    const f = 'ID eq "2819c223-7f76-453a-919d-413861904646" and manager eq "26118915-6090-4610-87e4-49d8ca9f808d"';
    expect(matches(f)).toBe(true);
    expect(matches(f.replace('26118915', '00000000'))).toBe(false);
    // manager stored as a bare id string still compares as its value
    const bare = { ...user, [ENT]: { manager: '26118915-6090-4610-87e4-49d8ca9f808d' } };
    expect(matches(f, bare)).toBe(true);
    expect(matches('manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"', bare)).toBe(true);
  });

  it('URN-qualified and unqualified extension attributes', () => {
    expect(matches(`${ENT}:department eq "retail"`)).toBe(true);
    expect(matches('department eq "Retail"')).toBe(true);
    expect(matches(`${ENT}:manager.displayName sw "john"`)).toBe(true);
    expect(matches(`${EGN}:authType eq "SSO"`)).toBe(true);
    expect(matches('authType eq "sso" and sendInvite eq false')).toBe(true);
    expect(matches(`${ENT.toUpperCase()}:DEPARTMENT eq "Retail"`)).toBe(true);
    expect(matches('urn:ietf:params:scim:schemas:core:2.0:User:userName sw "bjensen"')).toBe(true);
  });

  it('capitalised operators', () => {
    expect(matches('userName EQ "bjensen@contoso.com" AND Active Eq TRUE')).toBe(true);
  });
});

describe('evaluateFilter: operators', () => {
  it.each([
    ['displayName eq "babs jensen"', true],
    ['displayName ne "babs jensen"', false],
    ['displayName ne "someone"', true],
    ['displayName co "S JEN"', true],
    ['displayName co "xyz"', false],
    ['displayName sw "babs"', true],
    ['displayName sw "jensen"', false],
    ['displayName ew "JENSEN"', true],
    ['displayName ew "babs"', false],
    ['displayName gt "Babs"', true],
    ['displayName gt "c"', false],
    ['displayName ge "babs jensen"', true],
    ['displayName lt "c"', true],
    ['displayName lt "babs jensen"', false],
    ['displayName le "BABS JENSEN"', true],
  ])('strings: %s -> %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('caseExact attributes compare exactly', () => {
    expect(matches('id eq "2819C223-7F76-453A-919D-413861904646"')).toBe(false);
    expect(matches('meta.version co "a330BC"')).toBe(false);
    expect(matches('meta.version co "a330bc"')).toBe(true);
    expect(matches('meta.resourceType eq "user"')).toBe(false);
  });

  it.each([
    ['meta.lastModified gt "2011-05-13T04:42:33Z"', true],
    ['meta.lastModified gt "2011-05-13T04:42:34Z"', false],
    ['meta.lastModified ge "2011-05-13T04:42:34Z"', true],
    ['meta.lastModified eq "2011-05-13T06:42:34+02:00"', true],
    ['meta.lastModified lt "2011-05-13T06:42:34.001+02:00"', true],
    ['meta.created le "2010-01-23"', false],
    ['meta.created ge "2010-01-23"', true],
    ['meta.created sw "2010-01"', true],
    ['meta.created eq "not a date"', false],
  ])('dateTime: %s -> %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('booleans', () => {
    expect(matches('active eq true')).toBe(true);
    expect(matches('active eq false')).toBe(false);
    expect(matches('active ne false')).toBe(true);
    expect(matches('active eq "True"')).toBe(true);
    expect(matches('active gt false')).toBe(false);
    expect(matches('emails[primary eq true].value ew "contoso.com"')).toBe(true);
    expect(matches('emails[primary eq true].value ew "jensen.org"')).toBe(false);
  });

  it('numbers (on a synthetic integer attribute)', () => {
    const rt: ResourceTypeDef = {
      ...userResourceType,
      schema: {
        ...userResourceType.schema,
        attributes: [
          ...userResourceType.schema.attributes,
          { ...userResourceType.schema.attributes[0], name: 'age', type: 'integer' },
        ],
      },
    };
    const r = { age: 42 };
    expect(matches('age eq 42', r, rt)).toBe(true);
    expect(matches('age eq 42.0', r, rt)).toBe(true);
    expect(matches('age gt 41.5', r, rt)).toBe(true);
    expect(matches('age ge 4.2e1', r, rt)).toBe(true);
    expect(matches('age lt 42', r, rt)).toBe(false);
    expect(matches('age le -1', r, rt)).toBe(false);
    expect(matches('age ne 7', r, rt)).toBe(true);
    expect(matches('age co 4', r, rt)).toBe(false);
    expect(matches('age eq "42"', r, rt)).toBe(true);
  });

  it('numeric literal against a string attribute compares its text', () => {
    expect(matches('employeeNumber eq 701984')).toBe(true);
    expect(matches('employeeNumber sw 70')).toBe(true);
  });

  it('present', () => {
    expect(matches('userName pr')).toBe(true);
    expect(matches('title pr')).toBe(false); // ""
    expect(matches('nickName pr')).toBe(false); // undefined
    expect(matches('phoneNumbers pr')).toBe(false); // []
    expect(matches('emails pr')).toBe(true);
    expect(matches('name pr')).toBe(true);
    expect(matches('name.middleName pr')).toBe(false);
    expect(matches('manager pr')).toBe(true);
    expect(matches('timezone pr', { ...user, timezone: null })).toBe(false);
    expect(matches('name pr', { ...user, name: {} })).toBe(false);
    expect(matches('emails pr', { ...user, emails: [{ value: '' }] })).toBe(false);
    expect(isPresentValue(false)).toBe(true);
    expect(isPresentValue(0)).toBe(true);
  });

  it('ne on a missing attribute is true; eq/gt on it false', () => {
    expect(matches('nickName ne "x"')).toBe(true);
    expect(matches('nickName eq "x"')).toBe(false);
    expect(matches('nickName gt "a"')).toBe(false);
    expect(matches('phoneNumbers.value ne "x"')).toBe(true);
    expect(matches('division ne "x"')).toBe(true);
  });

  it('null literals mean absence', () => {
    expect(matches('nickName eq null')).toBe(true);
    expect(matches('title eq null')).toBe(true);
    expect(matches('userName eq null')).toBe(false);
    expect(matches('userName ne null')).toBe(true);
    expect(matches('userName gt null')).toBe(false);
  });
});

describe('evaluateFilter: multi-valued and logic', () => {
  it('any element matches without brackets', () => {
    expect(matches('emails.value eq "babs@jensen.org"')).toBe(true);
    expect(matches('emails eq "babs@jensen.org"')).toBe(true);
    expect(matches('emails co "nobody"')).toBe(false);
    expect(matches('emails.type eq "home"')).toBe(true);
    expect(matches('addresses.country eq "usa"')).toBe(true);
  });

  it('value paths require one element to match the whole filter', () => {
    expect(matches('emails[type eq "home" and value ew "jensen.org"]')).toBe(true);
    expect(matches('emails[type eq "home" and value ew "contoso.com"]')).toBe(false);
    expect(matches('emails[type eq "home" or primary eq true]')).toBe(true);
    expect(matches('emails[not (type eq "work")]')).toBe(true);
    expect(matches('phoneNumbers[type eq "work"]')).toBe(false);
    expect(matches('name[givenName eq "barbara"]')).toBe(true);
    expect(matches('emails[TYPE eq "work" and Value pr]')).toBe(true);
    expect(matches('emails[nonsense eq "work"]')).toBe(false);
  });

  it('precedence, not and nesting', () => {
    expect(matches('userName eq "x" or displayName sw "babs" and active eq true')).toBe(true);
    expect(matches('(userName eq "x" or displayName sw "babs") and active eq false')).toBe(false);
    expect(matches('userName eq "x" and displayName sw "babs" or active eq true')).toBe(true);
    expect(matches('not (userName eq "x")')).toBe(true);
    expect(matches('not (not (userName pr))')).toBe(true);
    expect(matches('not ((emails[type eq "work"] and title pr) or nickName pr)')).toBe(true);
  });

  it('unknown attributes never match', () => {
    expect(matches('foo eq "x"')).toBe(false);
    expect(matches('foo ne "x"')).toBe(false);
    expect(matches('foo pr')).toBe(false);
    expect(matches('name.foo pr')).toBe(false);
    expect(matches('urn:example:nope:attr eq "x"')).toBe(false);
    expect(matches('not (foo eq "x")')).toBe(true);
  });

  it('tolerates odd data without throwing', () => {
    const odd = { userName: { nested: true }, emails: 'not-a-list', name: 'flat', [ENT]: 'oops', meta: [1, null] };
    for (const f of [
      'userName eq "x"',
      'userName ne "x"',
      'emails[type eq "work"]',
      'emails eq "not-a-list"',
      'name.givenName pr',
      'department eq "x"',
      'meta.created gt "2020-01-01"',
    ]) {
      expect(() => matches(f, odd)).not.toThrow();
    }
    expect(matches('emails eq "not-a-list"', odd)).toBe(true);
    expect(matches('userName ne "x"', odd)).toBe(true);
  });
});

describe('validateFilterPaths', () => {
  const validate = (f: string, rt: ResourceTypeDef = userResourceType) => validateFilterPaths(parseFilter(f), rt);

  it('accepts known paths, any case, qualified or not', () => {
    for (const f of [
      'userName eq "x" and ID eq "y" and externalId pr and meta.lastModified gt "2020-01-01T00:00:00Z"',
      'emails[type eq "work"].value eq "x"',
      `${ENT}:manager.value eq "x" and manager eq "y" and department pr`,
      `${EGN}:authType eq "sso" and not (sendInvite eq true)`,
      'groups.$ref pr',
      'emails[TYPE eq "work" and not (Primary eq false)]',
    ]) {
      expect(() => validate(f), f).not.toThrow();
    }
    expect(() => validate('displayName eq "Group One" and members[value eq "x"]', groupResourceType)).not.toThrow();
  });

  it.each([
    ['foo eq "x"', 'Unknown attribute "foo"'],
    ['name.foo pr', 'Unknown attribute "name.foo"'],
    ['emails[foo eq "x"]', 'Unknown attribute "emails.foo"'],
    ['emails[type eq "work"].valu eq "x"', 'Unknown attribute "emails.valu"'],
    ['urn:example:nope:userName eq "x"', 'Unknown attribute "urn:example:nope:userName"'],
    [`${ENT}:userName eq "x"`, `Unknown attribute "${ENT}:userName"`],
    ['userName eq "x" or not (bar pr)', 'Unknown attribute "bar"'],
    ['name eq "x"', 'Attribute "name" is complex; compare one of its sub-attributes'],
    ['active gt true', 'Operator "gt" cannot compare the boolean attribute "active"'],
    ['emails[primary co "t"]', 'Operator "co" cannot compare the boolean attribute "emails.primary"'],
    ['x509Certificates.value lt "x"', 'Operator "lt" cannot compare the binary attribute "x509Certificates.value"'],
    ['userName[value eq "x"]', 'Attribute "userName" is neither multi-valued nor complex; "[...]" does not apply'],
  ])('%s', (f, message) => {
    const e = errorOf(() => validate(f));
    expect(e.status).toBe(400);
    expect(e.scimType).toBe('invalidFilter');
    expect(e.message).toBe(message);
  });

  it('checks against the resource type', () => {
    expect(errorOf(() => validate('userName eq "x"', groupResourceType)).message).toBe('Unknown attribute "userName"');
    expect(errorOf(() => validate('members pr')).message).toBe('Unknown attribute "members"');
  });
});
