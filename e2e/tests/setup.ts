import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What global-setup.ts creates before the tests. */
export const E2E = {
  tenant: 'e2ecorp',
  emptyTenant: 'e2eempty',
  owner: 'e2e.owner',
  viewer: 'e2e.viewer',
  password: 'correct-horse-battery-e2e',
};
export type E2eSetup = typeof E2E & { scimToken: string };

export const setupFile = () => join(process.env.E2E_DATA_DIR ?? '.', 'setup.json');
export const readSetup = (): E2eSetup => JSON.parse(readFileSync(setupFile(), 'utf8'));
