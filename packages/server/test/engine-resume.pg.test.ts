import { describe } from 'vitest';
import { defineResumeSuite } from './engine/resume-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('engine scale-out: two runners on one PostgreSQL database', () =>
  defineResumeSuite('postgresql', 3000),
);
