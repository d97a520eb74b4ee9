import { describe } from 'vitest';
import { defineTenantSourceSuite } from './engine/tenant-source-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))(
  'a tenant as a source, fanning out to a second tenant over HTTP, on PostgreSQL',
  () => defineTenantSourceSuite('postgresql'),
);
