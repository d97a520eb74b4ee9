// Shared by start.mjs and test-all.mjs: Node built-ins only, so they run before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';

function has(cmd, args = ['--version']) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** pnpm on PATH, else the pinned version through npx. */
export function pnpmCommand() {
  return has('pnpm') ? ['pnpm'] : ['npx', '-y', `pnpm@${PNPM_VERSION}`];
}

export function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 1;
}

export function pnpm(args, opts) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], opts);
}

/**
 * Installs the workspace's dependencies as the lockfile says, every time: a node_modules that is
 * already complete costs a second or two to check, and one that is stale or incomplete (a copied
 * tree, an interrupted install: a CI run once failed on a missing `@vitest/runner`) is repaired.
 */
export function ensureInstalled() {
  return pnpm(['install', '--frozen-lockfile']);
}

/** Debian's Chromium for the browser tests (Playwright cannot download browsers on these machines). */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return 0;
  if (process.getuid?.() !== 0 || !has('apt-get', ['--version'])) {
    console.error(
      `Chromium is missing at ${path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    return 1;
  }
  if (run('apt-get', ['update', '-qq']) !== 0) return 1;
  return run('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Starts the local PostgreSQL cluster when it is installed but down (the PostgreSQL suites need it). */
export function ensurePostgres() {
  if (!has('pg_lsclusters', [])) return;
  try {
    const out = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
    for (const line of out.trim().split('\n')) {
      const [version, name, , status] = line.split(/\s+/);
      if (version && status && status !== 'online')
        run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start']);
    }
  } catch {
    // no clusters: the PostgreSQL suites report themselves skipped
  }
}
