#!/usr/bin/env node
// Every test, as CI runs it: install, lint, typecheck, unit and HTTP tests (SQLite and PostgreSQL),
// the web build, and the browser tests in Chromium. Exits non-zero when any step fails.
import { ensureChromium, ensureInstalled, ensurePostgres, pnpm } from './lib.mjs';

const steps = [
  ['install dependencies', ensureInstalled],
  ['Chromium for browser tests', ensureChromium],
  [
    'PostgreSQL for the PostgreSQL suites',
    () => {
      ensurePostgres();
      return 0;
    },
  ],
  ['lint and format (biome)', () => pnpm(['exec', 'biome', 'check', '.'])],
  ['typecheck', () => pnpm(['-r', 'typecheck'])],
  ['unit and HTTP tests', () => pnpm(['-r', '--workspace-concurrency=1', '--filter', '!@scimdesk/e2e', 'test'])],
  ['web build', () => pnpm(['--filter', '@scimdesk/web', 'build'])],
  ['browser tests (Playwright, Chromium)', () => pnpm(['--filter', '@scimdesk/e2e', 'test'])],
];

const results = [];
for (const [name, step] of steps) {
  const started = Date.now();
  const code = step();
  results.push({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (code !== 0) break;
}
console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
process.exit(results.every((r) => r.ok) && results.length === steps.length ? 0 : 1);
