import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Workers load this file too: they inherit the main process's environment, so the free port and data dir are chosen once.
const freePort = () =>
  execFileSync(process.execPath, [
    '-e',
    "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
  ])
    .toString()
    .trim();
process.env.E2E_PORT ??= freePort();
process.env.E2E_STORY_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'scimdesk-e2e-'));
const port = Number(process.env.E2E_PORT);
const storyPort = Number(process.env.E2E_STORY_PORT);
export const DATABASE_URL = `sqlite:${join(process.env.E2E_DATA_DIR, 'e2e.db')}`;
/** The story's server keeps its database and demo-credentials.txt here, as `npm start` keeps them in ./data. */
export const STORY_DATA_DIR = join(process.env.E2E_DATA_DIR, 'story');
mkdirSync(STORY_DATA_DIR, { recursive: true });

/**
 * Debian's Chromium (Playwright cannot download browsers here); the server runs as a user would start it,
 * on a temp SQLite file; global-setup.ts adds a tenant, an owner, a viewer and a SCIM token through the CLI.
 * The tests share that tenant and run in order, in one worker (project `e2e`).
 *
 * Project `story` is the whole admin story on the demo data (tests/story.spec.ts): a second server,
 * started as `npm start` starts it (`serve --demo`: the demo tenants, directory and apps, their initial
 * cycles run before it serves), on a database of its own.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  globalSetup: './global-setup.ts',
  reporter: [['list']],
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'e2e', testIgnore: /story\.spec\.ts$/ },
    { name: 'story', testMatch: /story\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${storyPort}` } },
  ],
  webServer: [
    {
      command: 'node --import tsx src/cli/main.ts serve',
      cwd: '../packages/server',
      url: `http://127.0.0.1:${port}/healthz`,
      env: { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL, LOG_LEVEL: 'warn' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node --import tsx src/cli/main.ts serve --demo',
      cwd: '../packages/server',
      url: `http://127.0.0.1:${storyPort}/healthz`,
      env: {
        PORT: String(storyPort),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(STORY_DATA_DIR, 'scimdesk.db')}`,
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
