import { describe, expect, it } from 'vitest';
import { compileMappingSet } from '../mapping/compile.js';
import { EGNYTE, ENTRA_USER } from '../mapping/fixtures.js';
import { seedPreset } from '../mapping/presets/seed.js';
import type { MappingSet } from '../mapping/types.js';
import { splitOperations } from './chunk.js';
import { decideSync } from './decide.js';
import { runMatch } from './match.js';

const set = compileMappingSet(seedPreset);
const IN = { inScope: true, reason: 'Direct member of assigned group "US West".' };
const OUT = { inScope: false, reason: 'The user is not assigned to the app, directly or through a group.' };
const link = { targetId: 't1', state: 'provisioned' as const };

function created() {
  const d = decideSync({ mapping: set.user, source: ENTRA_USER, scope: IN, link: null, target: null });
  if (d.action !== 'create') throw new Error(d.action);
  return { ...d.body, id: 't1' };
}

describe('decideSync for users', () => {
  it('creates an in-scope user that has no target object, with the seed body', () => {
    const d = decideSync({ mapping: set.user, source: ENTRA_USER, scope: IN, link: null, target: null });
    expect(d.action).toBe('create');
    if (d.action !== 'create') return;
    expect(d.body.userName).toBe('John.Doe');
    expect(d.body.active).toBe(true);
    expect((d.body[EGNYTE] as Record<string, unknown>).authType).toBe('sso');
  });

  it('skips a user whose target already holds every value', () => {
    const d = decideSync({ mapping: set.user, source: ENTRA_USER, scope: IN, link, target: created() });
    expect(d).toMatchObject({ action: 'skip', code: 'NoChange', targetId: 't1' });
  });

  it('updates only the changed attributes, old -> new', () => {
    const d = decideSync({
      mapping: set.user,
      source: { ...ENTRA_USER, surname: 'Doë' },
      scope: IN,
      link,
      target: created(),
    });
    expect(d.action).toBe('update');
    if (d.action !== 'update') return;
    expect(d.patches).toEqual([
      {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'name.familyName', value: 'Doë' }],
      },
    ]);
    expect(d.modified).toEqual([{ attribute: 'name.familyName', old: 'Doe', new: 'Doë' }]);
  });

  it('disables a user that left scope with active false only', () => {
    const d = decideSync({
      mapping: set.user,
      source: { ...ENTRA_USER, surname: 'X' },
      scope: OUT,
      link,
      target: created(),
    });
    expect(d.action).toBe('disable');
    if (d.action !== 'disable') return;
    expect(d.patches[0].Operations).toEqual([{ op: 'replace', path: 'active', value: false }]);
    expect(d.modified).toEqual([{ attribute: 'active', old: true, new: false }]);
  });

  it('disables a user that is disabled or soft-deleted in the source, even in scope', () => {
    for (const source of [
      { ...ENTRA_USER, accountEnabled: false },
      { ...ENTRA_USER, IsSoftDeleted: true },
    ]) {
      const d = decideSync({ mapping: set.user, source, scope: IN, link, target: created() });
      expect(d.action).toBe('disable');
    }
  });

  it('does not create a disabled user, nor disable one already inactive', () => {
    const off = { ...ENTRA_USER, accountEnabled: false };
    expect(decideSync({ mapping: set.user, source: off, scope: IN, link: null, target: null })).toMatchObject({
      action: 'skip',
      code: 'NotEffectivelyEntitled',
    });
    const target = { ...created(), active: false };
    expect(decideSync({ mapping: set.user, source: off, scope: OUT, link, target })).toMatchObject({
      action: 'skip',
      code: 'AlreadyDeprovisioned',
    });
  });

  it('skips an out-of-scope user with nothing in the target, saying why', () => {
    expect(decideSync({ mapping: set.user, source: ENTRA_USER, scope: OUT, link: null, target: null })).toEqual({
      action: 'skip',
      code: 'NotEffectivelyEntitled',
      reason: OUT.reason,
      targetId: null,
    });
  });

  it('deletes a hard-deleted user that has a target object, unless Delete is off', () => {
    expect(decideSync({ mapping: set.user, source: null, scope: OUT, link, target: null })).toEqual({
      action: 'delete',
      targetId: 't1',
    });
    const noDelete = compileMappingSet({
      ...seedPreset,
      user: { ...seedPreset.user, actions: { create: true, update: true, delete: false } },
    });
    expect(decideSync({ mapping: noDelete.user, source: null, scope: OUT, link, target: null })).toMatchObject({
      action: 'skip',
      code: 'ActionDisabled',
    });
  });

  it('has nothing to send on leaving scope when no mapping uses IsSoftDeleted', () => {
    const noSoft: MappingSet = {
      ...seedPreset,
      user: { ...seedPreset.user, mappings: seedPreset.user.mappings.filter((m) => m.target !== 'active') },
    };
    const d = decideSync({
      mapping: compileMappingSet(noSoft).user,
      source: ENTRA_USER,
      scope: OUT,
      link,
      target: created(),
    });
    expect(d).toMatchObject({ action: 'skip', code: 'NoDisableMapping' });
  });

  it('fails an object whose mapping cannot produce a value, with the diagnostics', () => {
    const bad: MappingSet = {
      ...seedPreset,
      user: {
        ...seedPreset.user,
        mappings: [
          ...seedPreset.user.mappings,
          { kind: 'expression', source: 'CDate([employeeHireDate])', target: 'title', apply: 'always' },
        ],
      },
    };
    const d = decideSync({
      mapping: compileMappingSet(bad).user,
      source: { ...ENTRA_USER, employeeHireDate: 'not a date' },
      scope: IN,
      link: null,
      target: null,
    });
    expect(d.action).toBe('fail');
    if (d.action === 'fail') expect(d.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('decideSync for groups', () => {
  const members = Array.from({ length: 1200 }, (_, i) => ({ value: `u${i}` }));
  const ctx = { resolveReference: (_: string, id: string) => `t-${id}` };

  it('creates a group with its members translated to target ids', () => {
    const d = decideSync({
      mapping: set.group,
      source: { objectId: 'g1', displayName: 'US West', members: members.slice(0, 2) },
      scope: { inScope: true, reason: 'The group is assigned to the app.' },
      link: null,
      target: null,
      ctx,
    });
    expect(d.action).toBe('create');
    if (d.action === 'create') expect(d.body.members).toEqual([{ value: 't-u0' }, { value: 't-u1' }]);
  });

  it('renames and patches members in requests of at most 500 values', () => {
    const d = decideSync({
      mapping: set.group,
      source: { objectId: 'g1', displayName: 'US West 2', members },
      scope: { inScope: true, reason: 'assigned' },
      link,
      target: { id: 't1', displayName: 'US West', externalId: 'g1', members: [{ value: 'gone' }] },
      ctx,
    });
    expect(d.action).toBe('update');
    if (d.action !== 'update') return;
    const ops = d.patches.flatMap((p) => p.Operations as { op: string; path: string; value?: unknown[] }[]);
    expect(ops.filter((o) => o.path === 'members' && o.op === 'add').map((o) => o.value?.length)).toEqual([
      500, 500, 200,
    ]);
    expect(ops).toContainEqual({ op: 'replace', path: 'displayName', value: 'US West 2' });
    expect(ops).toContainEqual({ op: 'remove', path: 'members[value eq "gone"]' });
  });

  it('deletes a group that left scope', () => {
    const d = decideSync({
      mapping: set.group,
      source: { objectId: 'g1', displayName: 'US West' },
      scope: { inScope: false, reason: 'The group is not assigned to the app.' },
      link,
      target: { id: 't1', displayName: 'US West' },
    });
    expect(d).toEqual({ action: 'delete', targetId: 't1' });
  });
});

describe('splitOperations and runMatch', () => {
  it('keeps at most maxOperations per body', () => {
    const ops = Array.from({ length: 7 }, (_, i) => ({ op: 'remove' as const, path: `members[value eq "${i}"]` }));
    expect(
      splitOperations(ops, { maxOperations: 3, maxValues: 10 }).map((b) => (b.Operations as unknown[]).length),
    ).toEqual([3, 3, 1]);
  });

  it('tries matching attributes in order and stops at the first hit; several hits are a duplicate', async () => {
    const queries = [
      { target: 'userName', filter: 'userName eq "a"' },
      { target: 'externalId', filter: 'externalId eq "b"' },
    ] as unknown as Parameters<typeof runMatch>[0];
    const seen: string[] = [];
    const r = await runMatch(queries, async (q) => {
      seen.push(q.filter);
      return q.target === 'externalId' ? [{ id: 'x' }] : [];
    });
    expect(r).toMatchObject({ kind: 'matched', target: { id: 'x' } });
    expect(seen).toHaveLength(2);
    const dup = await runMatch(queries, async () => [{ id: 1 }, { id: 2 }]);
    expect(dup).toMatchObject({ kind: 'duplicate', attempts: [{ hits: 2 }] });
    expect(await runMatch([], async () => [])).toMatchObject({ kind: 'noValue' });
  });
});
