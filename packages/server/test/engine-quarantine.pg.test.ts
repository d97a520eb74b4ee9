import { describe } from 'vitest';
import { defineQuarantineSuite } from './engine/quarantine-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('quarantine and webhooks with an external target, on PostgreSQL', () =>
  defineQuarantineSuite('postgresql'),
);
