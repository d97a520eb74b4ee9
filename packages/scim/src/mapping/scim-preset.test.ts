import { describe, expect, it } from 'vitest';
import { compileExpression } from '../expression/compile.js';
import { previewExpression } from '../expression/evaluate.js';
import { buildCreate } from './build.js';
import { compileMappingSet } from './compile.js';
import { scimPreset } from './presets/scim.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const set = compileMappingSet(scimPreset);

/** A tenant user as a tenant source flattens it (server: directory/tenant-source.ts). */
const SOURCE = {
  id: '5c1e6f0e-8a57-4a5e-9b43-1f7e2f3a9d10',
  externalId: 'e0b1c2d3-0000-4000-8000-00000000abcd',
  userName: 'ada@contoso.com',
  active: 'True',
  displayName: 'Ada Lovelace',
  'name.givenName': 'Ada',
  'name.familyName': 'Lovelace',
  'emails[type eq "work"].value': 'ada@contoso.com',
  'emails[primary eq true].value': 'ada@contoso.com',
  [`${ENT}:department`]: 'Analytics',
};

describe('SCIM paths as source attribute names', () => {
  it('tokenizes [emails[type eq "work"].value] as one attribute', () => {
    const r = previewExpression('Join(" ", [name.givenName], [emails[type eq "work"].value])', SOURCE);
    expect(r.compiled.diagnostics).toEqual([]);
    expect(r.value).toBe('Ada ada@contoso.com');
  });

  it('still reports an attribute left open, and a second level of brackets', () => {
    expect(compileExpression('[emails[type eq "work"].value').diagnostics[0]?.code).toBe('EXPR_UNTERMINATED_ATTRIBUTE');
    expect(compileExpression('[a[b[c]]]').diagnostics.length).toBeGreaterThan(0);
  });

  it('the scim preset compiles and copies the paths across', () => {
    expect(set.diagnostics).toEqual([]);
    const r = buildCreate(set.user, SOURCE);
    expect(r.ok).toBe(true);
    expect(r.resource).toMatchObject({
      userName: 'ada@contoso.com',
      externalId: 'e0b1c2d3-0000-4000-8000-00000000abcd',
      active: true,
      displayName: 'Ada Lovelace',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ type: 'work', value: 'ada@contoso.com' }],
      [ENT]: { department: 'Analytics' },
    });
    const { externalId: _, ...noExternal } = SOURCE;
    expect(buildCreate(set.user, noExternal).resource?.externalId).toBe(SOURCE.id);
  });
});
