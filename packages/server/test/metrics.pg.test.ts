import { describe } from 'vitest';
import { postgresReachable } from './harness.js';
import { defineMetricsSuite } from './metrics-suite.js';

describe.skipIf(!(await postgresReachable()))('/metrics over HTTP on PostgreSQL', () =>
  defineMetricsSuite('postgresql'),
);
