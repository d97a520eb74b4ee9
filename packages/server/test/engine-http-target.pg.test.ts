import { describe } from 'vitest';
import { defineHttpTargetSuite } from './engine/http-target-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('engine with an HTTP SCIM target on PostgreSQL', () =>
  defineHttpTargetSuite('postgresql'),
);
