import { describe } from 'vitest';
import { postgresReachable } from './harness.js';
import { defineProvisioningLogsSuite } from './provisioning-logs-suite.js';

describe.skipIf(!(await postgresReachable()))('provisioning logs on PostgreSQL', () =>
  defineProvisioningLogsSuite('postgresql'),
);
