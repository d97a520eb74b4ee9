import { describe, expect, it } from 'vitest';
import { groupResourceType, userResourceType } from '../schemas/resource-types.js';
import type { ScimResource } from '../schemas/types.js';
import { applyPatch } from './apply.js';
import { canonicalJson, elementKey } from './element-keys.js';
import { bareUser, deepFreeze, patchBody, storedGroup } from './fixtures.js';

/**
 * The multi-valued merge is linear: element keys instead of pairwise comparison, lists written in
 * place instead of copied per operation. The sizes below took minutes with the quadratic merge
 * (10,000 emails in one operation: 8 s on a quiet machine) and take milliseconds now; the test
 * timeout (20 s) only catches a return to quadratic, it measures nothing.
 */

const N = 20_000;
const emails = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ value: `e${from + i}@x.org` }));
const members = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `m-${i}`, type: 'User' }));

describe('linear multi-valued merge', () => {
  it(`adds ${N} emails in one operation, skipping duplicates in the value and in the list`, () => {
    const value = [...emails(N), { value: 'e5@x.org' }, { value: 'bare@home.example', type: 'home' }];
    const r = applyPatch(deepFreeze(bareUser()), patchBody({ op: 'add', path: 'emails', value }), userResourceType);
    const list = r.resource.emails as { value: string }[];
    expect(list).toHaveLength(N + 1);
    expect(list[0]).toEqual({ type: 'home', value: 'bare@home.example' });
    expect(list[N].value).toBe(`e${N - 1}@x.org`);
    expect(r.changed).toEqual(['emails']);
  }, 20_000);

  it(`applies ${N} add operations of one email each`, () => {
    const ops = emails(N).map((e) => ({ op: 'add', path: 'emails', value: [e] }));
    const r = applyPatch(deepFreeze(bareUser()), patchBody(...ops), userResourceType);
    expect((r.resource.emails as unknown[]).length).toBe(N + 1);
  }, 20_000);

  it(`adds members to and removes them from a group of ${N}, ids ignoring case`, () => {
    const group: ScimResource = { ...storedGroup(), members: members(N) };
    const add = [{ value: 'M-7' }, { value: 'new-1' }, { value: 'new-1' }];
    const remove = members(N / 2).map((m) => ({ value: m.value.toUpperCase() }));
    const r = applyPatch(
      deepFreeze(group),
      patchBody(
        { op: 'add', path: 'members', value: add },
        { op: 'remove', path: 'members', value: remove },
        { op: 'remove', path: `members[value eq "M-${N - 1}"]` },
      ),
      groupResourceType,
    );
    const values = (r.resource.members as { value: string }[]).map((m) => m.value);
    expect(values).toHaveLength(N / 2 - 1 + 1);
    expect(values[0]).toBe(`m-${N / 2}`);
    expect(values).toContain('new-1');
    expect(values).not.toContain(`m-${N - 1}`);
  }, 20_000);

  it('forgets the keys of a list whose primary flags an operation cleared', () => {
    const user = { ...bareUser(), emails: [{ value: 'a@x.org', primary: true }] };
    const r = applyPatch(
      deepFreeze(user),
      patchBody(
        { op: 'add', path: 'emails', value: [{ value: 'b@x.org', primary: true }] },
        // a@x.org is now primary: false, so this is the same element: not added twice.
        { op: 'add', path: 'emails', value: [{ value: 'a@x.org', primary: false }] },
      ),
      userResourceType,
    );
    expect(r.resource.emails).toEqual([
      { value: 'a@x.org', primary: false },
      { value: 'b@x.org', primary: true },
    ]);
  });

  it('forgets the keys of a list a filtered operation changed', () => {
    const r = applyPatch(
      deepFreeze(bareUser()),
      patchBody(
        { op: 'add', path: 'emails', value: [{ value: 'w@x.org', type: 'work' }] },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'v@x.org' },
        { op: 'add', path: 'emails', value: [{ value: 'v@x.org', type: 'work' }] },
      ),
      userResourceType,
    );
    expect(r.resource.emails).toEqual([
      { type: 'home', value: 'bare@home.example' },
      { value: 'v@x.org', type: 'work' },
    ]);
  });
});

describe('element keys', () => {
  it('are equal exactly when deepEqual is: key order and unassigned members do not count', () => {
    expect(canonicalJson({ a: 1, b: null, c: [] })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ b: 'x', a: 1 })).toBe(canonicalJson({ a: 1, b: 'x' }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it('name members by value, and a value "~" is not a missing value', () => {
    const def = groupResourceType.schema.attributes.find((a) => a.name === 'members')!;
    expect(elementKey(def, { value: 'ABC', display: 'x' })).toBe(elementKey(def, { value: 'abc' }));
    expect(elementKey(def, { value: '~' })).not.toBe(elementKey(def, { display: 'x' }));
    expect(elementKey(def, {})).not.toBe(elementKey(def, { value: '~' }));
  });
});
