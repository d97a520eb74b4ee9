import { describe } from 'vitest';
import { definePlanSuite } from './engine/plan-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('plan before apply through the CLI and GraphQL on PostgreSQL', () =>
  definePlanSuite('postgresql'),
);
