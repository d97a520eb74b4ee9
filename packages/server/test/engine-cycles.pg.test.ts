import { describe } from 'vitest';
import { defineCyclesSuite } from './engine/cycles-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('engine cycles through the CLI and SCIM on PostgreSQL', () =>
  defineCyclesSuite('postgresql'),
);
