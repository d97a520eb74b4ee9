import { describe } from 'vitest';
import { postgresReachable } from './harness.js';
import { defineHttpTargetSuite } from './engine/http-target-suite.js';

describe.skipIf(!(await postgresReachable()))('engine with an HTTP SCIM target on PostgreSQL', () =>
  defineHttpTargetSuite('postgresql'),
);
