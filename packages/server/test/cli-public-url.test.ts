import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 11 item 8: the URLs the CLI prints (tenant URL, GraphQL endpoint, where the server is up) come
 * from PUBLIC_URL, else from the configured HOST and PORT (the bound port when PORT=0), never 8080.
 */

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('URLs printed by the CLI', () => {
  let dir: string;
  let base: Record<string, string>;
  let server: ChildProcess | undefined;

  const start = (env: Record<string, string>, args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: SERVER_DIR,
      env: { ...base, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  const cli = (env: Record<string, string>, ...args: string[]): Promise<Run> => {
    const child = start(env, args);
    child.stdin?.end();
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scimdesk-cli-url-'));
    base = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`,
      LOG_LEVEL: 'silent',
    };
  });
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('PUBLIC_URL wins over HOST and PORT (without its trailing slash)', { timeout: 120_000 }, async () => {
    const env = { PUBLIC_URL: 'https://scim.example.com/', HOST: '10.1.2.3', PORT: '9443' };
    const tenant = await cli(env, 'tenant', 'create', 'urlpub', '--rules', 'standard');
    expect(tenant.stderr).toBe('');
    expect(tenant.stdout).toContain('tenant URL: https://scim.example.com/scim/v2/urlpub\n');
    await cli(env, 'admin', 'create', 'svc.url', '--tenant', 'urlpub');
    const token = await cli(env, 'token', 'create', '--tenant', 'urlpub', '--owner', 'svc.url');
    expect(token.code).toBe(0);
    expect(token.stdout).toContain('tenant URL: https://scim.example.com/scim/v2/urlpub\n');
    const api = await cli(env, 'api-token', 'create', '--admin', 'svc.url', '--tenant', 'urlpub');
    expect(api.code).toBe(0);
    expect(api.stdout).toContain('GraphQL endpoint: https://scim.example.com/graphql');
    expect(`${tenant.stdout}${token.stdout}${api.stdout}`).not.toMatch(/:8080|:9443|10\.1\.2\.3/);
  });

  it('without PUBLIC_URL: the configured HOST and PORT', { timeout: 120_000 }, async () => {
    const env = { HOST: 'localhost', PORT: '9123' };
    const tenant = await cli(env, 'tenant', 'create', 'urlport', '--rules', 'standard');
    expect(tenant.stdout).toContain('tenant URL: http://localhost:9123/scim/v2/urlport\n');
    await cli(env, 'admin', 'create', 'svc.port', '--tenant', 'urlport');
    const token = await cli(env, 'token', 'create', '--tenant', 'urlport', '--owner', 'svc.port');
    expect(token.stdout).toContain('tenant URL: http://localhost:9123/scim/v2/urlport\n');
    // A wildcard HOST is no address to hand out: the loopback one is printed instead.
    const wild = await cli(
      { HOST: '0.0.0.0', PORT: '9124' },
      'token',
      'create',
      '--tenant',
      'urlport',
      '--owner',
      'svc.port',
    );
    expect(wild.stdout).toContain('tenant URL: http://127.0.0.1:9124/scim/v2/urlport\n');
  });

  it('serve says where it listens: the bound port with PORT=0, and it answers there', {
    timeout: 120_000,
  }, async () => {
    server = start({ HOST: '127.0.0.1', PORT: '0' }, ['serve']);
    let out = '';
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "scimdesk is up" line in:\n${out}`)), 90_000);
      server!.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /scimdesk is up\. Dashboard: (\S+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(line).not.toMatch(/:0$|:8080$/);
    expect(out).toContain(`SCIM: ${line}/scim/v2/<tenant>`);
    expect((await fetch(`${line}/healthz`)).status).toBe(200);
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('close', resolve));
  });
});
