import { describe, expect, it } from 'vitest';
import { groupResourceType } from '../schemas/resource-types.js';
import type { ScimResource } from '../schemas/types.js';
import { applyPatch } from './apply.js';
import { deepFreeze, patchBody, scimErrorOf, storedGroup } from './fixtures.js';

/** Group PATCH shapes of azure.md §1.7-1.8 and quirks §7.3 / §7.9. */

function patch(resource: ScimResource, ...ops: unknown[]) {
  return applyPatch(deepFreeze(resource), patchBody(...ops), groupResourceType);
}

const [A, B, C] = ['f648f8d5ea4e4cd38e9c', '7f4bc1a3-285e-48ae-8202-5accb43efb0e', 'a1b2c3d4e5f6a7b8c9d0'];
const member = (value: string) => ({ value, type: 'User' });

function newGroup(): ScimResource {
  return { ...storedGroup(), members: [] };
}

describe('Entra group PATCH (§1.8)', () => {
  it('Replace displayName', () => {
    const r = patch(storedGroup(), { op: 'Replace', path: 'displayName', value: 'Renamed' });
    expect(r.resource).toEqual({ ...storedGroup(), displayName: 'Renamed' });
    expect(r.changed).toEqual(['displayName']);
  });

  it('Add members with "$ref": null to a freshly created group (members: [])', () => {
    const r = patch(newGroup(), { op: 'Add', path: 'members', value: [{ $ref: null, value: A }] });
    expect(r.resource).toEqual({ ...storedGroup(), members: [{ value: A }] });
    expect(r.changed).toEqual(['members']);
    expect(r.ignored).toEqual([]);
  });

  it('Add several members in one PATCH: new ones are appended, existing ones left alone', () => {
    const r = patch(
      storedGroup(),
      {
        op: 'Add',
        path: 'members',
        value: [
          { $ref: null, value: 'new-1' },
          { $ref: null, value: B },
        ],
      },
      { op: 'Add', path: 'members', value: [{ $ref: null, value: 'new-2' }] },
    );
    expect(r.resource.members).toEqual([member(A), member(B), member(C), { value: 'new-1' }, { value: 'new-2' }]);
  });

  it('§7.9: re-adding an existing member is a no-op success', () => {
    const r = patch(storedGroup(), { op: 'Add', path: 'members', value: [{ $ref: null, value: A }] });
    expect(r.resource).toEqual(storedGroup());
    expect(r.changed).toEqual([]);
  });

  it('the same member twice in one Add value is stored once', () => {
    const r = patch(newGroup(), { op: 'add', path: 'members', value: [{ value: A }, { value: A, type: 'User' }] });
    expect(r.resource.members).toEqual([{ value: A }]);
  });

  it('§7.3 default Remove: path "members" with a value list removes ONLY the listed member', () => {
    const r = patch(storedGroup(), { op: 'Remove', path: 'members', value: [{ $ref: null, value: A }] });
    expect(r.resource).toEqual({ ...storedGroup(), members: [member(B), member(C)] });
    expect(r.changed).toEqual(['members']);
  });

  it('default Remove with two listed members removes exactly those two', () => {
    const r = patch(storedGroup(), {
      op: 'Remove',
      path: 'members',
      value: [
        { $ref: null, value: A },
        { $ref: null, value: C },
      ],
    });
    expect(r.resource.members).toEqual([member(B)]);
  });

  it('default Remove of a member that is not in the group is a no-op', () => {
    const r = patch(storedGroup(), { op: 'Remove', path: 'members', value: [{ $ref: null, value: 'stranger' }] });
    expect(r.resource).toEqual(storedGroup());
    expect(r.changed).toEqual([]);
  });

  it('Remove with an empty value list removes nothing (never "all")', () => {
    const r = patch(storedGroup(), { op: 'Remove', path: 'members', value: [] });
    expect(r.resource).toEqual(storedGroup());
  });

  it('§1.7 flag Remove: members[value eq "id"] removes only that member', () => {
    const r = patch(storedGroup(), { op: 'remove', path: `members[value eq "${B}"]` });
    expect(r.resource).toEqual({ ...storedGroup(), members: [member(A), member(C)] });
    expect(r.changed).toEqual(['members']);
  });

  it('flag Remove of a member that is not there: no-op success', () => {
    const r = patch(storedGroup(), { op: 'remove', path: 'members[value eq "stranger"]' });
    expect(r.resource).toEqual(storedGroup());
    expect(r.changed).toEqual([]);
  });

  it('removing the last member drops the attribute', () => {
    const group = { ...storedGroup(), members: [member(A)] };
    const r = patch(group, { op: 'remove', path: `members[value eq "${A}"]` });
    expect(r.resource).toEqual({ ...storedGroup(), members: undefined });
    expect(r.resource).not.toHaveProperty('members');
  });

  it('Remove path "members" without value removes all members (RFC)', () => {
    const r = patch(storedGroup(), { op: 'Remove', path: 'members' });
    expect(r.resource).not.toHaveProperty('members');
    expect(r.changed).toEqual(['members']);
  });

  it('add and remove in the same PATCH apply in order', () => {
    const r = patch(
      storedGroup(),
      { op: 'Add', path: 'members', value: [{ $ref: null, value: 'new-1' }] },
      { op: 'Remove', path: 'members', value: [{ $ref: null, value: A }] },
      { op: 'Replace', path: 'displayName', value: 'Renamed' },
    );
    expect(r.resource).toEqual({
      ...storedGroup(),
      displayName: 'Renamed',
      members: [member(B), member(C), { value: 'new-1' }],
    });
    expect(r.changed).toEqual(['displayName', 'members']);
  });

  it('nested group as a member keeps its type and $ref', () => {
    const r = patch(newGroup(), {
      op: 'Add',
      path: 'members',
      value: [{ value: 'g-2', type: 'Group', $ref: 'https://x/scim/Groups/g-2' }],
    });
    expect(r.resource.members).toEqual([{ value: 'g-2', type: 'Group', $ref: 'https://x/scim/Groups/g-2' }]);
  });

  it("a display in a member value is kept as the client sent it (Microsoft's collection reads it back)", () => {
    const r = patch(newGroup(), { op: 'Add', path: 'members', value: [{ value: A, display: 'Alice' }] });
    expect(r.resource.members).toEqual([{ value: A, display: 'Alice' }]);
    expect(r.ignored).toEqual([]);
  });

  it("Microsoft's displayName in a member value is stored as display", () => {
    const r = patch(newGroup(), { op: 'add', path: 'members', value: [{ displayName: 'new User', value: A }] });
    expect(r.resource.members).toEqual([{ value: A, display: 'new User' }]);
  });

  it('changing the value of an existing member is a mutability error (members.value is immutable)', () => {
    const e = scimErrorOf(() =>
      patch(storedGroup(), { op: 'replace', path: `members[value eq "${A}"].value`, value: 'x' }),
    );
    expect([e.status, e.scimType]).toEqual([400, 'mutability']);
  });

  it('a user attribute on a group is an invalidPath', () => {
    const e = scimErrorOf(() => patch(storedGroup(), { op: 'Replace', path: 'userName', value: 'x' }));
    expect([e.status, e.scimType]).toEqual([400, 'invalidPath']);
  });
});
