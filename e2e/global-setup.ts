import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_URL } from './playwright.config.js';
import { E2E, type E2eSetup, setupFile } from './tests/setup.js';

/** Runs the scimdesk CLI (as an operator would) against the e2e server's database. */
function cli(args: string[], input?: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: join(import.meta.dirname, '..', 'packages', 'server'),
    env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
  });
}

/** A tenant with an owner, a viewer and a SCIM token for the IdP; the secrets go to a file the tests read. */
export default function globalSetup(): void {
  cli(['tenant', 'create', E2E.tenant, '--name', 'E2E Corp', '--rules', 'egnyte', '--sso']);
  cli(['admin', 'create', E2E.owner, '--tenant', E2E.tenant, '--role', 'owner', '--password-stdin'], E2E.password);
  cli(['admin', 'create', E2E.viewer, '--tenant', E2E.tenant, '--role', 'viewer', '--password-stdin'], E2E.password);
  // A second tenant where nothing was provisioned: the owner reaches it with the same sign-in.
  cli(['tenant', 'create', E2E.emptyTenant, '--name', 'E2E Empty', '--rules', 'egnyte']);
  cli(['admin', 'create', E2E.owner, '--tenant', E2E.emptyTenant, '--role', 'owner', '--password-stdin'], E2E.password);
  const out = cli(['token', 'create', '--tenant', E2E.tenant, '--owner', E2E.owner, '--description', 'e2e IdP']);
  const token = out.trim().split('\n').at(-1) ?? '';
  if (!token.startsWith('scd_')) throw new Error(`token create printed no token:\n${out}`);
  const setup: E2eSetup = { ...E2E, scimToken: token };
  writeFileSync(setupFile(), JSON.stringify(setup), { mode: 0o600 });
}
