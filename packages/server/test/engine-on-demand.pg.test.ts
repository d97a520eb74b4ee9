import { describe } from 'vitest';
import { defineOnDemandSuite } from './engine/on-demand-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('provision on demand through the CLI and GraphQL on PostgreSQL', () =>
  defineOnDemandSuite('postgresql'),
);
