import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** `scimdesk expr` and `scimdesk map` as a script runs them: a child process, JSON on stdout, an exit code. */

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: SERVER_DIR },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('scimdesk expr', () => {
  it('prints the value and no diagnostics', async () => {
    const r = await run(
      'expr',
      'Word([userPrincipalName], 1, "@")',
      '--source',
      '{"userPrincipalName":"john.doe@contoso.com"}',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ value: 'john.doe', diagnostics: [] });
  });

  it('prints every diagnostic with its position and exits 1', async () => {
    const r = await run('expr', 'Wrod([a]) & Left([b], "x")');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.value).toBeNull();
    expect(out.diagnostics.length).toBeGreaterThanOrEqual(2);
    expect(out.diagnostics[0]).toEqual({
      code: 'EXPR_UNKNOWN_FUNCTION',
      severity: 'error',
      message: expect.any(String),
      offset: 0,
      line: 1,
      column: 1,
    });
  });
});

describe('scimdesk map', () => {
  const source = JSON.stringify({
    objectId: 'o-1',
    userPrincipalName: 'ann.lee@contoso.com',
    givenName: 'Ann',
    surname: 'Lee',
  });

  it('prints the SCIM resource to create', async () => {
    const r = await run('map', '--preset', 'seed', '--source', source);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ userName: 'ann.lee', externalId: 'o-1', [EGN]: { authType: 'sso' } });
  });

  it('prints the PATCH body to send with --current', async () => {
    const current = JSON.stringify({
      id: 'x',
      userName: 'ann.lee',
      externalId: 'o-1',
      active: true,
      name: { givenName: 'Ann', familyName: 'Li' },
    });
    const r = await run('map', '--preset', 'seed', '--source', source, '--current', current);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:PatchOp']);
    expect(body.Operations).toContainEqual({ op: 'replace', path: 'name.familyName', value: 'Lee' });
    expect(body.Operations).toContainEqual({ op: 'add', path: `${EGN}:email`, value: 'ann.lee@contoso.com' });
  });

  it('rejects a source that is not JSON with exit code 2', async () => {
    const r = await run('map', '--source', '{nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--source is not valid JSON/);
  });
});
