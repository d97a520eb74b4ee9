import { describe, expect, it } from 'vitest';
import { buildCreate } from './build.js';
import { compileObjectMapping } from './compile.js';
import { declaredTypes } from './declared-types.js';
import type { ObjectMapping } from './types.js';
import { planUpdate } from './update.js';

const ACME = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const users: ObjectMapping = {
  enabled: true,
  actions: { create: true, update: true, delete: true },
  targetAttributes: [
    { name: `${ACME}:contractor`, type: 'String' },
    { name: `${ACME}:badge`, type: 'String' },
  ],
  mappings: [
    { kind: 'direct', source: 'userPrincipalName', target: 'userName', apply: 'always', matchingPrecedence: 1 },
    {
      kind: 'expression',
      source: 'IIF([jobTitle]="Contractor", "True", "False")',
      target: `${ACME}:contractor`,
      apply: 'always',
    },
    { kind: 'direct', source: 'extensionAttribute1', target: `${ACME}:badge`, apply: 'always' },
    { kind: 'direct', source: 'employeeId', target: `${ENTERPRISE}:employeeNumber`, apply: 'always' },
  ],
};

/** What a strict external target publishes at /Schemas. */
const schemas = {
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 2,
  Resources: [
    {
      id: ACME,
      attributes: [
        { name: 'contractor', type: 'boolean', multiValued: false },
        { name: 'badge', type: 'integer', multiValued: false },
      ],
    },
    {
      id: ENTERPRISE,
      attributes: [
        { name: 'employeeNumber', type: 'integer' },
        { name: 'manager', type: 'complex', subAttributes: [{ name: 'value', type: 'string' }] },
      ],
    },
    { id: 'not a schema' },
    'nonsense',
  ],
};

const source = {
  objectId: 'o-1',
  userPrincipalName: 'ada@acme.example',
  jobTitle: 'Contractor',
  extensionAttribute1: '0042',
  employeeId: '1815',
};

describe("a target's declared attribute types", () => {
  it('read from a /Schemas ListResponse, ignoring entries that are not schemas', () => {
    const d = declaredTypes(schemas);
    expect([...d.keys()]).toEqual([ACME.toLowerCase(), ENTERPRISE.toLowerCase()]);
    expect(d.get(ENTERPRISE.toLowerCase())?.get('manager.value')).toBe('string');
    expect(declaredTypes('<html>').size).toBe(0);
  });

  it('without them, values go as the mapping set types them (text)', () => {
    const r = buildCreate(compileObjectMapping('user', users), source);
    expect(r.resource[ACME]).toEqual({ contractor: 'True', badge: '0042' });
    expect((r.resource[ENTERPRISE] as Record<string, unknown>).employeeNumber).toBe('1815');
  });

  it('with them, values are sent as the target declares them: a boolean as a boolean, an integer as a number', () => {
    const com = compileObjectMapping('user', users, declaredTypes(schemas));
    const r = buildCreate(com, source);
    expect(r.ok).toBe(true);
    expect(r.resource[ACME]).toEqual({ contractor: true, badge: 42 });
    expect((r.resource[ENTERPRISE] as Record<string, unknown>).employeeNumber).toBe(1815);
    const plan = planUpdate(com, { ...source, jobTitle: 'Engineer' }, { id: 't-1', ...r.resource });
    expect(plan.operations).toEqual([{ op: 'replace', path: `${ACME}:contractor`, value: false }]);
  });

  it('a value the declared type cannot hold fails that attribute with a clear message', () => {
    const com = compileObjectMapping('user', users, declaredTypes(schemas));
    const r = buildCreate(com, { ...source, extensionAttribute1: 'B-17' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.message).join(' ')).toMatch(/badge/);
  });
});
