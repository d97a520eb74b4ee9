import { describe } from 'vitest';
import { defineAuthSuite } from './graphql-auth-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('GraphQL auth, roles and tenant isolation on PostgreSQL', () =>
  defineAuthSuite('postgresql'),
);
