import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_URL } from './playwright.config.js';
import { ENGINE, engineAppFile, engineGroups } from './tests/engine.js';
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
  // The engine's pages (issue 11): a source directory and an app into the tenant (tests/engine.ts).
  const data = (name: string, value: unknown) => {
    const path = join(process.env.E2E_DATA_DIR ?? '.', name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  cli(['directory', 'create', ENGINE.directory]);
  cli([
    'directory',
    'import',
    ENGINE.directory,
    '--users',
    data('users.json', ENGINE.users),
    '--groups',
    data('groups.json', engineGroups()),
  ]);
  cli(['app', 'apply', '--file', data('app.json', engineAppFile())]);
  // mappings.spec.ts saves mapping changes (its plans run cycles): the same app into a tenant of its own.
  cli(['tenant', 'create', 'e2emap', '--name', 'E2E Mappings', '--rules', 'egnyte', '--sso']);
  cli([
    'app',
    'apply',
    '--file',
    data('map-app.json', { ...engineAppFile(), name: 'e2e-mappings', target: { tenant: 'e2emap' } }),
  ]);
  // apps.spec.ts starts a cycle from the app's page and watches it: 2,000 users (a few seconds of cycle) into a
  // tenant of its own, where the viewer is a viewer too (and sees the app without its buttons).
  cli(['tenant', 'create', 'e2etarget', '--name', 'E2E Target', '--rules', 'egnyte', '--sso']);
  cli(['admin', 'create', E2E.viewer, '--tenant', 'e2etarget', '--role', 'viewer', '--password-stdin'], E2E.password);
  cli(['directory', 'create', 'e2eapps']);
  const people = Array.from({ length: 2000 }, (_, i) => ({
    userPrincipalName: `person${i + 1}@apps.e2e.example`,
    givenName: 'Person',
    surname: String(i + 1),
    department: i % 2 ? 'Sales' : 'Operations',
  }));
  cli(['directory', 'import', 'e2eapps', '--users', data('apps-users.json', people)]);
  const appsApp = { name: 'e2e-apps', source: { directory: 'e2eapps' }, target: { tenant: 'e2etarget' } };
  cli(['app', 'apply', '--file', data('apps-app.json', { ...appsApp, scope: { mode: 'all' } })]);
  // app-logs.spec.ts: an app whose first cycle ran, with one failed object (a userName the egnyte rules refuse).
  cli(['directory', 'create', 'e2elogs']);
  const logsUsers = [
    { objectId: 'u-ann-logs', userPrincipalName: 'ann.logs@e2e.example', displayName: 'Ann Logs', givenName: 'Ann' },
    { objectId: 'u-zoe-bad', userPrincipalName: '-zoë.bad@e2e.example', displayName: 'Zoë Bad', givenName: 'Zoë' },
  ];
  cli(['directory', 'import', 'e2elogs', '--users', data('logs-users.json', logsUsers)]);
  const logsApp = { name: 'e2e-logs', source: { directory: 'e2elogs' }, target: { tenant: E2E.tenant } };
  cli([
    'app',
    'apply',
    '--file',
    data('logs-app.json', { ...logsApp, scope: { mode: 'all' }, schedule: { enabled: false } }),
  ]);
  cli(['cycle', 'run', 'e2e-logs', '--wait']);
  const setup: E2eSetup = { ...E2E, scimToken: token };
  writeFileSync(setupFile(), JSON.stringify(setup), { mode: 0o600 });
}
