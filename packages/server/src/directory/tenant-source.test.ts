import { describe, expect, it } from 'vitest';
import { scimSourceAttributes } from './tenant-source.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('a tenant user as source attributes (SCIM paths)', () => {
  it('flattens simple, complex, typed and primary multi-valued, and extension attributes', () => {
    const attrs = scimSourceAttributes(
      {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENT],
        userName: 'ada@contoso.example',
        active: false,
        name: { givenName: 'Ada', familyName: 'Lovelace' },
        emails: [
          { type: 'work', value: 'ada@contoso.example', primary: true },
          { type: 'home', value: 'ada@home.example' },
        ],
        phoneNumbers: [{ type: 'mobile', value: '+1 555 0100' }],
        roles: ['admin'],
        [ENT]: { department: 'Research', manager: { value: 'm-1', displayName: 'Boss' } },
        meta: { location: 'ignored' },
        password: 'never',
      },
      'u-1',
    );
    expect(attrs).toEqual({
      id: 'u-1',
      userName: 'ada@contoso.example',
      active: 'False',
      'name.givenName': 'Ada',
      'name.familyName': 'Lovelace',
      'emails[type eq "work"].value': 'ada@contoso.example',
      'emails[type eq "work"].type': 'work',
      'emails[type eq "work"].primary': 'True',
      'emails[primary eq true].value': 'ada@contoso.example',
      'emails[primary eq true].type': 'work',
      'emails[primary eq true].primary': 'True',
      'emails[type eq "home"].value': 'ada@home.example',
      'emails[type eq "home"].type': 'home',
      'phoneNumbers[type eq "mobile"].value': '+1 555 0100',
      'phoneNumbers[type eq "mobile"].type': 'mobile',
      roles: 'admin',
      [`${ENT}:department`]: 'Research',
      [`${ENT}:manager`]: 'm-1',
      [`${ENT}:manager.value`]: 'm-1',
      [`${ENT}:manager.displayName`]: 'Boss',
    });
    // Sorted keys: equal users serialize equally (the mirror rewrites only what changed).
    expect(Object.keys(attrs)).toEqual([...Object.keys(attrs)].sort());
  });

  it('keeps a type with a quote out of the paths (it could not be written as a filter)', () => {
    const attrs = scimSourceAttributes({ emails: [{ type: 'we"ird', value: 'x@y' }] }, 'u-2');
    expect(attrs).toEqual({ id: 'u-2' });
  });
});
