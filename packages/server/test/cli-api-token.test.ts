import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiTokenService } from '../src/auth/api-token.service.js';
import { openDatabase } from '../src/db/orm.js';

const run = promisify(execFile);
const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `scimdesk api-token create|revoke`: personal API tokens for scripts, as an operator makes them. */
describe('scimdesk api-token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-apitok-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: SERVER_DIR, env });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('create prints the token alone on its last line (with expiry); revoke stops it', { timeout: 90_000 }, async () => {
    await cli('tenant', 'create', 'clitenant', '--rules', 'standard');
    await cli('admin', 'create', 'script.owner', '--tenant', 'clitenant', '--role', 'viewer');
    const out = await cli(
      'api-token',
      'create',
      '--admin',
      'script.owner',
      '--tenant',
      'clitenant',
      '--expires-in',
      '30d',
    );
    const lines = out.stdout.trim().split('\n');
    const secret = lines[lines.length - 1];
    expect(secret).toMatch(/^sdp_[0-9a-f-]{36}_[\w-]{40,}$/);
    expect(lines[0]).toMatch(/for script\.owner \(viewer\) in clitenant, expires 20\d\d-/);
    const id = /^sdp_([0-9a-f-]{36})_/.exec(secret)![1];
    const db = await openDatabase(env.DATABASE_URL);
    try {
      const tokens = new ApiTokenService();
      expect(await tokens.verify(db.orm.em.fork(), secret)).toMatchObject({ ok: true });
      const revoked = await cli('api-token', 'revoke', id);
      expect(revoked.stdout).toMatch(new RegExp(`API token ${id} revoked at`));
      expect(await tokens.verify(db.orm.em.fork(), secret)).toEqual({ ok: false, reason: 'revoked' });
      await expect(cli('api-token', 'create', '--admin', 'nobody', '--tenant', 'clitenant')).rejects.toMatchObject({
        code: 2,
      });
    } finally {
      await db.close();
    }
  });
});
