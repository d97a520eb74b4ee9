import { compileObjectMapping } from '@scimdesk/scim';
import { describe, expect, it } from 'vitest';
import { sourceAttributeNames, targetOptions } from './mappingTargets';

const X = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('targetOptions', () => {
  it("lists the user's core, element, extension and custom paths with their types", () => {
    const custom = [
      { name: 'urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCode', type: 'Integer' as const },
    ];
    const list = targetOptions('user', custom);
    const byPath = new Map(list.map((o) => [o.path, o]));
    expect(byPath.get('userName')).toMatchObject({ type: 'String', required: true, custom: false });
    expect(byPath.get('active')?.type).toBe('Boolean');
    expect(byPath.get('name.givenName')?.type).toBe('String');
    expect(byPath.get('emails[type eq "work"].value')?.multiValued).toBe(false);
    expect(byPath.get('addresses[type eq "work"].postalCode')?.type).toBe('String');
    expect(byPath.get('roles[primary eq "True"].value')).toBeDefined();
    expect(byPath.get(`${ENT}:manager`)?.type).toBe('Reference');
    expect(byPath.get(`${X}:twoFactorEnabled`)?.type).toBe('Boolean');
    expect(byPath.get(custom[0].name)).toMatchObject({ type: 'Integer', custom: true });
    // Set by the target, or never written: not offered.
    for (const p of ['id', 'meta', 'groups', 'password']) expect(byPath.has(p)).toBe(false);
  });

  it('offers only paths the engine accepts as targets', () => {
    for (const objectType of ['user', 'group'] as const) {
      const mappings = targetOptions(objectType).map((o) => ({
        kind: 'constant' as const,
        source: 'x',
        target: o.path,
        apply: 'always' as const,
      }));
      const c = compileObjectMapping(objectType, {
        enabled: false,
        actions: { create: true, update: true, delete: true },
        mappings,
      });
      expect(c.diagnostics.filter((d) => d.code === 'MAP_INVALID_TARGET')).toEqual([]);
    }
  });

  it("lists a group's members and displayName", () => {
    const paths = targetOptions('group').map((o) => o.path);
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'members', 'externalId']));
  });
});

describe('sourceAttributeNames', () => {
  it("adds a sample object's own attributes after Entra's", () => {
    const names = sourceAttributeNames('user', { userPrincipalName: 'a@x', extension_app_costCenter: '42' });
    expect(names.slice(0, 2)).toEqual(['objectId', 'userPrincipalName']);
    expect(names.at(-1)).toBe('extension_app_costCenter');
    expect(names.filter((n) => n === 'userPrincipalName')).toHaveLength(1);
  });
});
