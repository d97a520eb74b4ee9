import { describe } from 'vitest';
import { postgresReachable } from './harness.js';
import { defineScimSuite } from './scim-suite.js';

describe.skipIf(!(await postgresReachable()))('SCIM over HTTP on PostgreSQL', () => defineScimSuite('postgresql'));
