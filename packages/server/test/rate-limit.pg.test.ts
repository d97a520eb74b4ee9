import { describe } from 'vitest';
import { postgresReachable } from './harness.js';
import { defineRateLimitSuite } from './rate-limit-suite.js';

describe.skipIf(!(await postgresReachable()))('rate limits on PostgreSQL', () => defineRateLimitSuite('postgresql'));
