#!/usr/bin/env node
// One command to try scimdesk: installs what is missing, migrates, creates the demo data on first
// start and serves SCIM (and the dashboard) on an embedded SQLite database.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root } from './lib.mjs';

if (ensureInstalled() !== 0) process.exit(1);
if (pnpm(['--filter', '@scimdesk/web', 'build']) !== 0) process.exit(1);
// From the repository root, so the default database is ./data/scimdesk.db, the same file `pnpm scimdesk` uses.
const server = spawn(
  process.execPath,
  ['--import', 'tsx', join('packages', 'server', 'src', 'cli', 'main.ts'), 'serve', '--demo'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
