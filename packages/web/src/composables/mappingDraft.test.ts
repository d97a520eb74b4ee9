import { seedPreset } from '@scimdesk/scim';
import { describe, expect, it } from 'vitest';
import {
  addMapping,
  matchingOrder,
  moveMatching,
  type ObjectMapping,
  objectMappingDiagnostics,
  removeMapping,
  replaceMapping,
  sameMappingSet,
  toMappingSet,
} from './mappingDraft';

const om = (...targets: [string, number?][]): ObjectMapping => ({
  enabled: true,
  actions: { create: true, update: true, delete: true },
  mappings: targets.map(([target, p]) => ({
    kind: 'direct',
    source: target,
    target,
    apply: 'always',
    ...(p === undefined ? {} : { matchingPrecedence: p }),
  })),
});
const precedences = (o: ObjectMapping) => o.mappings.map((m) => [m.target, m.matchingPrecedence ?? null]);

describe('toMappingSet', () => {
  it('reads App.mappings with the defaults of absent fields, and compares by content', () => {
    const set = toMappingSet({ user: { mappings: [{ kind: 'constant', source: 'power', target: 'userType' }] } });
    expect(set.user).toEqual({
      enabled: true,
      actions: { create: true, update: true, delete: true },
      mappings: [{ kind: 'constant', source: 'power', target: 'userType', apply: 'always' }],
    });
    expect(set.group.mappings).toEqual([]);
    expect(sameMappingSet(toMappingSet(JSON.parse(JSON.stringify(seedPreset))), seedPreset)).toBe(true);
    expect(sameMappingSet(set, seedPreset)).toBe(false);
  });
});

describe('matching precedence', () => {
  it('appends a new matching mapping after the others', () => {
    const next = addMapping(om(['userName', 1], ['externalId']), {
      kind: 'direct',
      source: 'mail',
      target: 'emails[type eq "work"].value',
      apply: 'always',
      matchingPrecedence: 1,
    });
    expect(precedences(next)).toEqual([
      ['userName', 1],
      ['externalId', null],
      ['emails[type eq "work"].value', 2],
    ]);
  });

  it('moves a matching mapping up and down, renumbering 1..n', () => {
    const start = om(['userName', 1], ['externalId', 2], ['displayName'], ['title', 3]);
    const up = moveMatching(start, 3, -1);
    expect(precedences(up)).toEqual([
      ['userName', 1],
      ['externalId', 3],
      ['displayName', null],
      ['title', 2],
    ]);
    expect(matchingOrder(up)).toEqual([0, 3, 1]);
    expect(moveMatching(up, 0, -1)).toBe(up);
    expect(matchingOrder(moveMatching(up, 0, 1))).toEqual([3, 0, 1]);
  });

  it('closes the gap when a matching mapping is removed or stops matching', () => {
    const start = om(['userName', 1], ['externalId', 2], ['title', 3]);
    expect(precedences(removeMapping(start, 0))).toEqual([
      ['externalId', 1],
      ['title', 2],
    ]);
    const { matchingPrecedence: _, ...plain } = start.mappings[1];
    expect(precedences(replaceMapping(start, 1, plain))).toEqual([
      ['userName', 1],
      ['externalId', null],
      ['title', 2],
    ]);
  });

  it('keeps the place of an edited mapping that stays matching', () => {
    const start = om(['userName', 1], ['externalId', 2]);
    const edited = replaceMapping(start, 0, { ...start.mappings[0], source: 'mailNickname', matchingPrecedence: 9 });
    expect(edited.mappings[0]).toEqual({
      kind: 'direct',
      source: 'mailNickname',
      target: 'userName',
      apply: 'always',
      matchingPrecedence: 1,
    });
  });
});

describe('objectMappingDiagnostics', () => {
  it('finds what the server would refuse: a bad target, a duplicate, no matching attribute', () => {
    const codes = objectMappingDiagnostics('user', om(['userName'], ['nosuch'], ['userName'])).map((d) => [
      d.code,
      d.mapping ?? null,
    ]);
    expect(codes).toEqual([
      ['MAP_INVALID_TARGET', 1],
      ['MAP_DUPLICATE_TARGET', 2],
      ['MAP_NO_MATCHING', null],
    ]);
    expect(objectMappingDiagnostics('user', seedPreset.user)).toEqual([]);
  });
});
