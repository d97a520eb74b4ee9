/**
 * First render of the dashboard's big pages in Chromium (a script, not a test): the demo started
 * with `DEMO_DIRECTORY_USERS` people (default 100,000: the demo directory at that size, and each
 * demo app's provisioning log holding an entry per directory object after its initial cycle),
 * then, signed in as the demo admin, each page opened N times from a fresh load of its address.
 * "first render" is from `page.goto` to the first row of the page's table being visible: what an
 * admin waits after pressing Enter in the address bar, the dashboard's scripts, the session check
 * and the page's queries included.
 *
 *   node --import tsx bench/first-render.bench.ts [--users 100000] [--runs 10] [--reuse <data dir>]
 *
 * `--reuse DIR` opens a data directory an earlier run kept (its path is printed) instead of
 * seeding again; the seed of 100k people and three initial cycles takes a few minutes.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const USERS = flag('users', '100000');
const RUNS = Number(flag('runs', '10'));
const reuse = flag('reuse', '');
const dataDir = reuse || mkdtempSync(join(tmpdir(), 'scimdesk-render-'));
const server = join(import.meta.dirname, '..', '..', 'packages', 'server');

const port = execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const origin = `http://127.0.0.1:${port}`;

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo'], {
    cwd: server,
    env: {
      ...process.env,
      PORT: port,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DIRECTORY_USERS: USERS,
      DATABASE_URL: `sqlite:${join(dataDir, 'scimdesk.db')}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (/^App |initial cycle/.test(line)) console.log(`  ${line}`);
  });
  const t0 = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`server up in ${((performance.now() - t0) / 1000).toFixed(1)} s (data in ${dataDir})`);
  return child;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'scimdesk.db')) && reuse) throw new Error(`no scimdesk.db in ${dataDir}`);
  const child = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const password = /demo\.admin \/ password (\S+)/.exec(
      readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8'),
    )?.[1];
    if (!password) throw new Error('no demo.admin password in demo-credentials.txt');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    await page.getByLabel('User name').fill('demo.admin');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('who').waitFor();

    const pages: [string, string, string][] = [
      ['directory users (acme)', '/directories/acme/users', '[data-testid="directory-users"] tbody tr'],
      [
        'directory users, search "smith"',
        '/directories/acme/users?q=smith',
        '[data-testid="directory-users"] tbody tr',
      ],
      ['provisioning logs (acmeusw)', '/apps/acmeusw/logs', 'tbody tr.plog-row'],
      ['provisioning logs, creates only', '/apps/acmeusw/logs?action=create', 'tbody tr.plog-row'],
    ];
    // how big the pages are: the counts they print
    await page.goto(`${origin}/directories`);
    await page.getByTestId('directory-acme').waitFor();
    console.log(
      `directory acme: ${(await page.getByTestId('directory-acme').locator('td').nth(1).textContent())?.trim()} users`,
    );
    await page.goto(`${origin}/apps/acmeusw/logs`);
    await page.getByTestId('plog-counts').waitFor();
    console.log(`acmeusw log: ${(await page.getByTestId('plog-counts').textContent())?.trim()}`);

    console.log(`\nfirst render, ${RUNS} fresh loads each after 2 warm-ups (ms)\n`);
    console.log(`${'page'.padEnd(36)}${'median'.padStart(9)}${'max'.padStart(9)}`);
    for (const [name, path, rows] of pages) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 2; i++) {
        const t = performance.now();
        await page.goto(`${origin}${path}`);
        await page.locator(rows).first().waitFor({ state: 'visible', timeout: 60_000 });
        if (i >= 2) times.push(performance.now() - t);
      }
      console.log(
        `${name.padEnd(36)}${median(times).toFixed(0).padStart(9)}${Math.max(...times)
          .toFixed(0)
          .padStart(9)}`,
      );
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
