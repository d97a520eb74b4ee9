import { describe } from 'vitest';
import { defineBadInputSuite } from './bad-input/suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('bad input on PostgreSQL: 400, never 500, nothing changed', () =>
  defineBadInputSuite('postgresql'),
);
