import { describe } from 'vitest';
import { defineEscrowSuite } from './engine/escrow-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))(
  'escrow: failed objects retried with growing intervals, on PostgreSQL',
  () => defineEscrowSuite('postgresql'),
);
