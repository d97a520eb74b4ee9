import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type DbKind, PG_ADMIN_URL } from '../harness.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A throwaway database and a scratch folder for import files; `cli` runs `scimdesk` on that database. */
export interface CliBox {
  url: string;
  dir: string;
  file(name: string, text: string): string;
  cli(...args: string[]): Promise<Run>;
  close(): Promise<void>;
}

export async function cliBox(kind: DbKind): Promise<CliBox> {
  const dir = mkdtempSync(join(tmpdir(), 'scimdesk-dircli-'));
  let url = `sqlite:${join(dir, 'cli.db')}`;
  let drop = async () => {};
  if (kind === 'postgresql') {
    const name = `scimdesk_dir_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, DATABASE_URL: url, LOG_LEVEL: 'silent' };
  return {
    url,
    dir,
    file(name, text) {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    cli: (...args) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
          cwd: SERVER_DIR,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
        });
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
        });
        child.once('error', reject);
        child.once('close', (code) => resolve({ code, stdout, stderr }));
      }),
    async close() {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
